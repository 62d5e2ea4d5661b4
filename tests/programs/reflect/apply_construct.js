// Reflect.apply and Reflect.construct: this, arguments, newTarget.
function f(a, b) { return [this === undefined ? 'undef' : typeof this, a, b, arguments.length]; }
console.log(Reflect.apply(f, undefined, [1, 2]));
console.log(Reflect.apply(f, { x: 1 }, { length: 3, 0: 'a', 1: 'b' }));
console.log(Reflect.apply(Math.max, null, [3, 9, 4]));
console.log(Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B extends A { constructor(x) { super(x * 2); this.b = true; } }
const a = Reflect.construct(A, [1]);
console.log(a, a instanceof A);
const b = Reflect.construct(A, [1], B);
console.log(b, b instanceof B, Object.getPrototypeOf(b) === B.prototype);
function Old(v) { this.v = v; this.nt = new.target === Old; }
console.log(Reflect.construct(Old, [5]));
const o2 = Reflect.construct(Old, [6], A);
console.log(o2, o2 instanceof A);
console.log(Reflect.construct(Array, [3]).length);
console.log(Reflect.construct(Map, [[[1, 2]]]).get(1));
console.log(Reflect.construct(Error, ['boom']).message);
const e = Reflect.construct(Error, ['sub'], B);
console.log(e instanceof B, e.message);
const bound = f.bind(null, 'x');
console.log(Reflect.apply(bound, null, ['y']));
function Factory() { return { made: true }; }
console.log(Reflect.construct(Factory, []));
console.log(typeof Reflect, Object.prototype.toString.call(Reflect), Reflect[Symbol.toStringTag]);
console.log(Reflect.apply.length, Reflect.construct.length, Reflect.set.length, Reflect.defineProperty.length);
try { new Reflect.get({}, 'a'); } catch (err) { console.log(err.constructor.name); }
