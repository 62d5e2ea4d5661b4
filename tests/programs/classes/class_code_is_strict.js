// All of a class is strict code: functions in its heritage and computed
// keys are strict too, even in a sloppy script.
var D = class extends function () {} {};
try {
  Object.getPrototypeOf(D).caller;
  console.log('no throw');
} catch (e) {
  console.log(e.constructor.name);
}
class E {
  static [(function () { return typeof this; })()] = 1;
  [(function () { return 'm' + typeof this; })()]() {}
}
console.log(Object.keys(E), Object.getOwnPropertyNames(E.prototype));
// Outside the class, the script is still sloppy.
console.log((function () { return typeof this; })());
