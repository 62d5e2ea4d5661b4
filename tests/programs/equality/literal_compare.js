// Comparisons with null, undefined and boolean literals compile to bit
// compares: every kind of value on the other side, both orders, both
// strictnesses.
const vals = [null, undefined, 0, -0, NaN, "", "null", "undefined", false, true, {}, [], 1, Symbol("s")];
for (const a of vals) {
  const r = [
    a === null, a !== null, null === a, a === undefined, a !== undefined,
    a == null, null == a, a != null, a == undefined, undefined != a,
    a === true, false === a, a !== false, a == void 0, a === void 0,
  ];
  console.log(typeof a, r.map((b) => (b ? 1 : 0)).join(""));
}
// In conditions (branch destinations) and through a property.
const node = { left: null, right: { left: undefined } };
let n = 0;
if (node.left === null) n += 1;
if (node.right.left === null) n += 10;
if (node.right.left == null) n += 100;
if (node.right !== null && node.right != undefined) n += 1000;
console.log(n);
