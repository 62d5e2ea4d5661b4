// Nesting beyond depth 2 prints [Object] / [Array]; depth counts containers of any kind.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log([[[[1]]]]);
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log([[[{ x: 1 }]]]);
console.log({ l1: { l2: { l3: { l4: { l5: 5 } } }, sibling: 1 }, top: true });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ arr: [{ obj: [{ deep: 1 }] }] });
console.log({ a: { b: { c: function named() {} } } });
console.log({ a: { b: { c: null, d: "str", e: 5 } } });
console.log({ a: { b: { c: { d: 1 }, e: [1, 2] } } });
const level3 = { x: { y: { z: { w: 1 } } } };
console.log([level3]);
console.log({ wrap: level3 });
console.log(level3.x);
console.log(level3.x.y);
// mixed containers at the cut-off
console.log({ list: [[1, [2]], { k: { v: 1 } }] });
// class instance at depth limit
class Node2 { constructor(next) { this.next = next; } }
console.log(new Node2(new Node2(new Node2(new Node2(null)))));
// null prototype at depth limit
const np = Object.create(null);
np.k = 1;
console.log({ a: { b: { c: np } } });
