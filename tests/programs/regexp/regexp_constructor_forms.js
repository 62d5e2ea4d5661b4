const re = /ab+c/gi;
console.log(RegExp(re) === re);
console.log(new RegExp(re) === re, String(new RegExp(re)));
console.log(String(new RegExp(re, "y")), String(RegExp(re, "m")));
console.log(String(RegExp("a|b")), String(new RegExp("x", undefined)));
console.log(String(new RegExp(undefined)), String(new RegExp(null)), String(new RegExp(12, "g")));
console.log(new RegExp(re).lastIndex, RegExp.length, RegExp.name);
console.log(Object.prototype.toString.call(re), re instanceof RegExp, typeof re);
