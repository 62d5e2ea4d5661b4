// kiln-test: env TZ=Europe/Berlin
// Subclassing Date, and the prototype's shape.
class MyDate extends Date {
  constructor(...args) { super(...args); this.tag = 'mine'; }
  year() { return this.getUTCFullYear(); }
  toString() { return 'MyDate(' + super.toString() + ')'; }
}
const m = new MyDate(Date.UTC(2026, 11, 7, 17, 48, 20));
console.log(m.year(), m.tag, m instanceof MyDate, m instanceof Date, Object.getPrototypeOf(m) === MyDate.prototype);
console.log(String(m), m.toISOString(), Object.prototype.toString.call(m), JSON.stringify(m));
console.log(new MyDate(2026, 0).getMonth(), new MyDate('2026-03-04').getUTCDate(), isNaN(new MyDate('x')));
console.log(m);
console.log([new MyDate(0)], { m: new MyDate(0) });
class Plain extends Date {}
console.log(new Plain(0), typeof Plain.now, Plain.UTC(2026, 0) === Date.UTC(2026, 0));
class Late extends Date { constructor() { super(7); Object.setPrototypeOf(this, Array.prototype); } }
const r = new Late();
console.log(Array.isArray(r), Date.prototype.getTime.call(r), Object.prototype.toString.call(r));
const names = Object.getOwnPropertyNames(Date.prototype).sort();
console.log(names.length, names.join(' '));
console.log(Object.getOwnPropertyNames(Date).sort().join(' '));
for (const n of ['getTime', 'toString', 'toLocaleString', 'setMinutes', 'toJSON', 'getTimezoneOffset', 'toISOString', 'setUTCFullYear']) {
  const f = Date.prototype[n];
  const p = Object.getOwnPropertyDescriptor(Date.prototype, n);
  console.log(n, f.name, f.length, p.writable, p.enumerable, p.configurable);
}
console.log(Date.prototype.constructor === Date, Object.getOwnPropertyDescriptor(Date, 'prototype').writable);
console.log(Object.prototype.toString.call(Date.prototype), (() => { try { return Date.prototype.getTime(); } catch (e) { return e.message; } })());
