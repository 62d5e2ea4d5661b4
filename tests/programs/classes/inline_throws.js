// Exceptions and stack traces through method calls the compiler inlines:
// the inlined method still appears as its own frame, with its own line and
// column, and the caller at the call site; a throwing callee reaches the
// caller's catch; a getter called from inlined code sees its frames.
function frames(e) {
  const out = [];
  for (const l of e.stack.split("\n").slice(1)) {
    const t = l.trim();
    const name = t.indexOf(" (") >= 0 ? t.slice(3, t.indexOf(" (")) : "<top>";
    const pos = t.replace(")", "").split(":");
    out.push(name + "@" + pos[pos.length - 2] + ":" + pos[pos.length - 1]);
    if (name === "Object.<anonymous>") break;
  }
  return out.join(" < ");
}
class Box {
  constructor(v) { this.v = v; }
  check() { if (this.v < 0) throw new RangeError("negative " + this.v); return this.v; }
  twice() { return this.check() * 2; }
  trace() { return frames(new Error("here")); }
  deep() { return this.trace(); }
  get bad() { throw new TypeError("bad getter"); }
  viaGetter() { return this.bad; }
  nullish(o) { return o.missing.deeper; }
}
const b = new Box(3);
let sum = 0;
for (let i = 0; i < 5; i++) {
  try {
    b.v = 2 - i;
    sum += b.twice();
  } catch (e) {
    console.log(e.name, e.message, frames(e));
  }
}
console.log(sum);
console.log(b.trace());
console.log(b.deep());
try {
  b.viaGetter();
} catch (e) {
  console.log(e.message, frames(e));
}
try {
  b.nullish({});
} catch (e) {
  console.log(e.message, frames(e));
}
function outer() {
  const r = b.deep();
  return r;
}
console.log(outer());
