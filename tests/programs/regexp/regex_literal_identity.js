function make() { return /a/g; }
const a = make(), b = make();
console.log(a === b, a.source === b.source);
a.lastIndex = 2;
console.log(b.lastIndex);
const arr = [];
for (let i = 0; i < 3; i++) arr.push(/x/);
console.log(arr[0] === arr[1]);
console.log(/a/ instanceof RegExp, Object.getPrototypeOf(/a/) === RegExp.prototype);
