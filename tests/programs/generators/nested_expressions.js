// yield inside nested expressions keeps the values computed before it.
function log(x) {
  console.log("eval", x);
  return x;
}
function f(a, b, c) {
  return [a, b, c];
}
function* g() {
  const r = f(log("a"), yield "b?", log("c"));
  console.log(r);
  const s = log(1) + (yield "plus") * log(3);
  console.log(s);
  const o = { k1: log("v1"), k2: yield "obj", k3: log("v3") };
  console.log(o);
  const arr = [log(10), yield "arr", ...(yield "spread")];
  console.log(arr);
  console.log(`t ${log("x")} ${yield "tpl"} ${log("z")}`);
}
const it = g();
let r = it.next();
const answers = ["B", 2, "V2", 20, [30, 40], "Y"];
let i = 0;
while (!r.done) {
  console.log("yielded", r.value);
  r = it.next(answers[i++]);
}
