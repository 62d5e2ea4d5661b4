// `new C(...)` runs a small base-class constructor's body inline while the
// callee is that class; methods that capture variables are inlined too,
// reading them through the cells of the function called. Every other case
// (the binding reassigned, a different class, fields, derived classes,
// new.target) takes the ordinary call, with the same results.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
}
let v = new Vec(1, 2);
for (let i = 0; i < 100000; i++) v = v.add(new Vec(1, 1)).scale(0.5);
console.log(v, v instanceof Vec, Object.keys(v));

class Few { constructor(a, b, c) { this.a = a; this.b = b; this.c = c; } }
console.log(new Few(1), new Few(1, 2, 3, 4));

class Ret { constructor(kind) { if (kind === 1) return { other: true }; if (kind === 2) return 42; this.kind = kind; } }
console.log(new Ret(0), new Ret(1), new Ret(2));

class Boom { constructor(x) { if (x > 1) throw new Error('boom ' + x); this.x = x; } }
for (let i = 0; i < 3; i++) {
  try { console.log(new Boom(i)); } catch (e) { console.log(e.message, e.stack.split('\n')[1].trim().split(' (')[0]); }
}

class Empty {}
console.log(new Empty(), new Empty() instanceof Empty);

class Calls { constructor(n) { this.n = n; this.d = this.double(); } double() { return this.n * 2; } }
console.log(new Calls(21));

let counter = 0;
class Counted { constructor() { counter++; this.id = counter; } bump() { counter += 10; return counter; } }
const cs = [];
for (let i = 0; i < 5; i++) cs.push(new Counted());
console.log(cs.map(c => c.id), cs[0].bump(), counter);

function make(k) {
  class A {
    constructor(x) { this.v = x + k; }
    next() { return new A(this.v); }
  }
  return A;
}
const A1 = make(1), A100 = make(100);
let a = new A1(0), b = new A100(0);
for (let i = 0; i < 3; i++) { a = a.next(); b = b.next(); }
console.log(a.v, b.v, a instanceof A1, b instanceof A1, a.constructor === A1);

class Swap { constructor() { this.which = 'Swap'; } }
class Other { constructor() { this.which = 'Other'; } }
const seen = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) Swap = Other;
  seen.push(new Swap().which);
}
console.log(seen.join(' '));

class Fields { f = 1; constructor(x) { this.x = x; } }
class Base { constructor(x) { this.x = x; } }
class Derived extends Base { constructor(x) { super(x * 2); this.y = x; } }
class NT { constructor() { this.nt = new.target === NT; } }
console.log(new Fields(2), new Derived(3), new NT());
try { Vec(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }

class Node2 { constructor(l, r) { this.left = l; this.right = r; } }
function tree(d) { return d === 0 ? new Node2(null, null) : new Node2(tree(d - 1), tree(d - 1)); }
function count(t) { return t.left === null ? 1 : 1 + count(t.left) + count(t.right); }
let total = 0;
for (let i = 0; i < 40; i++) total += count(tree(10));
console.log(total);
