// Deep non-tail recursion overflows the stack with a catchable RangeError.
function f(n) { return 1 + f(n + 1); }
let first;
try {
  f(0);
} catch (e) {
  first = e;
  console.log(e.constructor.name + ": " + e.message);
  console.log(e instanceof RangeError, e.name);
}
// the program keeps running normally afterwards
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log("sum(1000) =", sum(1000));
// a second overflow is caught again
let depth = 0;
function g(n) { depth = n; return g(n + 1) + 1; }
try {
  g(0);
} catch (e) {
  console.log("second:", e.constructor.name + ": " + e.message);
  console.log("got deep:", depth > 1000);
}
// mutual recursion overflow
function ping(n) { return pong(n + 1) + 1; }
function pong(n) { return ping(n + 1) + 1; }
try { ping(0); } catch (e) { console.log("mutual:", e.message); }
// overflow inside a method caught by the caller
class Tree {
  constructor() { this.child = this; }
  size() { return 1 + this.child.size(); }
}
try { new Tree().size(); } catch (e) { console.log("cyclic tree:", e.name); }
// finally blocks run while unwinding from an overflow
let finallies = 0;
function h(n) {
  try { return 1 + h(n + 1); } finally { finallies++; }
}
try { h(0); } catch (e) { console.log("with finally:", e.message, finallies > 100); }
// catching deep inside the recursion, then returning normally
function bounded(n) {
  try {
    return 1 + bounded(n + 1);
  } catch (e) {
    return 0;
  }
}
console.log("bounded result is positive:", bounded(0) > 100);
// overflow through a callback of a builtin
function viaMap(n) { return [n].map(function (x) { return viaMap(x + 1); })[0]; }
try { viaMap(0); } catch (e) { console.log("via map:", e.constructor.name + ": " + e.message); }
// errors created afterwards are normal
const after = new RangeError("fine");
console.log(after.message, first !== after, first.message === "Maximum call stack size exceeded");
// kiln-test: no-gc-stress (overflows a 256 MB stack; a stress collection would rescan it at every step)
