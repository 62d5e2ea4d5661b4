// Math.sqrt/floor/ceil/trunc/abs/min/max on values whose type the compiler
// does not know (object fields, array elements, parameters): numbers take
// the inline instruction, everything else the builtin's conversions.
const log = [];
const tracked = (name, v) => ({ valueOf() { log.push(name); return v; } });
const inputs = [4, -2.5, 0, -0, NaN, Infinity, -Infinity, '9', ' 16 ', '', 'x', null, undefined,
  true, false, [], [7], [1, 2], {}, tracked('obj', 2.5), 1e300, -1e-300, 2 ** 53 + 0.5];
function show(x) { return Object.is(x, -0) ? '-0' : String(x); }
for (const f of ['sqrt', 'floor', 'ceil', 'trunc', 'abs']) {
  const out = [];
  for (const v of inputs) out.push(show(Math[f](v)));
  console.log(f, out.join(' '));
}
class Box { constructor(v) { this.v = v; } root() { return Math.sqrt(this.v); } floor() { return Math.floor(this.v); } }
let s = 0;
for (let i = 0; i < 1000; i++) s += new Box(i).root() + new Box(i / 3).floor();
console.log(s.toFixed(6), new Box('25').root(), new Box({}).root(), new Box(-0).floor());
const o = { a: 3, b: -7, c: '12' };
console.log(Math.min(o.a, o.b), Math.max(o.a, o.b), Math.max(o.a, o.c), Math.min(o.a, o.c, o.b));
console.log(Math.min(o.a, NaN), Math.max(-0, 0), show(Math.min(0, -0)), show(Math.max(-0, o.x === undefined ? -0 : 1)));
console.log(Math.max(o.a, tracked('first', 1), tracked('second', 10)), log.splice(0).join(','));
console.log(Math.min(tracked('m1', 5), o.b, tracked('m2', 1)), log.splice(0).join(','));
try { Math.sqrt({ valueOf() { throw new Error('from valueOf'); } }); } catch (e) { console.log(e.message); }
try { Math.max(1, Symbol('s')); } catch (e) { console.log(e.constructor.name, e.message); }
const arr = [1.5, -1.5, 2.5, -2.5, '3.7'];
console.log(arr.map(x => Math.floor(x)), arr.map(x => Math.ceil(x)), arr.map(x => Math.trunc(x)), arr.map(x => Math.abs(x)));
