// An async generator binds its parameters at the call: a default that throws throws there.
async function* g(a = (() => { throw new Error("param") })()) { console.log("body"); yield a; }
try { g(); } catch (e) { console.log("thrown by the call:", e.message); }
const it = g(5);
console.log("created");
it.next().then(r => console.log(r));
const it2 = g(6); it2.return(1).then(r => console.log("return before start", r));
const it3 = g(7); it3.throw(new Error("t")).catch(e => console.log("throw before start", e.message));
