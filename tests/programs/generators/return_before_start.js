// return() and throw() on a generator that never started complete it at once.
function* g() {
  console.log("never");
  yield 1;
}
const a = g();
console.log(a.return(7));
console.log(a.next());
console.log(a.return(8));
const b = g();
try { b.throw(new Error("x")); } catch (e) { console.log("threw", e.message); }
console.log(b.next());
