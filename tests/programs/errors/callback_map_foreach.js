// Exceptions thrown from callbacks of map/forEach/filter propagate out of the builtin.
const visited = [];
try {
  [1, 2, 3, 4].forEach(function (x) {
    visited.push(x);
    if (x === 3) throw new Error("forEach stopped at " + x);
  });
} catch (e) {
  console.log(e.message, "visited", visited.join(","));
}
let partial = "unset";
try {
  partial = [10, 20, 30].map(function (x, i) {
    if (i === 2) throw new RangeError("map index " + i);
    return x / 10;
  });
} catch (e) {
  console.log(e.name, e.message, "partial still", partial);
}
// filter with a callback that faults
try {
  [{ v: 1 }, null, { v: 3 }].filter(function (o) { return o.v > 0; });
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// the array is left in whatever state the callback produced
const arr = [1, 2, 3, 4, 5];
try {
  arr.forEach(function (x, i, a) {
    a[i] = x * 100;
    if (x === 3) throw "halt";
  });
} catch (s) {
  console.log(s, arr.join(","));
}
// some/every/find/findIndex stop on throw
const calls = [];
function check(name) {
  return function (x) {
    calls.push(name + x);
    if (x === 2) throw name + " threw";
    return false;
  };
}
const names = ["some", "every", "find", "findIndex"];
for (let i = 0; i < names.length; i++) {
  try {
    if (names[i] === "every") [1, 2, 3].every(function (x) { calls.push("every" + x); if (x === 2) throw "every threw"; return true; });
    else [1, 2, 3][names[i]](check(names[i]));
  } catch (m) {
    console.log("caught:", m);
  }
}
console.log(calls.join(" "));
// nested map inside map, the inner throws, the outer catches per element
const result = [[1, 2], [3, "x"], [5, 6]].map(function (row) {
  try {
    return row.map(function (v) {
      if (typeof v !== "number") throw new TypeError("not a number: " + v);
      return v * v;
    }).join("+");
  } catch (e) {
    return "<" + e.message + ">";
  }
});
console.log(result.join(" | "));
// arrow callbacks and the error's identity
const marker = new Error("marker");
try {
  [1].map(() => { throw marker; });
} catch (e) {
  console.log("same object:", e === marker);
}
// callback that is not a function
try { [1, 2].map(undefined); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { [1, 2].forEach("nope"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { [1, 2].filter({}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
