// Top-level `arguments` of a CommonJS entry: the module wrapper's
// arguments (exports, require, module, __filename, __dirname), also when
// the entry names none of them, and through an arrow function.
console.log(arguments.length, typeof arguments, Object.prototype.toString.call(arguments));
console.log(typeof arguments[0], typeof arguments[1], typeof arguments[2]);
console.log(typeof arguments[3], typeof arguments[4], arguments[4].length > 0);
console.log(arguments[2].exports === arguments[0], arguments[2].id, arguments[3].endsWith('entry_arguments.js'));
console.log(typeof arguments.callee, Array.isArray(arguments), [...arguments].length);
const viaArrow = () => arguments.length;
console.log(viaArrow());
function own() {
  return arguments.length;
}
console.log(own(1, 2, 3), own());
console.log(typeof arguments === 'object' ? 'typeof ok' : 'typeof bad');
