const fake = { source: "zz", flags: "g", [Symbol.match]: true, constructor: RegExp };
console.log(RegExp(fake) === fake);
console.log(String(new RegExp(fake)));
const plain = { toString() { return "p+"; } };
console.log(String(new RegExp(plain)), new RegExp(plain).test("ppp"));
const re = /x/g;
re[Symbol.match] = false;
console.log("/x/g".startsWith(re), "a/x/g".includes(re));
