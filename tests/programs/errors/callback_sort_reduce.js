// Exceptions from sort comparators and reduce callbacks.
const data = [5, 3, 8, 1, 9, 2];
let comparisons = 0;
try {
  data.slice().sort(function (a, b) {
    comparisons++;
    if (comparisons === 3) throw new Error("comparator failed");
    return a - b;
  });
} catch (e) {
  console.log(e.message, "after", comparisons, "comparisons");
}
// comparator that faults on a missing property
const people = [{ name: "b", age: 2 }, { name: "a" }, null];
try {
  people.sort(function (x, y) { return x.age - y.age; });
  console.log("sorted without fault");
} catch (e) {
  console.log("sort fault:", e.constructor.name);
}
// comparator throwing a non-Error value
try {
  ["c", "a", "b"].sort(function () { throw 404; });
} catch (code) {
  console.log("thrown code", code, typeof code);
}
// invalid comparator argument
try { [2, 1].sort("not a function"); } catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// reduce throwing midway
let steps = [];
try {
  [1, 2, 3, 4, 5].reduce(function (acc, x) {
    steps.push(acc);
    if (acc > 5) throw new RangeError("accumulator too big: " + acc);
    return acc + x;
  }, 0);
} catch (e) {
  console.log(e.name, e.message, "steps", steps.join(","));
}
// reduceRight with a throw
try {
  ["a", "b", "c"].reduceRight(function (acc, s) {
    if (s === "a") throw new Error("reached " + s + " with " + acc);
    return acc + s;
  });
} catch (e) {
  console.log(e.message);
}
// reduce of an empty array without initial value
try { [].reduce(function (a, b) { return a + b; }); } catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try { [].reduceRight(function (a, b) { return a + b; }); } catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// but with an initial value it is fine, and a one-element array needs no callback call
console.log([].reduce(function () { throw "never"; }, "init"));
console.log([7].reduce(function () { throw "never"; }));
// safe reducer that catches per element
const parsed = ["1", "2", "x", "4"].reduce(function (acc, s) {
  try {
    const n = Number(s);
    if (isNaN(n)) throw new SyntaxError("cannot parse " + s);
    acc.sum += n;
  } catch (e) {
    acc.errors.push(e.name + "(" + e.message + ")");
  }
  return acc;
}, { sum: 0, errors: [] });
console.log(parsed.sum, parsed.errors.join(";"));
