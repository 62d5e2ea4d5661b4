// slice, substring and substr with every kind of index.
const s = "JavaScript";
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2));
console.log(s.substring(4), s.substring(0, 4), s.substring(4, 0), s.substring(-3), s.substring(5, 100));
console.log(s.substr(4), s.substr(0, 4), s.substr(-6, 3), s.substr(2, -1) === "", s.substr(20));
console.log(s.slice(), s.slice(NaN), s.slice(2.7, 5.2), s.substring(NaN, 3));
console.log(s.slice(0, undefined), s.substring(undefined, 4), s.substr(undefined, 2));
console.log("😀x".slice(0, 1).length, "😀x".slice(1).charCodeAt(0));
console.log(s.slice(-100, 100), s.substring(Infinity), s.slice(-Infinity, 2));
