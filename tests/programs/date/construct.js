// kiln-test: env TZ=UTC
// The constructor's forms: no argument, a time value, a Date, a string, an
// object (ToPrimitive), components (with rollover, two-digit years, NaN),
// and the time-value range limits.
const t = (d) => d.getTime();
console.log(typeof new Date(), new Date() instanceof Date, Number.isInteger(t(new Date())));
console.log(t(new Date(0)), t(new Date(-0)), Object.is(t(new Date(-0)), 0), t(new Date(1.9)), t(new Date(-1.9)));
console.log(t(new Date(8.64e15)), t(new Date(8.64e15 + 1)), t(new Date(-8.64e15)), t(new Date(-8.64e15 - 1)));
console.log(t(new Date(NaN)), t(new Date(Infinity)), t(new Date(undefined)), t(new Date(null)), t(new Date(true)), t(new Date('')));
const a = new Date(123456789);
const b = new Date(a);
console.log(t(b), a === b, b instanceof Date);
console.log(t(new Date('1970-01-02')), t(new Date('2026-12-07T17:48:20.000Z')), t(new Date(new String('1970-01-02'))));
console.log(t(new Date({ valueOf() { return 42; } })), t(new Date({ toString() { return '1970-01-01T00:00:01Z'; }, valueOf: undefined })));
console.log(t(new Date({ [Symbol.toPrimitive](hint) { console.log('hint', hint); return 7; } })));
console.log(t(new Date(2026, 0)), t(new Date(2026, 11, 31, 23, 59, 59, 999)), t(new Date(2026, 12)), t(new Date(2026, -1)));
console.log(t(new Date(2026, 0, 0)), t(new Date(2026, 1, 29)), t(new Date(2024, 1, 29)), t(new Date(2026, 0, 1, 24)), t(new Date(2026, 0, 1, 0, 0, 0, -1)));
console.log(t(new Date(0, 0)), t(new Date(99, 0)), t(new Date(100, 0)), t(new Date(-1, 0)), t(new Date(49.9, 0)), t(new Date(1e6, 0)));
console.log(t(new Date(2026, NaN)), t(new Date(NaN, 0)), t(new Date(2026, 0, Infinity)), t(new Date(2026, 0, 1, 0, 0, 0, 1.5)));
console.log(t(new Date(2026.7, 0.9, 1.9, 1.9, 1.9, 1.9, 1.9)), t(new Date('2026', '1', '3')));
console.log(t(new Date(275760, 8, 13)), t(new Date(275760, 8, 13, 0, 0, 0, 1)), t(new Date(-271821, 3, 20)), t(new Date(-271821, 3, 19, 23, 59, 59, 999)));
const order = [];
const spy = (v) => ({ valueOf() { order.push(v); return v; } });
new Date(spy(2026), spy(1), spy(2), spy(3), spy(4), spy(5), spy(6), spy(7));
console.log(order.join(','));
try { new Date({ [Symbol.toPrimitive]() { throw new Error('boom'); } }); } catch (e) { console.log(e.message); }
try { new Date(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date(2026, Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.length, Date.name, typeof Date.prototype, Object.getPrototypeOf(Date.prototype) === Object.prototype);
// Called as a function: a string of the current time, whatever the arguments.
const s = Date(0);
console.log(typeof s, /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d GMT\+0000 \(Coordinated Universal Time\)$/.test(s), s === String(new Date(0)));
