// A call site that calls a method's specialised clone directly must notice
// when the method is replaced on the prototype or the instance, shadowed by
// a getter, deleted, or when the site turns polymorphic.

class Counter {
  constructor() {
    this.n = 0;
  }
  add(k) {
    for (let i = 0; i < k; i++) this.n += i;
    return this.n;
  }
}

function run(c, label) {
  let last;
  for (let i = 0; i < 50; i++) last = c.add(i % 7);
  console.log(label, last, c.n);
}

const c = new Counter();
run(c, 'original');

// Replaced on the prototype mid-run.
const original = Counter.prototype.add;
Counter.prototype.add = function (k) {
  this.n -= k;
  return 'replaced ' + this.n;
};
run(c, 'prototype');
Counter.prototype.add = original;
run(c, 'restored');

// Shadowed by an own property on one instance.
const d = new Counter();
d.add = (k) => 'own ' + k;
run(d, 'own');
run(c, 'others unaffected');

// A getter returning functions under the same name.
const e = Object.create(Counter.prototype, {
  n: { value: 100, writable: true },
  add: {
    get() {
      return (k) => 'getter ' + k;
    },
  },
});
run(e, 'getter');

// Not a function any more: the site must throw V8's TypeError, also for +0
// (whose bits equal an empty call-site record).
for (const v of [0, -0, 1, null, undefined, 'add']) {
  const f = new Counter();
  f.add = v;
  try {
    f.add(3);
    console.log('no throw', v);
  } catch (err) {
    console.log(err.constructor.name + ': ' + err.message);
  }
}

// Polymorphic: another class with a method of the same name, same site.
class Other {
  add(k) {
    return 'other ' + k;
  }
}
const mixed = [new Counter(), new Other(), new Counter(), new Other()];
for (let round = 0; round < 3; round++) {
  console.log(mixed.map((m) => m.add(round + 1)).join(' | '));
}

// Deleted from the prototype: the next call throws.
delete Counter.prototype.add;
try {
  c.add(1);
} catch (err) {
  console.log(err.constructor.name + ': ' + err.message);
}
