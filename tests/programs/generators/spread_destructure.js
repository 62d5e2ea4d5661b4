// Generators feed spread, array destructuring, Array.from, Map and Set.
function* abc() {
  yield "a";
  yield "b";
  yield "c";
}
console.log([...abc()], Math.max(...[3, 1, 2].values()));
const [x, , z, w = "dflt"] = abc();
console.log(x, z, w);
const [first, ...rest] = abc();
console.log(first, rest);
console.log(Array.from(abc(), (s) => s.toUpperCase()));
function* pairs() {
  yield ["one", 1];
  yield ["two", 2];
}
console.log(new Map(pairs()), new Set(abc()));
function f(...args) { return args.join("-"); }
console.log(f(...abc(), ...abc()));
