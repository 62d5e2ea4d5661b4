// Function.prototype.caller/arguments and %ThrowTypeError% (one per realm).
'use strict';
const t = (f, s) => {
  try { console.log(s, f()); } catch (e) { console.log(s, e.constructor.name, e.message); }
};
const tte = (function () { return Object.getOwnPropertyDescriptor(arguments, 'callee').get; })();
for (const name of ['caller', 'arguments']) {
  const d = Object.getOwnPropertyDescriptor(Function.prototype, name);
  console.log(name, d.get === tte, d.set === tte, d.enumerable, d.configurable);
}
console.log(Object.isExtensible(tte), Object.isFrozen(tte), tte.name === '', tte.length);
console.log(Object.getOwnPropertyDescriptor(tte, 'length'), Object.getOwnPropertyDescriptor(tte, 'name'));
class C {}
class D extends C {}
t(() => C.caller, 'class caller');
t(() => { D.arguments = 1; }, 'derived class arguments =');
t(() => (() => 1).caller, 'arrow caller');
t(() => ({ m() {} }).m.arguments, 'method arguments');
t(() => (function () {}).caller, 'strict function caller');
t(() => Math.max.caller, 'native caller');
t(() => tte(), 'ThrowTypeError()');
console.log(C.hasOwnProperty('caller'), C.hasOwnProperty('arguments'));
