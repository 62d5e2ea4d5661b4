// Destructuring with index-like string keys reads elements, not named properties.
const { "0": a, "1": b, length } = "xyz";
const { "0": c, "2": d = "default" } = [5, 6];
const { 1: e, "01": f = "none" } = { 1: "one", "01": "zero-one" };
console.log(a, b, length, c, d, e, f);
