// Exceptions thrown inside array callbacks propagate out and leave partial effects visible.
const a = [1, 2, 3, 4, 5];
const seen = [];
try {
  a.map(x => { seen.push(x); if (x === 3) throw new Error("map failed at " + x); return x; });
} catch (e) {
  console.log("caught:", e.message, "seen:", seen.join(","));
}
try {
  a.forEach(x => { if (x > 1) throw "plain string " + x; });
} catch (e) {
  console.log("caught:", typeof e, e);
}
try {
  a.filter(x => x.missing.property);
} catch (e) {
  console.log("caught:", e.constructor.name, e.message);
}
try {
  a.reduce((acc, x) => { if (x === 4) throw new RangeError("acc=" + acc); return acc + x; });
} catch (e) {
  console.log("caught:", e.name, e.message);
}
// throwing comparator: the array may be partially sorted but keeps all elements
const s = [5, 3, 9, 1, 7];
let calls = 0;
try {
  s.sort((x, y) => { if (++calls === 3) throw new TypeError("comparator gave up"); return x - y; });
} catch (e) {
  console.log("caught:", e.constructor.name, e.message);
}
console.log(s.length, s.slice().sort((x, y) => x - y).join(","));
// error from a toString during default sort
const bad = [1, { toString() { throw new Error("no string for you"); } }, 2];
try { bad.sort(); } catch (e) { console.log("caught:", e.message); }
// error from join
try { [1, { toString() { throw new Error("join failed"); } }].join(); } catch (e) { console.log("caught:", e.message); }
// finally runs; nested callbacks
function process(list) {
  const out = [];
  try {
    list.forEach(row => {
      row.forEach(cell => {
        if (cell < 0) throw new Error("negative cell " + cell);
        out.push(cell);
      });
    });
    return "ok " + out.join("");
  } catch (e) {
    return "error: " + e.message + " after " + out.join("");
  } finally {
    console.log("finally for", list.length, "rows");
  }
}
console.log(process([[1, 2], [3]]));
console.log(process([[1, 2], [3, -4, 5], [6]]));
// errors thrown by some/every/find stop iteration
let count = 0;
try {
  [1, 2, 3].some(x => { count++; if (x === 2) throw new Error("stop"); return false; });
} catch (e) {
  console.log(e.message, count);
}
// rethrow with extra info
function safeMap(arr, f) {
  try {
    return arr.map(f);
  } catch (e) {
    throw new Error("safeMap: " + e.message);
  }
}
try { safeMap([1, null], x => x.toFixed(1)); } catch (e) { console.log(e.message); }
console.log(safeMap([1, 2], x => x.toFixed(1)).join(" "));
// calling a non-function element
const fns = [() => "ok", 42];
try { fns[1](); } catch (e) { console.log(e.constructor.name, e.message); }
try { fns.map(f => f()); } catch (e) { console.log(e.constructor.name, e.message); }
