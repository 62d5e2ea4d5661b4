// Stores through one property site whose receivers have several shapes (the
// other cache entries are scanned inline): existing own properties of
// different layouts, a setter on one class's prototype, a read-only
// property, a frozen object, property additions and a dictionary-mode object.
'use strict';

class P {
  constructor() {
    this.x = 0;
  }
}
class Q {
  constructor() {
    this.a = 'a';
    this.x = 0;
  }
}
class R {
  constructor() {
    this.a = 'a';
    this.b = 'b';
    this.x = 0;
  }
}
class S {
  set x(v) {
    this.seen = (this.seen || 0) + v;
  }
  get x() {
    return 'S.x';
  }
}

function setX(o, v) {
  o.x = v;
}

const objs = [new P(), new Q(), new R(), new S(), {}];
for (let round = 1; round <= 4; round++) {
  for (const o of objs) setX(o, round);
}
console.log(objs.map((o) => `${o.constructor.name}:${o.x}`).join(' '));
console.log('setter saw', objs[3].seen);

const ro = new P();
Object.defineProperty(ro, 'x', { value: 'fixed', writable: false });
try {
  setX(ro, 9);
} catch (err) {
  console.log(err.constructor.name, err.message);
}
console.log(ro.x);

const frozen = Object.freeze(new Q());
for (let i = 0; i < 2; i++) {
  try {
    setX(frozen, 7);
  } catch (err) {
    console.log(err.constructor.name, err.message);
  }
  setX(objs[i], 100 + i);
}
console.log(frozen.x, objs[0].x, objs[1].x);

const dict = { a: 1, x: 2, c: 3 };
delete dict.a;
for (let i = 0; i < 3; i++) {
  setX(dict, i);
  setX(objs[2], i);
}
console.log(dict.x, objs[2].x, JSON.stringify(dict));

// More shapes than the site holds.
const many = [];
for (let i = 0; i < 12; i++) {
  const o = {};
  o['k' + i] = i;
  o.x = 0;
  many.push(o);
}
for (let r = 1; r <= 3; r++) for (const o of many) setX(o, r * o['k' + many.indexOf(o)]);
console.log(many.map((o) => o.x).join(','));
