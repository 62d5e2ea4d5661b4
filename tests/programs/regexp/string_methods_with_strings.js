console.log("a+b".replace("+", "-"), "a.b.c".split("."));
console.log("x*y".search("\\*"), "x*y".match("\\*").index);
console.log("aaa".replace("a", "$'"), "abc".replace("b", "$`$'"));
console.log("abc".replace("", "^"), "abc".replaceAll("", "."));
