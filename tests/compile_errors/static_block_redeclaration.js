class C {
  static {
    let x;
    var x;
  }
}
