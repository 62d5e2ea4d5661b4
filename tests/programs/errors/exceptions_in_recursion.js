// Catching at different depths of recursion.
function walk(node, depth, log) {
  try {
    if (node === null) throw new ReferenceError("null child at depth " + depth);
    if (node.bad) throw new Error("bad node " + node.v);
    log.push(node.v);
    if (node.kids) {
      for (let i = 0; i < node.kids.length; i++) {
        walk(node.kids[i], depth + 1, log);
      }
    }
  } catch (e) {
    if (e instanceof ReferenceError && depth > 1) {
      log.push("(skip@" + depth + ")");
      return log;
    }
    throw e;
  }
  return log;
}
const tree1 = { v: 1, kids: [{ v: 2, kids: [null, { v: 3 }] }, { v: 4 }] };
console.log(walk(tree1, 0, []).join(" "));
const tree2 = { v: 1, kids: [null, { v: 2 }] };
try { walk(tree2, 0, []); } catch (e) { console.log("tree2:", e.name, e.message); }
const tree3 = { v: 1, kids: [{ v: 2, kids: [{ v: 3, bad: true }] }] };
const partial = [];
try { walk(tree3, 0, partial); } catch (e) { console.log("tree3:", e.message, "visited", partial.join(",")); }
// each level adds context while unwinding
function descend(n) {
  try {
    if (n === 0) throw new Error("bottom");
    descend(n - 1);
  } catch (e) {
    e.message = e.message + "<" + n;
    throw e;
  }
}
try { descend(4); } catch (e) { console.log(e.message); }
// recursion that recovers: replace failing subresults
function safeSum(list) {
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    try {
      if (Array.isArray(list[i])) total += safeSum(list[i]);
      else if (typeof list[i] !== "number") throw new TypeError("not a number: " + list[i]);
      else total += list[i];
    } catch (e) {
      console.log("  ignoring", e.message);
    }
  }
  return total;
}
console.log("sum", safeSum([1, [2, "x", [3, null]], 4, [[["deep"]], 5]]));
// fibonacci with an exception used as an early exit
function findFirst(n, pred) {
  function fib(k) { return k < 2 ? k : fib(k - 1) + fib(k - 2); }
  try {
    for (let k = 0; k < n; k++) {
      const f = fib(k);
      if (pred(f)) throw { found: f, index: k };
    }
  } catch (hit) {
    if (hit instanceof Error) throw hit;
    return "fib(" + hit.index + ") = " + hit.found;
  }
  return "none";
}
console.log(findFirst(30, function (f) { return f > 1000; }));
console.log(findFirst(10, function (f) { return f > 1000; }));
// unwinding through recursion counts frames
let frames = 0;
function count(n) { frames++; if (n === 0) throw new Error("counted"); return count(n - 1) + 1; }
try { count(50); } catch (e) { console.log(e.message, frames); }
