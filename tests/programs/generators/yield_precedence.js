// yield without an argument, yield in conditions and as an argument.
function* g() {
  const a = yield;
  console.log("a", a);
  if (yield "cond?") console.log("truthy");
  else console.log("falsy");
  console.log("arg", String(yield "arg"));
  const b = (yield "seq", yield "seq2");
  console.log("b", b);
  yield yield "nested";
}
const it = g();
const inputs = [undefined, 1, 0, "S", "x", "y", "inner", "outer"];
let r = it.next();
let i = 1;
while (!r.done) {
  console.log("->", r.value);
  r = it.next(inputs[i++]);
}
