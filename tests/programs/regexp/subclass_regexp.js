class MyRE extends RegExp {
  exec(s) {
    const m = super.exec(s);
    if (m) m.extra = "yes";
    return m;
  }
  get flags() { return super.flags; }
}
const r = new MyRE("b(.)", "g");
console.log(r instanceof MyRE, r instanceof RegExp, String(r));
console.log(r.test("abc"));
r.lastIndex = 0;
console.log("abcbd".replace(r, "[$1]"));
console.log(r.exec("xbz").extra);
console.log("zbq".match(new MyRE("b")).extra);
