// Closure state stays consistent after exceptions interrupt updates.
function makeStack(limit) {
  const items = [];
  return {
    push: function (x) {
      if (items.length >= limit) throw new RangeError("stack full (" + limit + ")");
      items.push(x);
      return items.length;
    },
    pop: function () {
      if (items.length === 0) throw new Error("stack empty");
      return items.pop();
    },
    show: function () { return "[" + items.join(",") + "]"; },
  };
}
const s = makeStack(3);
const ops = [["push", 1], ["push", 2], ["push", 3], ["push", 4], ["pop"], ["pop"], ["pop"], ["pop"], ["push", 5]];
for (let i = 0; i < ops.length; i++) {
  try {
    const r = ops[i][0] === "push" ? s.push(ops[i][1]) : s.pop();
    console.log(ops[i].join(" "), "->", r, s.show());
  } catch (e) {
    console.log(ops[i].join(" "), "->", e.name + ":", e.message, s.show());
  }
}
// a counter whose increment is interrupted halfway
function makeTwoPhase() {
  let started = 0, finished = 0;
  return {
    run: function (fail) {
      started++;
      if (fail) throw new Error("interrupted run " + started);
      finished++;
    },
    stats: function () { return started + "/" + finished; },
  };
}
const tp = makeTwoPhase();
const plan = [false, true, false, true, true];
for (let i = 0; i < plan.length; i++) {
  try { tp.run(plan[i]); } catch (e) { console.log(e.message); }
}
console.log("started/finished", tp.stats());
// closures created in catch blocks keep the error
const reporters = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i !== 1) throw new TypeError("failure " + i);
    reporters.push(function () { return "success " + i; });
  } catch (e) {
    reporters.push(function () { return e.name + " captured: " + e.message; });
  }
}
console.log(reporters.map(function (r) { return r(); }).join(" | "));
// memoised function that does not cache failures
function memo(fn) {
  const cache = {};
  let calls = 0;
  const m = function (k) {
    if (k in cache) return cache[k];
    calls++;
    const v = fn(k);
    cache[k] = v;
    return v;
  };
  m.calls = function () { return calls; };
  return m;
}
let flakyOnce = true;
const square = memo(function (n) {
  if (n === 3 && flakyOnce) { flakyOnce = false; throw new Error("transient failure for 3"); }
  return n * n;
});
const seq = [2, 3, 3, 2, 3];
const results = [];
for (let i = 0; i < seq.length; i++) {
  try { results.push(square(seq[i])); } catch (e) { results.push("ERR"); }
}
console.log(results.join(","), "underlying calls", square.calls());
// once() wrapper that stays unusable after a failure
function once(fn) {
  let state = "fresh", err;
  return function () {
    if (state === "failed") throw new Error("already failed: " + err.message);
    if (state === "done") return "cached";
    try { fn(); state = "done"; return "ran"; }
    catch (e) { state = "failed"; err = e; throw e; }
  };
}
const init = once(function () { throw new Error("init crashed"); });
for (let i = 0; i < 3; i++) {
  try { console.log(init()); } catch (e) { console.log("attempt", i, e.message); }
}
