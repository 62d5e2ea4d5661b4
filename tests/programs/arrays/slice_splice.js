// slice and splice with positive, negative, missing and out-of-range arguments.
const a = ["a", "b", "c", "d", "e"];
console.log(a.slice().join(""), a.slice(2).join(""), a.slice(1, 3).join(""), a.slice(-2).join(""));
console.log(a.slice(-3, -1).join(""), a.slice(3, 1).length, a.slice(10).length, a.slice(-10).join(""));
console.log(a.slice(1.7, 3.2).join(""), a.slice("1", "4").join(""), a.slice(undefined, 2).join(""), a.slice(NaN).join(""));
console.log(a.slice() !== a, a.join(""));
function sp(arr, args) {
  const copy = arr.slice();
  let removed;
  if (args.length === 0) removed = copy.splice();
  else if (args.length === 1) removed = copy.splice(args[0]);
  else if (args.length === 2) removed = copy.splice(args[0], args[1]);
  else if (args.length === 3) removed = copy.splice(args[0], args[1], args[2]);
  else removed = copy.splice(args[0], args[1], args[2], args[3]);
  console.log("splice(" + args.join(", ") + ") removed [" + removed.join(",") + "] left [" + copy.join(",") + "]");
}
sp(a, []);
sp(a, [2]);
sp(a, [-2]);
sp(a, [1, 2]);
sp(a, [1, 0, "X"]);
sp(a, [1, 2, "X", "Y"]);
sp(a, [-1, 1, "Z"]);
sp(a, [10, 1, "end"]);
sp(a, [-10, 2]);
sp(a, [2, -1, "neg"]);
sp(a, [0, 100]);
sp(a, [1, undefined]);
sp(a, [5, 0, "tail"]);
// splice modifying in place in a loop (remove evens)
const nums = [];
for (let i = 0; i < 20; i++) nums.push(i);
for (let i = nums.length - 1; i >= 0; i--) if (nums[i] % 2 === 0) nums.splice(i, 1);
console.log(nums.join(","));
// insert in the middle repeatedly
const ins = [0, 100];
for (let i = 1; i <= 5; i++) ins.splice(i, 0, i);
console.log(ins.join(","));
// splice with holes
const h = [1, , 3, , 5];
const rem = h.splice(1, 2);
console.log(rem.length, 0 in rem, rem[1], h.length, 1 in h, h.join(","));
// slice on array-likes
const like = { length: 3, 0: "x", 1: "y", 2: "z" };
console.log(Array.prototype.slice.call(like, 1).join(""), Array.isArray(Array.prototype.slice.call(like)));
function args() { return Array.prototype.slice.call(arguments); }
console.log(args(1, 2, 3).join("+"), Array.isArray(args()));
// string slice vs array slice
console.log("hello".slice(1, -1), ["h", "e", "l", "l", "o"].slice(1, -1).join(""));
