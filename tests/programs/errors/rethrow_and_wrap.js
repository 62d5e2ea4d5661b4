// Rethrowing selectively, wrapping with causes, and translating errors between layers.
class NotFound extends Error { constructor(k) { super("no key " + k); this.name = "NotFound"; this.key = k; } }
class StorageError extends Error { constructor(m, opts) { super(m, opts); this.name = "StorageError"; } }
const store = { a: 1, b: 2, corrupt: null };
function lowGet(k) {
  if (!(k in store)) throw new NotFound(k);
  if (store[k] === null) return store[k].value;   // runtime fault
  return store[k];
}
function get(k) {
  try {
    return lowGet(k);
  } catch (e) {
    if (e instanceof NotFound) throw e;                 // pass through unchanged
    throw new StorageError("read of " + k + " failed", { cause: e });
  }
}
function getOr(k, dflt) {
  try {
    return get(k);
  } catch (e) {
    if (e instanceof NotFound) return dflt;
    throw e;
  }
}
const keys = ["a", "zz", "corrupt", "b"];
for (let i = 0; i < keys.length; i++) {
  try {
    console.log(keys[i], "=", getOr(keys[i], "default"));
  } catch (e) {
    console.log(keys[i], "failed:", e.name, e.message, "| cause:", e.cause.constructor.name, e.cause.message);
  }
}
// rethrowing keeps identity
const original = new Error("identity");
try {
  try { throw original; } catch (e) { throw e; }
} catch (e) {
  console.log("same:", e === original);
}
// rethrow after partial handling, with a counter
let handled = 0;
function attempt(v) {
  try {
    if (v % 3 === 0) throw new RangeError("multiple of three: " + v);
    if (v % 5 === 0) throw new TypeError("multiple of five: " + v);
    return v;
  } catch (e) {
    handled++;
    if (e instanceof RangeError) return -v;
    throw e;
  }
}
const out = [];
for (let v = 1; v <= 10; v++) {
  try { out.push(attempt(v)); } catch (e) { out.push(e.name); }
}
console.log(out.join(" "), "handled", handled);
// translating with a switch on name
function translate(e) {
  switch (e.name) {
    case "TypeError": return "type problem";
    case "RangeError": return "range problem";
    case "NotFound": return "missing";
    default: return "unknown (" + e.name + ")";
  }
}
const samples = [new TypeError("a"), new RangeError("b"), new NotFound("c"), new SyntaxError("d")];
console.log(samples.map(translate).join(", "));
// a wrapper that adds context at each level
function withContext(label, fn) {
  try {
    return fn();
  } catch (e) {
    e.message = label + ": " + e.message;
    throw e;
  }
}
try {
  withContext("outer", function () {
    return withContext("middle", function () {
      return withContext("inner", function () { throw new Error("root problem"); });
    });
  });
} catch (e) {
  console.log(e.message);
}
// a per-item report showing which layer produced each error
const probes = ["a", "missing", "corrupt"];
probes.forEach(function (k) {
  try {
    get(k);
    console.log("probe", k, "fine");
  } catch (e) {
    console.log("probe", k, "->", e.constructor.name, e instanceof NotFound ? "(low level, passed through)" : "(wrapped)");
  }
});
