// typeof on every kind of value kiln supports.
function f() {}
const arrow = () => 1;
console.log(typeof undefined);
console.log(typeof null);
console.log(typeof true);
console.log(typeof 0);
console.log(typeof NaN);
console.log(typeof "");
console.log(typeof "x");
console.log(typeof f);
console.log(typeof arrow);
console.log(typeof function () {});
console.log(typeof typeof 1);
console.log(typeof notDeclaredAnywhere);
console.log(typeof (1 + "2"));
console.log(typeof (1 - "2"));
console.log(typeof void 0);
console.log(typeof new Error("e"));
console.log(typeof Math.PI);
console.log(typeof String(5));
