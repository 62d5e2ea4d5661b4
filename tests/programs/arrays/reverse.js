// reverse: in place, returns the same array, handles holes, odd/even lengths, array-likes.
const a = [1, 2, 3, 4, 5];
const r = a.reverse();
console.log(r === a, a.join(","));
const even = ["a", "b", "c", "d"];
console.log(even.reverse().join(""));
console.log([].reverse().length, [1].reverse().join(""));
const h = [1, , 3, , ];
h.reverse();
console.log(h.length, Object.keys(h).join(","), h.join(","));
const mixed = [null, undefined, "s", { o: 1 }, [2]];
mixed.reverse();
console.log(typeof mixed[0], mixed[0][0], mixed[1].o, mixed[2], mixed[3], mixed[4]);
const like = { length: 3, 0: "x", 2: "z" };
Array.prototype.reverse.call(like);
console.log(like[0], like[1], like[2], 1 in like, 2 in like);
// reverse twice restores
const big = [];
for (let i = 0; i < 1001; i++) big.push(i);
big.reverse();
console.log(big[0], big[500], big[1000]);
big.reverse();
console.log(big[0], big[500], big[1000]);
// reverse a string via array
console.log("stressed".split("").reverse().join(""));
// chaining
console.log([3, 1, 2].sort().reverse().join(""), [1, 2, 3].reverse().map(x => x * x).join(","));
