const re = /a/;
let calls = 0;
re.exec = function (s) {
  calls++;
  return { 0: "Z", length: 1, index: 1, input: s };
};
console.log(re.test("xxx"), calls);
console.log("xxx".replace(re, "!"), calls);
console.log("xxx".search(re), calls);
const bad = /a/;
bad.exec = () => 42;
try { bad.test("a"); } catch (e) { console.log(e.name); }
