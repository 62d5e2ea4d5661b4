// A call site that inlines the one method of a name must still throw V8's
// TypeError when the property it reads is not a function, including +0
// (whose bits equal an unfilled call-site record) before and after the
// site has seen the method.
class A {
  m() {
    return 'ran A.m';
  }
}
function call(o) {
  try {
    return o.m();
  } catch (e) {
    return e.constructor.name + ': ' + e.message;
  }
}
const values = [0, -0, 1, NaN, null, undefined, '', 'm', true, {}, [], Symbol('s'), 0n];
for (const v of values) console.log(typeof v, call({ m: v }));
console.log(call(new A()));
for (const v of values) console.log('after', typeof v, call({ m: v }));
