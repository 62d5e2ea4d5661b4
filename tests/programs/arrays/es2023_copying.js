// ES2023 copying array methods: toSorted, toReversed, with, toSpliced.
const a = [3, 1, , 2];
console.log(a.toSorted(), a.toSorted((x, y) => y - x), a, a.toReversed(), a.with(1, 9), a.with(-1, 0));
console.log([1, 2, 3, 4].toSpliced(1, 2, "x", "y", "z"), [1, 2, 3].toSpliced(1), [1, 2].toSpliced(), ["b", "a"].toSorted());
try { [1].with(5, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].toSorted(5); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([5, 1, 10].toSorted(), Array.prototype.toSorted.call({ length: 2, 0: "b", 1: "a" }));
