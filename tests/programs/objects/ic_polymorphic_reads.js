// Reads through one property site whose receivers have several shapes: the
// first cache entry misses and the other entries are scanned inline. Covers
// own and prototype hits, a getter, a missing property, a prototype whose
// shape changes mid-loop, a dictionary-mode receiver, a primitive receiver
// and more shapes than the site holds (megamorphic).
'use strict';

class Base {
  constructor(v) {
    this.v = v;
  }
  get2() {
    return this.v;
  }
}
class A extends Base {}
class B extends Base {
  constructor(v) {
    super(v);
    this.extra = 1;
  }
}
class C extends Base {
  constructor(v) {
    super(v);
    this.extra = 2;
    this.more = 3;
  }
}
class D extends Base {
  get v() {
    return 'getter';
  }
  set v(x) {
    this.hidden = x;
  }
}
class E {}
E.prototype.v = 'from prototype';

function readV(o) {
  return o.v;
}

const objs = [new A(1), new B(2), new C(3), new D(4), new E(), { v: 'literal' }, { w: 1 }];
for (let round = 0; round < 3; round++) {
  const out = [];
  for (const o of objs) out.push(String(readV(o)));
  console.log(round, out.join(' '));
}

// The method through polymorphic receivers.
let sum = 0;
for (let i = 0; i < 100; i++) {
  const o = objs[i % 3];
  sum += o.get2();
}
console.log('sum', sum);

// A prototype changed after the site cached it.
const e = new E();
console.log(readV(e));
E.prototype.v = 'changed';
console.log(readV(e));
delete E.prototype.v;
console.log(readV(e));

// A dictionary-mode object in the mix.
const dict = { a: 1, v: 'dict', c: 3 };
delete dict.a;
for (let i = 0; i < 3; i++) console.log(readV(objs[i]), readV(dict));

// Primitives.
console.log(readV('str'), readV(5), readV(true));
Number.prototype.v = 'number proto';
console.log(readV(5));
try {
  readV(null);
} catch (err) {
  console.log(err.constructor.name, err.message);
}

// Many shapes through one site.
const many = [];
for (let i = 0; i < 20; i++) {
  const o = {};
  o['k' + i] = i;
  o.v = i * 10;
  many.push(o);
}
let total = 0;
for (let r = 0; r < 5; r++) for (const o of many) total += readV(o);
console.log('megamorphic total', total);
