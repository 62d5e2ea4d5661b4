// A method whose every call in the program passes a number gets a clone
// taking that parameter as a number: the generic entry checks the argument's
// tag and tail-calls the clone (`return_call`), where `n <= 0` is one `fcmp`
// and `n - 1` an `fsub`; the recursive call in the clone and the call below
// call the clone directly once the call site's record names the method.
class Walker {
  walk(n) {
    return n <= 0 ? 0 : 1 + this.walk(n - 1);
  }
}
console.log(new Walker().walk(3));
