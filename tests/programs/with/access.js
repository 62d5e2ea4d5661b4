// Reads, writes, compound assignment, updates, typeof and delete.
var o = { a: 1, b: 'two', f: function () { return this === o; } };
var a = 'global a', c;
with (o) {
  a += 5;
  b += '!';
  a++;
  --a;
  var t1 = typeof a, t2 = typeof missing, t3 = typeof f;
  a ||= 'no'; b &&= b + '?'; c ??= 'new global';
}
console.log(o.a, o.b, a, t1, t2, t3, c);
with (o) {
  console.log(delete a, 'a' in o, a);
  console.log(delete missing2);
  console.log(f(), (f)(), (0, f)());
}
// Unresolvable names: ReferenceError on read, global creation on write.
with ({}) {
  try { nope; } catch (e) { console.log(e.constructor.name, e.message); }
  created = 42;
}
console.log(created);
// Strict functions inside a with body still see the object.
with ({ s: 'S' }) {
  (function () {
    'use strict';
    console.log(s);
    s = 'S2';
    try { undeclared = 1; } catch (e) { console.log(e.constructor.name, e.message); }
  })();
}
// Primitive with objects.
with ('hello') { console.log(length, toUpperCase(), charAt(1)); }
with (42) { console.log(toFixed(1)); }
with (true) { console.log(valueOf()); }
try { with (null) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { with (undefined) {} } catch (e) { console.log(e.constructor.name, e.message); }
// undefined, NaN and Infinity can be properties too.
with ({ undefined: 'u', NaN: 'n', Infinity: 'i' }) {
  console.log(undefined, NaN, Infinity, typeof NaN);
}
with ({}) { console.log(undefined, NaN, Infinity, typeof Infinity); }
