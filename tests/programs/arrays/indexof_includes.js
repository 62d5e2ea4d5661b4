// indexOf, lastIndexOf and includes: strict equality vs SameValueZero, NaN, -0, fromIndex.
const a = [1, 2, 3, 2, 1, NaN, -0, "2", null, undefined];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf("2"), a.indexOf(4), a.indexOf(1, 1), a.indexOf(2, -8));
console.log(a.indexOf(NaN), a.includes(NaN), a.lastIndexOf(NaN));
console.log(a.indexOf(0), a.indexOf(-0), a.includes(0), a.includes(-0), a.lastIndexOf(0));
console.log(a.indexOf(null), a.indexOf(undefined), a.includes(undefined), a.includes(null));
console.log(a.includes(3, 3), a.includes(3, 2), a.includes(1, -6), a.includes(1, -5), a.includes(1, 100));
console.log(a.lastIndexOf(1, 3), a.lastIndexOf(1, -7), a.lastIndexOf(2, -100));
console.log(a.indexOf(), a.includes(), [].includes(), [].indexOf(undefined));
// objects compare by identity
const o = { k: 1 };
const objs = [{ k: 1 }, o, [o]];
console.log(objs.indexOf(o), objs.indexOf({ k: 1 }), objs.includes(o), objs[2].indexOf(o));
// holes: indexOf skips them, includes treats them as undefined
const h = [, 1, , 2];
console.log(h.indexOf(undefined), h.includes(undefined), h.lastIndexOf(undefined));
// no type coercion
console.log([1, 2, 3].indexOf("1"), ["1"].includes(1), [true].indexOf(1), [0].includes(false));
// string search in arrays of strings
const words = ["apple", "banana", "cherry", "banana"];
console.log(words.indexOf("banana"), words.lastIndexOf("banana"), words.includes("Cherry"), words.indexOf("ban"));
// fractional and string fromIndex
console.log(words.indexOf("banana", 1.9), words.indexOf("banana", "2"), words.includes("apple", -4.5));
// array-likes
const like = { length: 3, 0: "a", 1: NaN, 2: "c" };
console.log(Array.prototype.indexOf.call(like, "c"), Array.prototype.includes.call(like, NaN), Array.prototype.indexOf.call(like, NaN));
// large array search
const big = [];
for (let i = 0; i < 10000; i++) big.push(i * 3);
console.log(big.indexOf(2997), big.indexOf(2998), big.includes(29997), big.lastIndexOf(0));
// string methods with the same names for contrast
console.log("hello".indexOf("l"), "hello".lastIndexOf("l"), "hello".includes("ell"));
