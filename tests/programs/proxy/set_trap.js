// The set trap: arguments, the return value's meaning in sloppy and strict
// code, Reflect.set's boolean, and forwarding when there is no trap.
const log = [];
const target = {};
const p = new Proxy(target, {
  set(t, k, v, r) {
    log.push(`${String(k)}=${v} recv:${r === p}`);
    if (k === 'ro') return false;
    t[k] = v * 2;
    return true;
  },
});
p.x = 1;
p['y'] = 2;
p[3] = 4;
console.log(target, log);
p.ro = 5; // sloppy: a falsish trap result is ignored
console.log('ro' in target);
try {
  (function () { 'use strict'; p.ro = 6; })();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Reflect.set(p, 'ro', 7), Reflect.set(p, 'ok', 8), target.ok);
// Without a trap the target's [[Set]] runs with the proxy as receiver.
const t2 = { set v(x) { this.seen = x; } };
const p2 = new Proxy(t2, {});
p2.v = 9;
console.log(t2.seen, Object.keys(t2));
const p3 = new Proxy({}, {});
p3.a = 1;
p3.a += 2;
p3.n = 0;
p3.n++;
console.log(p3.a, p3.n, JSON.stringify(p3));
