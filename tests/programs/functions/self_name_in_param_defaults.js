// A named function expression's name is visible (and immutable) to closures
// created in its parameter defaults, for functions and generators.
"use strict";
var f = "outside";
var probeParams, setParams, probeBody;
var func = function f(_ = (probeParams = function () { return f; }, setParams = function () { f = null; })) {
  probeBody = function () { return f; };
};
func();
console.log(probeParams() === func, probeBody() === func, f);
try { setParams(); } catch (e) { console.log(e.constructor.name, e.message); }
var g = "outside";
var gen = function* g(_ = (probeParams = function () { return g; })) { yield g === gen; };
const it = gen();
console.log(probeParams() === gen, it.next().value, g);
var arrowInDefault = function h(k = () => h) { return k() === arrowInDefault; };
console.log(arrowInDefault());
