// V8's frame names for functions stored as methods: a named function
// expression called as method `f` of a plain object is `Object.inner [as f]`,
// of a class instance (assigned to `C.prototype.m`) `C.named [as m]`; an
// anonymous one takes the assignment's path (`a.g`); in an object literal,
// `Object.hh [as h]`, or `Object.h` when the names agree.
const a = {};
a.f = function inner() { throw new Error('x'); };
a.g = function () { throw new Error('y'); };
a.same = function same() { throw new Error('s'); };
class K {}
K.prototype.m = function named() { throw new Error('z'); };
const o = {
  h: function hh() { throw new Error('w'); },
  h2: function h2() { throw new Error('v'); },
  h3: function () { throw new Error('u'); },
};
const calls = [() => a.f(), () => a.g(), () => a.same(), () => new K().m(), () => o.h(), () => o.h2(), () => o.h3()];
for (const fn of calls) {
  try {
    fn();
  } catch (e) {
    console.log(e.stack.split('\n')[1].trim().replace(/\(.*\//, '('));
  }
}
