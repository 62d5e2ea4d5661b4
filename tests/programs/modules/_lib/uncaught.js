function fail() {
  throw new TypeError('from a module');
}
fail();
