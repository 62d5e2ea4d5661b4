// push, pop, shift, unshift: return values, multiple arguments, empty arrays, holes.
const a = [];
console.log(a.push(1), a.push(2, 3), a.push(), a.join(","));
console.log(a.pop(), a.pop(), a.length, a.join(","));
console.log(a.pop(), a.pop(), a.length);
console.log(a.unshift(3), a.unshift(1, 2), a.unshift(), a.join(","));
console.log(a.shift(), a.shift(), a.length, a.join(","));
console.log(a.shift(), a.shift(), a.length);
// a queue with shift/push
const q = [];
for (let i = 0; i < 10; i++) q.push(i);
let out = "";
while (q.length) {
  const x = q.shift();
  out += x;
  if (x > 0 && x % 3 === 0 && x < 9) q.push(x * 10);
}
console.log(out);
// a stack with push/pop
const stack = [];
const ops = "ab(cd(e)f)gh";
for (let i = 0; i < ops.length; i++) {
  if (ops[i] === "(") stack.push(i);
  else if (ops[i] === ")") console.log("pair", stack.pop(), i);
}
console.log(stack.length);
// unshift preserves order of arguments
const u = ["c"];
u.unshift("a", "b");
console.log(u.join(""));
// push returns new length even with holes
const h = [1, , 3];
console.log(h.push(4), h.join(","));
console.log(h.shift(), h.join(","), 0 in h, h.length);
// push on array-likes via call
const like = { length: 2, 0: "x", 1: "y" };
Array.prototype.push.call(like, "z");
console.log(like.length, like[2]);
const obj = {};
Array.prototype.push.call(obj, "first");
console.log(obj.length, obj[0]);
console.log(Array.prototype.pop.call({ length: 0 }), Array.prototype.pop.call({ length: 3, 2: "last" }));
// large push/pop cycles
const big = [];
for (let i = 0; i < 100000; i++) big.push(i);
let s = 0;
while (big.length > 50000) s += big.pop();
console.log(big.length, s);
for (let i = 0; i < 1000; i++) big.unshift(-i);
console.log(big.length, big[0], big[999], big[1000]);
for (let i = 0; i < 500; i++) big.shift();
console.log(big.length, big[0]);
// push of objects and arrays
const nested = [];
nested.push([1, 2], { k: "v" });
nested.push(nested.length);
console.log(nested.length, nested[0][1], nested[1].k, nested[2]);
// methods return undefined on empty
console.log([].pop(), [].shift(), [].unshift(), [].push());
