// Bindings assigned by destructuring (array and object patterns, defaults,
// for-of/in heads, logical assignment), locally and from other functions
// for top-level let: their type follows what they receive.
let n = 1;
function f() { [n] = ['str']; }
function g() { console.log(n + 1, typeof n); }
g(); f(); g();
let m = 2;
function h() { ({ m } = { m: 'obj' }); }
h(); console.log(m + 1);
let k = 3;
function q() { for ([k] of [['it']]) {} }
q(); console.log(k + 1);
let c = 4;
function r() { c += 'x'; }
r(); console.log(c + 1);
let d = 5;
function s() { d++; }
s(); console.log(d + 1);
let e = 6;
function t() { for (e in { key: 1 }) {} }
t(); console.log(e + 1);
let u = 7;
function w() { [u = 'dflt'] = []; }
w(); console.log(u + 1);
let v = 8;
function x() { ({ a: v } = { a: 'deep' }); }
x(); console.log(v + 1);
let y = 9;
function z() { y &&= 'and'; }
z(); console.log(y + 1);
let cls = 10;
function setCls() { cls = class {}; }
setCls(); console.log(typeof cls);
function f(){ let n = 1; [n] = ["s"]; return n + 1; }
console.log(f());
function g(){ let n = 1; ({n} = {n:"o"}); return n + 1; }
console.log(g());
