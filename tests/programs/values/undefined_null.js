// undefined and null in arithmetic, comparison and string contexts.
let u;
var n = null;
console.log(u, n);
console.log(u + 1, n + 1);
console.log(u * 2, n * 2);
console.log(u == n, u === n);
console.log(u == 0, n == 0, n >= 0, n <= 0, n > 0);
console.log(u >= 0, u <= 0);
console.log(u + "", n + "");
console.log(typeof u, typeof n);
console.log(void "anything");
function noReturn() {}
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn());
console.log(u ?? "default", n ?? "default", 0 ?? "default");
