console.log("abc".replace(/x*/g, "-"));
console.log("abc".replace(/$/g, "!"), "abc".replace(/^/g, "!"));
console.log("aaa".replace(/a*/g, "X"));
console.log("aaa".replace(/a*?/g, "X"));
console.log("abc".replace(/\b/g, "|"));
