// finally runs on normal completion and on return; the return value is computed before finally.
const log = [];
function normal() {
  try { log.push("try"); } finally { log.push("finally"); }
  log.push("after");
  return log.join(",");
}
console.log(normal());
function returnsFromTry() {
  let x = 1;
  try {
    return x;          // value 1 is saved here
  } finally {
    x = 99;            // does not change the returned value
    console.log("finally sees x =", x);
  }
}
console.log("returned", returnsFromTry());
function returnsObject() {
  const o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;           // mutation of the returned object is visible
  }
}
console.log("object v", returnsObject().v);
function returnsFromCatch() {
  try {
    throw new Error("x");
  } catch (e) {
    return "from catch " + e.message;
  } finally {
    console.log("finally after catch-return");
  }
}
console.log(returnsFromCatch());
// finally with no return keeps the try's return
function keep() {
  try { return "try value"; } finally { "ignored expression"; }
}
console.log(keep());
// order of evaluation: return expression runs before finally
function order() {
  const steps = [];
  function step(s) { steps.push(s); return s; }
  function inner() {
    try { return step("return-expr"); } finally { step("finally"); }
  }
  inner();
  return steps.join(" then ");
}
console.log(order());
// try/finally without catch in a loop with counters
let total = 0, fin = 0;
for (let i = 0; i < 5; i++) {
  try { total += i; } finally { fin++; }
}
console.log("total", total, "finally count", fin);
// nested functions each with finally
function a() { try { return b() + "a"; } finally { console.log("fin a"); } }
function b() { try { return c() + "b"; } finally { console.log("fin b"); } }
function c() { try { return "c"; } finally { console.log("fin c"); } }
console.log(a());
// arrow function with finally
const arrow = (n) => { try { return n * 2; } finally { console.log("arrow finally", n); } };
console.log(arrow(4));
// method with finally
class Counter {
  constructor() { this.n = 0; this.closed = 0; }
  bump() { try { return ++this.n; } finally { this.closed++; } }
}
const ctr = new Counter();
ctr.bump(); ctr.bump();
console.log(ctr.bump(), ctr.closed);
