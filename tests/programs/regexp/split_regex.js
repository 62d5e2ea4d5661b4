console.log("a, b,c ,d".split(/\s*,\s*/));
console.log("a1b22c333".split(/\d+/));
console.log("a1b2c3".split(/\d/, 2));
console.log("abc".split(/(?:)/), "".split(/,/), "".split(/(?:)/));
console.log("one  two".split(/(\s)/));
console.log("a-b_c".split(/(-)|(_)/));
console.log("test".split(/(?=s)/), "ab".split(/$/));
