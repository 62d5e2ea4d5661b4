// A proxy as the with object: the has trap decides the binding.
var log = [];
var target = { x: 1, f: function () { return this === p; } };
var p = new Proxy(target, {
  has: function (t, k) { log.push('has ' + String(k)); return k in t; },
  get: function (t, k) { log.push('get ' + String(k)); return t[k]; },
  set: function (t, k, v) { log.push('set ' + String(k) + '=' + v); t[k] = v; return true; },
  deleteProperty: function (t, k) { log.push('delete ' + String(k)); return delete t[k]; },
});
function show(what) { console.log(what + ': ' + log.join(', ')); log = []; }
with (p) { x; }
show('read');
with (p) { x = 2; }
show('write');
with (p) { x += 1; }
show('compound');
with (p) { x++; }
show('update');
with (p) { typeof x; }
show('typeof');
with (p) { f(); }
show('call');
with (p) { delete x; }
show('delete');
with (p) { typeof y; }
show('typeof missing');
with (p) { var x = 5; }
show('var');
console.log(target.x, x);
// A has trap that throws.
var bad = new Proxy({}, { has: function () { throw new Error('has trap'); } });
try { with (bad) { anything; } } catch (e) { console.log(e.message); }
// A has trap that says yes to everything.
// (Every name is the proxy's then, `console` too: the result is stored
// on the target.)
var allTarget = {};
var all = new Proxy(allTarget, {
  has: function () { return true; },
  get: function (t, k) { return typeof k === 'symbol' ? undefined : 'got ' + k; },
});
with (all) { result = foo + ', ' + bar; }
console.log(allTarget.result);
