class C {
  #x = 1;
  get #y() { return 1; }
  set #y(v) {}
  #x() {}
}
