// Stack frame names of anonymous functions assigned to properties (V8 infers `a.b.c`, `X.m` for `X.prototype.m`).
function where() { return new Error().stack.split('\n')[2].trim().split(' (')[0]; }
const exp = {}; exp.f = function () { const r = where(); return r; };
console.log(exp.f()); const g = exp.f; console.log(g());
const a = { b: {} }; a.b.c = function () { const r = where(); return r; }; console.log(a.b.c());
function X() {} X.prototype.m = function () { const r = where(); return r; }; console.log(new X().m());
X.s = function () { const r = where(); return r; }; console.log(X.s());
exports.h = function () { const r = where(); return r; }; console.log(exports.h());
module.exports.k = function () { const r = where(); return r; }; console.log(module.exports.k());
let v; v = function () { const r = where(); return r; }; console.log(v());
a.arrow = () => { const r = where(); return r; }; console.log(a.arrow());
a['lit'] = function () { const r = where(); return r; }; console.log(a.lit());
const o2 = { p: function () { const r = where(); return r; } }; console.log(o2.p());
X.prototype.q = function () { const r = where(); return r; }; const x = new X(); x.alias = x.q; console.log(x.alias());
