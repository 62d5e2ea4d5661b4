// GC test: closures created in loops, capturing per-iteration bindings,
// objects and other closures; called later, after lots of garbage was made.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function churn(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = { a: i, b: [i, "x" + i] };
    s += o.b[1].length;
  }
  return s;
}

// 1. Per-iteration let bindings captured by arrows; most closures are dropped.
const kept = [];
let dropped = 0;
for (let i = 0; i < 30000; i++) {
  const label = "c" + i;
  const f = () => label + ":" + i;
  if (i % 100 === 0) kept.push(f); else dropped += f().length;
}
churn(20000);
let h = 0;
for (const f of kept) h = (h + hashStr(f())) | 0;
console.log("let captures", kept.length, dropped, h);

// 2. Closures capturing objects created in the loop.
const getters = [];
for (let i = 0; i < 10000; i++) {
  const o = { v: i, s: "obj" + i, arr: [i, i + 1, i + 2] };
  const g = () => o.v + o.arr[2] + o.s.length;
  if (i % 50 === 0) getters.push(g);
}
churn(20000);
let gs = 0;
for (const g of getters) gs += g();
console.log("object captures", getters.length, gs);

// 3. Counters sharing a captured cell; many made, a few kept and bumped.
function makeCounter(start) {
  let n = start;
  const history = [];
  return {
    inc() { n++; history.push({ at: n }); return n; },
    get() { return n; },
    last() { return history.length ? history[history.length - 1].at : -1; },
    sumHistory() { let t = 0; for (const e of history) t += e.at; return t; },
  };
}
const counters = [];
for (let i = 0; i < 5000; i++) {
  const c = makeCounter(i);
  c.inc();
  if (i % 250 === 0) counters.push(c);
}
for (let round = 0; round < 100; round++) {
  for (const c of counters) c.inc();
  churn(300);
}
console.log("counters", counters.map((c) => c.get() - c.last()).join(","), counters[3].get());
console.log("histories", counters.map((c) => c.sumHistory()).join(","));

// 4. A chain of closures, each capturing the previous one.
let chain = (x) => x;
for (let i = 0; i < 1000; i++) {
  const prev = chain;
  const step = i % 7;
  chain = (x) => prev(x) + step;
  churn(20);
}
console.log("chain", chain(0), chain(1000));

// 5. var in a loop with an IIFE capturing the current value; nested closures.
var adders = [];
for (var j = 0; j < 2000; j++) {
  adders.push((function (k) {
    const tag = "k" + k;
    return function (x) {
      return function () { return x + k + tag.length; };
    };
  })(j));
}
churn(20000);
let as = 0;
for (var j2 = 0; j2 < adders.length; j2 += 37) as += adders[j2](j2)();
console.log("iife", as, j);
