// concat and join: flattening one level, non-array arguments, separators, null/undefined.
const a = [1, 2];
const b = a.concat(3, [4, 5], [[6, 7]], "eight", null, undefined);
console.log(b.length, b.join("|"));
console.log(b[5] instanceof Array, b[5].length);
console.log(a.concat().join(","), a.concat() !== a, a.length);
console.log([].concat([], [], []).length, [].concat(1).length);
const holes = [1, , 3].concat([, 5]);
console.log(holes.length, 1 in holes, 3 in holes, holes.join(","));
const like = { length: 2, 0: "x", 1: "y" };
const withLike = [0].concat(like);
console.log(withLike.length, withLike[1] === like);
// join separators
const j = [1, "a", true, null, undefined, 2.5, -0, [3, 4], { toString() { return "obj"; } }];
console.log(j.join());
console.log(j.join(""));
console.log(j.join(" - "));
console.log(j.join(undefined));
console.log(j.join(null));
console.log(j.join(0));
console.log([].join("x") === "", [undefined].join("x") === "", [null, null].join("x"));
console.log([[1, [2, [3]]], [4]].join(";"));
console.log(["single"].join(", "), [""].join("x"), ["", ""].join("x"));
// toString delegates to join
console.log(String([1, 2, 3]), [1, 2, 3].toString(), [1, 2] + "", `${[4, 5]}`, [] + "", [[]] + "", [[], []] + "");
console.log([1, 2] + [3, 4], [] + [], [1] * 2, [2] * [3], +[], +[5], +[1, 2]);
// join on a very long array
const big = [];
for (let i = 0; i < 1000; i++) big.push(i % 10);
const joined = big.join("");
console.log(joined.length, joined.slice(0, 25), joined.slice(-5));
// join calls toString of elements each time
let calls = 0;
const counted = { toString() { calls++; return "c" + calls; } };
console.log([counted, counted, counted].join(","), calls);
// self-referencing array joins as empty for the cycle
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join("-"), String(cyc));
// concat results are new arrays, originals unchanged
const x = [1], y = [2];
const z = x.concat(y);
z.push(3);
console.log(x.length, y.length, z.join(""));
// strings and numbers concat
console.log(["a"].concat("bc", 1, 2).join("/"));
