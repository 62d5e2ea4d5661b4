// Symbol.unscopables hides properties from with.
var keys = 'global keys', values = 'global values', at = 'global at';
var push = 'global push';
with ([1, 2, 3]) {
  console.log(keys, values, at, typeof push, length);
}
console.log(Object.getOwnPropertyNames(Array.prototype[Symbol.unscopables]).sort().join());
console.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
console.log(d.writable, d.enumerable, d.configurable);

var x = 'global x', y = 'global y';
var o = { x: 'own x', y: 'own y' };
o[Symbol.unscopables] = { x: true, y: 0 };
with (o) {
  console.log(x, y);
  x = 'assigned';
}
console.log(x, o.x);

// Unscopables read through a getter, each lookup.
var reads = 0;
var p = { z: 'own z' };
Object.defineProperty(p, Symbol.unscopables, {
  get: function () { reads++; return { z: reads > 1 }; },
});
var z = 'global z';
with (p) {
  console.log(z);
  console.log(z);
}
console.log(reads);

// Inherited unscopables and a non-object value.
var proto = {};
proto[Symbol.unscopables] = { w: true };
var child = Object.create(proto);
child.w = 'child w';
var w = 'global w';
with (child) { console.log(w); }
var e = { w: 'e w' };
e[Symbol.unscopables] = 'not an object';
with (e) { console.log(w); }
