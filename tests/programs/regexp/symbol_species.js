class Tagged extends RegExp {
  static get [Symbol.species]() { return RegExp; }
}
const t = new Tagged("-", "g");
console.log("a-b-c".split(t));
console.log(Tagged[Symbol.species] === RegExp, RegExp[Symbol.species] === RegExp);
class Counting extends RegExp {
  constructor(...a) { super(...a); Counting.made = (Counting.made || 0) + 1; }
}
const c = new Counting(",");
console.log("1,2,3".split(c), Counting.made);
console.log([..."a1b2".matchAll(new Counting("\\d", "g"))].map(m => m[0]), Counting.made);
