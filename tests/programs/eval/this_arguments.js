// this, arguments and new.target inside eval code are the caller's.
function method() {
  return eval('this.name');
}
console.log(method.call({ name: 'obj' }));

const o = {
  name: 'o',
  m() {
    const arrow = () => eval('this.name');
    return arrow();
  },
};
console.log(o.m());

function args() {
  return eval('arguments.length + ":" + arguments[1]');
}
console.log(args('a', 'b', 'c'));

function mapped(a) {
  eval('arguments[0] = "changed"');
  return a;
}
console.log(mapped('orig'));

function Ctor() {
  this.made = eval('new.target === Ctor');
}
console.log(new Ctor().made);

function strictThis() {
  'use strict';
  return eval('this');
}
console.log(strictThis());

class Base {
  greet() { return 'base'; }
}
class Derived extends Base {
  greet() { return eval('super.greet()') + '+derived'; }
}
console.log(new Derived().greet());
