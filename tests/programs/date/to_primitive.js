// kiln-test: env TZ=Asia/Kolkata
// Date.prototype[Symbol.toPrimitive] and what it decides: `+` and template
// literals give the string, `-`, `*`, `<` and unary `+` the number.
const d = new Date(Date.UTC(2026, 0, 1));
console.log(d + 1);
console.log(d - 1, d * 1, +d, d < new Date(Date.UTC(2027, 0, 1)), d > 0, d == d.toString(), d == d.getTime(), d === d.getTime());
console.log(`${d}`, String(d), [d] + '', d + '', 1 + d);
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('string'), d[Symbol.toPrimitive]('default'));
for (const hint of ['', 'Number', 1, undefined, null, {}]) {
  try { d[Symbol.toPrimitive](hint); } catch (e) { console.log(e.constructor.name, e.message); }
}
for (const thisv of [1, 'a', undefined, null, true]) {
  try { Date.prototype[Symbol.toPrimitive].call(thisv, 'number'); } catch (e) { console.log(e.constructor.name, e.message); }
}
// It is generic: OrdinaryToPrimitive on any object.
console.log(Date.prototype[Symbol.toPrimitive].call({ valueOf() { return 5; }, toString() { return 'x'; } }, 'default'));
console.log(Date.prototype[Symbol.toPrimitive].call({ valueOf() { return 5; }, toString() { return 'x'; } }, 'number'));
const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable, desc.value.name, desc.value.length);
// Own valueOf / toString are used through it.
const e = new Date(0);
e.valueOf = () => 42;
e.toString = () => 'forty-two';
console.log(e + 1, e - 1, `${e}`);
// Without @@toPrimitive, a Date would add as a number.
const f = new Date(0);
Object.defineProperty(f, Symbol.toPrimitive, { value: undefined });
console.log(f + 1);
console.log(Object.prototype.toString.call(d), typeof d, d instanceof Object);
console.log(new Date(NaN) + 1, new Date(NaN) - 1, isNaN(new Date(NaN)));
