console.log("a,b,,c".split(","));
console.log("a,b,c".split(",", 0), "a,b,c".split(",", 1), "a,b,c".split(",", -1));
console.log("abc".split(""), "abc".split(), "abc".split(undefined, 1));
console.log("a,b,c".split(/,/, 2.9), "a,b".split(/(,)/, 2));
console.log("😀x".split(""), "😀x".split(/(?:)/u));
