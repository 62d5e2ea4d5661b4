// indexOf, lastIndexOf, includes, startsWith, endsWith.
const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"), s.indexOf(""));
console.log(s.lastIndexOf("the"), s.lastIndexOf("the", 30), s.lastIndexOf("o"), s.lastIndexOf(""));
console.log(s.includes("fox"), s.includes("Fox"), s.includes(""), s.includes("dog", 41));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.startsWith("quick"));
console.log(s.endsWith("dog"), s.endsWith("lazy", 39), s.endsWith(""));
console.log("aaa".indexOf("a", -5), "aaa".indexOf("a", 10), "aaa".lastIndexOf("a", -5));
console.log("abc".indexOf("", 10), "abc".lastIndexOf("c", 100));
console.log("null undefined".indexOf(null), "null undefined".indexOf(undefined));
console.log("a1b2".indexOf(2), "true".includes(true));
