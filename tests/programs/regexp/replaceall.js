console.log("a.b.c".replaceAll(".", "/"));
console.log("aaa".replaceAll("a", "$&$&"));
console.log("aaa".replaceAll("", "_"));
console.log("x1y2".replaceAll(/\d/g, n => `<${n}>`));
try { "x".replaceAll(/x/, "y"); } catch (e) { console.log(e.name, e.message); }
console.log("abab".replaceAll("ab", (m, i) => i));
