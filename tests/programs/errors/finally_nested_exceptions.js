// Exceptions travelling through nested finally blocks inside loops.
function run(limit) {
  const log = [];
  try {
    for (let i = 0; i < 5; i++) {
      try {
        try {
          if (i === limit) throw new Error("stop at " + i);
          log.push("ok" + i);
        } finally {
          log.push("f1");
        }
      } finally {
        log.push("f2");
      }
    }
    log.push("loop done");
  } catch (e) {
    log.push("caught:" + e.message);
  } finally {
    log.push("end");
  }
  return log.join(" ");
}
console.log(run(2));
console.log(run(9));
// rethrow from catch still runs finally, in order
function rethrow() {
  const log = [];
  try {
    try {
      throw new TypeError("t1");
    } catch (e) {
      log.push("inner catch " + e.message);
      throw new RangeError("r2");
    } finally {
      log.push("inner finally");
    }
  } catch (e) {
    log.push("outer catch " + e.name + " " + e.message);
  }
  return log.join("; ");
}
console.log(rethrow());
// exception inside finally replaces the one in flight
function replace() {
  try {
    try {
      throw new Error("original");
    } finally {
      null.boom;
    }
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(replace());
// try inside catch inside finally
function deep() {
  const out = [];
  try {
    throw 1;
  } catch (a) {
    out.push("c" + a);
  } finally {
    try {
      throw 2;
    } catch (b) {
      out.push("c" + b);
      try { throw 3; } finally { out.push("f3"); }
    } finally {
      out.push("f2");
    }
  }
  out.push("unreachable?");
  return out.join(",");
}
try { console.log(deep()); } catch (x) { console.log("deep threw", x); }
// counting how many finally blocks ran during unwinding through recursion
let unwound = 0;
function recurse(n) {
  try {
    if (n === 0) throw new Error("bottom");
    return recurse(n - 1);
  } finally {
    unwound++;
  }
}
try { recurse(25); } catch (e) { console.log(e.message, "unwound", unwound); }
// finally in a loop body where every iteration throws and is caught outside the try
let caughtCount = 0, finallyCount = 0;
for (let i = 0; i < 6; i++) {
  try {
    try { throw i; } finally { finallyCount++; }
  } catch (v) {
    caughtCount += v;
  }
}
console.log("caught sum", caughtCount, "finally", finallyCount);
// print the unwinding order line by line
function layer(name, next) {
  console.log("enter", name);
  try {
    try {
      next();
    } finally {
      console.log("  inner finally", name);
    }
  } finally {
    console.log("  outer finally", name);
  }
}
try {
  layer("A", function () { layer("B", function () { throw new TypeError("from the middle"); }); });
} catch (e) {
  console.log("caught at top:", e.name, e.message);
}
