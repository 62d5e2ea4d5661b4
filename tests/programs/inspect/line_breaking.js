// Entries that do not fit in 72 characters on one line are printed one per line (or grouped).
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7 });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8 });
console.log({ a: "a fairly long string value", b: "another fairly long string value" });
console.log({ a: "a fairly long string value", b: "another fairly long string value!!" });
console.log({ first: "x".repeat(30), second: "y".repeat(30) });
console.log({ first: "x".repeat(40), second: "y".repeat(40) });
console.log({ onlyOne: "z".repeat(100) });
console.log(["a".repeat(20), "b".repeat(20), "c".repeat(20)]);
console.log(["a".repeat(30), "b".repeat(30), "c".repeat(30)]);
console.log({ outer: { innerA: "value number one", innerB: "value number two", innerC: 3 } });
console.log({ outer: { innerA: "value number one!", innerB: "value number two!", innerC: 33 } });
console.log({ list: ["apple", "banana", "cherry", "dragonfruit", "elderberry", "fig", "grape"] });
console.log([{ name: "Alice", age: 30 }, { name: "Bob", age: 25 }, { name: "Carol", age: 35 }]);
console.log([{ name: "Alice", age: 30, city: "Paris" }, { name: "Bob", age: 25, city: "Rome" }]);
const nested = {
  user: { id: 1, name: "Ada Lovelace", email: "ada@example.com" },
  roles: ["admin", "editor"],
  active: true,
};
console.log(nested);
const deep = { level1: { level2: { a: "some text here", b: "more text here", c: "even more text" } } };
console.log(deep);
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12 });
console.log({ a: [1, 2, 3], b: [4, 5, 6], c: { d: [7, 8, 9] }, e: "string", f: null, g: true });
console.log([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], name: "identity-ish matrix" });
console.log("prefix", { alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8 });
console.log({ fn: function someLongFunctionName() {}, other: function anotherLongFunctionName() {} });
console.log([true, false, true, false, true, false, true, false, true, false, true, false]);
console.log({ s: "short" }, { t: "x".repeat(80) });
