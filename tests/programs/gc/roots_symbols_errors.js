// GC test: objects kept alive only through symbol-keyed properties, strings
// kept only as Symbol descriptions (also registered symbols), error objects
// (message, cause chains, extra properties) and `arguments` objects (captured
// by closures or returned); checked after lots of garbage.
"use strict";
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function churn(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = { a: i, b: [i, i + 1], c: "g" + i };
    s += o.b[1] - o.a + o.c.length;
  }
  return s;
}
function rec(i) {
  return { i, name: "r" + i, arr: [i, "e" + i] };
}
function sumRec(r) {
  return r.i + hashStr(r.name) + r.arr[0] + hashStr(r.arr[1]);
}

// Symbols: descriptions built at run time, values under symbol keys.
const holder = {};
const syms = [];
for (let i = 0; i < 300; i++) {
  const s = Symbol("sym-" + i + "-" + "d".repeat(i % 4));
  holder[s] = rec(i);
  if (i % 3 === 0) syms.push(s);
}
const registered = [];
for (let i = 0; i < 50; i++) registered.push(Symbol.for("reg." + i));
const regHolder = {};
for (let i = 0; i < 50; i++) regHolder[Symbol.for("reg." + i)] = rec(100 + i); // found again through the registry

// Errors: message strings, causes (objects and other errors), extra properties.
const errors = [];
for (let i = 0; i < 2000; i++) {
  const inner = new TypeError("inner " + i, { cause: rec(i) });
  const outer = new Error("outer " + i, { cause: inner });
  outer.code = "E" + i;
  outer.details = [rec(i + 1), "detail" + i];
  if (i % 100 === 0) errors.push(outer);
}
const caught = [];
for (let i = 0; i < 1000; i++) {
  try {
    if (i % 2 === 0) throw new RangeError("range " + i, { cause: { at: i, path: ["a" + i, "b"] } });
    null.prop;
  } catch (e) {
    if (i % 100 === 0 || i % 100 === 1) caught.push(e);
  }
}
const agg = new AggregateError([rec(1), new Error("e1"), rec(2)], "agg message");

// arguments objects: returned, captured by a closure, or stored.
function keepArgs() { return arguments; }
function closeOverArgs() {
  const a = arguments;
  return () => a[0].name + a[1] + a.length;
}
const argsKept = [];
const argClosures = [];
for (let i = 0; i < 3000; i++) {
  const a = keepArgs(rec(i), "s" + i, [i]);
  const f = closeOverArgs(rec(i + 5000), "t" + i);
  if (i % 150 === 0) { argsKept.push(a); argClosures.push(f); }
}

function checkAll() {
  let c = 0;
  for (const s of syms) c = (c + sumRec(holder[s]) + hashStr(s.description) + hashStr(s.toString())) | 0;
  c = (c + Object.getOwnPropertySymbols(holder).length) | 0;
  for (let i = 0; i < 50; i++) c = (c + sumRec(regHolder[registered[i]]) + hashStr(Symbol.keyFor(registered[i]))) | 0;
  for (const e of errors) {
    c = (c + hashStr(e.message) + hashStr(e.cause.message) + sumRec(e.cause.cause) + hashStr(e.code)) | 0;
    c = (c + sumRec(e.details[0]) + hashStr(e.details[1]) + hashStr(e.name) + hashStr(e.cause.name)) | 0;
  }
  for (const e of caught) {
    c = (c + hashStr(e.name) + hashStr(e.message)) | 0;
    if (e.cause !== undefined) c = (c + e.cause.at + hashStr(e.cause.path[0])) | 0;
  }
  c = (c + sumRec(agg.errors[0]) + hashStr(agg.errors[1].message) + sumRec(agg.errors[2]) + hashStr(agg.message)) | 0;
  for (const a of argsKept) c = (c + a.length + sumRec(a[0]) + hashStr(a[1]) + a[2][0]) | 0;
  for (const f of argClosures) c = (c + hashStr(f())) | 0;
  return c;
}

const checks = [];
let g = 0;
for (let round = 0; round < 8; round++) {
  g += churn(15000);
  checks.push(checkAll());
}
console.log("garbage", g);
console.log("checks", checks.join(" "));
console.log(syms[5].description, syms[5].toString(), holder[syms[5]].name, Symbol.keyFor(registered[49]), regHolder[Symbol.for("reg.7")].name);
console.log(errors[3].message, errors[3].cause.message, errors[3].cause.cause.name, errors[3].code, errors[3].details[1], errors[3] instanceof Error, errors[3].cause instanceof TypeError);
console.log(caught.map((e) => e.name + ":" + e.message).join(" | "));
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1].message);
console.log(argsKept[4].length, argsKept[4][0].name, argsKept[4][1], argsKept[4][2], argClosures[19]());
