// More edge cases of statement and loop regions (codegen/region.rs): what
// a region checks changes between runs, or was never true. (Class bodies
// are strict: stores that fail throw.)
class V {
  constructor(x, y) { this.x = x; this.y = y; }
  addTo(o) { this.x += o.x; this.y += o.y; }
  scaleBy(k) { this.x *= k; this.y *= k; }
}
function run(a, b, n) {
  try {
    for (let i = 0; i < n; i++) {
      a.addTo(b);
      a.scaleBy(2);
    }
  } catch (e) {
    return e.constructor.name + ': ' + e.message + ' ' + [a.x, a.y];
  }
  return [a.x, a.y];
}
const a = new V(1, 1), b = new V(1, 2);
console.log(run(a, b, 3));
// A property made read-only: the store throws (after the loop's first
// statement ran).
Object.defineProperty(a, 'x', { writable: false });
console.log(run(a, b, 3));
// A number (primitive) argument: its properties come from Number.prototype.
Number.prototype.x = 5;
Number.prototype.y = 7;
console.log(run(new V(0, 0), 3, 2));
// A setter defined on the prototype after the fact does not affect own
// properties; a setter on a fresh object without own properties does.
let sets = 0;
Object.defineProperty(V.prototype, 'y', { set(v) { sets++; }, get() { return 100; }, configurable: true });
console.log(run(new V(1, 1), new V(1, 1), 2), sets);
const bare = Object.create(V.prototype);
bare.x = 1;
console.log(run(bare, new V(1, 1), 2), sets, Object.keys(bare));
// Deleting a property between runs.
const c = new V(2, 3);
run(c, b, 1);
delete c.y;
console.log(run(c, b, 2), Object.keys(c));
// Preventing extensions does not matter to existing properties; freezing does.
const d = new V(1, 1);
Object.preventExtensions(d);
console.log(run(d, b, 2));
Object.freeze(d);
console.log(run(d, b, 2));
