// GC test: objects kept alive only through private fields of class
// instances, static fields, private methods' closures, bound functions
// (target, bound this and bound arguments) and subclass instances; checked
// after lots of garbage.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function churn(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = { a: i, b: [i, i + 1], c: "g" + i };
    s += o.b[1] - o.a + o.c.length;
  }
  return s;
}
function rec(i) {
  return { i, name: "r" + i, arr: [i, "e" + i] };
}
function sumRec(r) {
  return r.i + hashStr(r.name) + r.arr[0] + hashStr(r.arr[1]);
}

class Vault {
  #secret;
  #log = [];
  static registry = [];
  static #count = 0;
  constructor(i) {
    this.#secret = rec(i);
    this.label = "vault" + i;
    Vault.#count++;
  }
  #record(x) { this.#log.push({ x, note: "n" + x }); }
  touch(x) { this.#record(x); return this; }
  sum() {
    let s = sumRec(this.#secret);
    for (const e of this.#log) s = (s + e.x + hashStr(e.note)) | 0;
    return s;
  }
  swap(i) { const old = this.#secret; this.#secret = rec(i); return old.name; }
  static count() { return Vault.#count; }
  get secretName() { return this.#secret.name; }
}
class BigVault extends Vault {
  #extra;
  constructor(i) {
    super(i);
    this.#extra = [rec(i + 50000), rec(i + 60000)];
  }
  sum() { return (super.sum() + sumRec(this.#extra[0]) + sumRec(this.#extra[1])) | 0; }
}

const vaults = [];
for (let i = 0; i < 3000; i++) {
  const v = i % 3 === 0 ? new BigVault(i) : new Vault(i);
  v.touch(i).touch(i + 1);
  if (i % 60 === 0) vaults.push(v);
  if (i % 300 === 0) Vault.registry.push(new Vault(i + 100000));
}

// Bound functions: the bound `this` and arguments are reachable only
// through the bound function objects.
function describe(prefix, suffix) {
  return prefix + ":" + this.name + ":" + this.arr[1] + ":" + suffix.name;
}
const bound = [];
for (let i = 0; i < 200; i++) {
  const f = describe.bind(rec(i), "p" + i, rec(i + 1000));
  if (i % 10 === 0) bound.push(f);
}
const bound2 = bound.map((f, i) => f.bind(null, "ignored")); // bound of bound: `this` is fixed already

function checkAll() {
  let c = 0;
  for (const v of vaults) c = (c + v.sum() + hashStr(v.secretName)) | 0;
  for (const v of Vault.registry) c = (c + v.sum()) | 0;
  for (const f of bound) c = (c + hashStr(f(rec(7)))) | 0;
  for (const f of bound2) c = (c + hashStr(f())) | 0;
  return c;
}

const checks = [];
let g = 0;
let swapped = "";
for (let round = 0; round < 8; round++) {
  g += churn(15000);
  if (round === 2) for (let k = 0; k < vaults.length; k += 7) swapped += vaults[k].swap(90000 + k) + ",";
  for (const v of vaults) v.touch(round);
  checks.push(checkAll());
}
console.log("garbage", g, "count", Vault.count());
console.log("checks", checks.join(" "));
console.log("swapped", swapped);
console.log(vaults[1].label, vaults[1].secretName, vaults[1] instanceof BigVault, vaults[2] instanceof BigVault);
console.log(bound[3]("x", rec(1)), "|", bound2[19](), "|", bound[0].name, bound2[0].name, bound[0].length, bound2[0].length);
