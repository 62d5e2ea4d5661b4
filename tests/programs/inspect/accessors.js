// Accessor properties print as [Getter], [Setter] or [Getter/Setter]; values are not computed.
let calls = 0;
const o = {
  get g() { calls++; return 1; },
  set s(v) {},
  get gs() { calls++; return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(o);
console.log("getter calls:", calls);
console.log([o]);
console.log({ nested: o });
const d = {};
Object.defineProperty(d, "hidden", { get() { return 1; }, enumerable: false });
Object.defineProperty(d, "shown", { get() { return 1; }, enumerable: true });
Object.defineProperty(d, "setOnly", { set(v) {}, enumerable: true });
console.log(d);
class C {
  constructor() { this.x = 1; }
  get y() { return 2; }
}
console.log(new C());
const inst = new C();
Object.defineProperty(inst, "own", { get() { return 3; }, set(v) {}, enumerable: true });
console.log(inst);
const arr = [1, 2];
Object.defineProperty(arr, "0", { get() { return "g"; }, enumerable: true });
Object.defineProperty(arr, "extra", { get() { return "e"; }, enumerable: true });
console.log(arr);
const many = {};
for (let i = 0; i < 8; i++) Object.defineProperty(many, "acc" + i, { get() { return i; }, enumerable: true });
console.log(many);
function f() {}
Object.defineProperty(f, "prop", { get() { return 1; }, enumerable: true });
console.log(f);
const throwing = { get bad() { throw new Error("never called by console.log"); } };
console.log(throwing);
const np = Object.create(null, { acc: { get() { return 1; }, set(v) {}, enumerable: true } });
console.log(np);
