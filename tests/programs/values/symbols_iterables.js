// Symbols (descriptions, registry, conversions) and user-defined iterables through Symbol.iterator in for-of, spread, destructuring, Array.from, Set.
const s1 = Symbol("tag"), s2 = Symbol("tag"), s3 = Symbol();
console.log(typeof s1, s1 === s2, s1.toString(), s1.description, s3.description, String(s1));
const o = { [s1]: 1, plain: 2 };
console.log(o[s1], Object.keys(o), Object.getOwnPropertySymbols(o).length, o);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s1));
try { "" + s1; } catch (e) { console.log(e.constructor.name, e.message); }
try { s1 + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Symbol.iterator, Symbol.iterator.toString());
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }) };
  }
}
for (const x of new Range(1, 3)) console.log("range", x);
console.log([...new Range(5, 7)], Array.from(new Range(0, 2)), Math.max(...new Range(1, 9)));
const [a, b] = new Range(10, 20);
console.log(a, b, new Set(new Range(1, 3)).size);
const arr2 = [1, 2];
const itA = arr2[Symbol.iterator]();
console.log(itA.next(), [...itA], typeof new Map()[Symbol.iterator], [...new Map([[1, 2]])[Symbol.iterator]()]);
const it3 = new Set([4, 5]).values();
console.log(it3[Symbol.iterator]() === it3);
const gen = { from: 1, [Symbol.iterator]() { return { i: this.from, next() { return this.i < 4 ? { value: this.i++, done: false } : { done: true }; } }; } };
const out = [];
for (const v of gen) { out.push(v); if (v === 2) break; }
console.log(out, [...gen]);
