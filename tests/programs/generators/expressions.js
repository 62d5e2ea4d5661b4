// Generator expressions, named and anonymous, and their names.
const anon = function* () {
  yield 1;
};
const named = function* inner() {
  yield typeof inner;
};
console.log(anon.name, named.name, [...anon()], [...named()]);
console.log([...(function* () { yield "iife"; })()]);
const arr = [function* () { yield "in array"; }];
console.log(arr[0].name === "", [...arr[0]()]);
