// Array literals, including holes and trailing commas.
const a = [1, "two", true, null, undefined];
console.log(a.length, a[0], a[1], a[2], a[3], a[4], a[5]);
const holes = [1, , 3];
console.log(holes.length, 1 in holes, holes[1], holes.hasOwnProperty(1));
const trailing = [1, 2, 3,];
console.log(trailing.length);
const trailingHole = [1, 2, , ];
console.log(trailingHole.length, 2 in trailingHole);
const onlyHoles = [, , ,];
console.log(onlyHoles.length, 0 in onlyHoles, Object.keys(onlyHoles).length);
const empty = [];
console.log(empty.length, empty[0], typeof empty);
const undefHole = [undefined, , undefined];
console.log(0 in undefHole, 1 in undefHole, 2 in undefHole);
const nested = [[1, 2], [3, [4, [5]]], []];
console.log(nested.length, nested[1][1][1][0], nested[2].length, nested[0][1]);
let i = 0;
const evalOrder = [i++, i++, i++];
console.log(evalOrder.join(","), i);
const exprs = [1 + 1, "a" + "b", typeof 1, [].length, { k: 1 }.k];
console.log(exprs.join("|"));
console.log(String([1, , 3]), String([, ]), [null, undefined, 1].join("-"));
// holes skipped by forEach/map/filter but visible to join/indexOf/length
const h = [1, , 3, , 5];
let visits = 0;
h.forEach(() => visits++);
console.log(visits, h.map(x => x * 2).length, h.filter(() => true).length, h.join(","));
console.log(h.indexOf(undefined), h.includes(undefined), Object.keys(h).join(","));
// literal of objects and functions
const mixed = [{ a: 1 }, function f() { return "f"; }, () => "arrow", [0]];
console.log(mixed[0].a, mixed[1](), mixed[2](), mixed[3][0], typeof mixed[1]);
// literals are fresh each evaluation
function make() { return [1, 2]; }
console.log(make() === make(), make()[1]);
// literal with 1000 elements via repeated concatenation in a loop
const big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25];
let s = 0;
for (let k = 0; k < big.length; k++) s += big[k];
console.log(big.length, s);
console.log(Array.isArray(h), Array.isArray(onlyHoles), typeof h);
