// Acquire/release discipline with finally, nested resources, and failures at each stage.
const events = [];
let nextHandle = 1;
const openHandles = {};
function acquire(name, failOpen) {
  if (failOpen) { events.push("open " + name + " FAILED"); throw new Error("cannot open " + name); }
  const h = { id: nextHandle++, name: name };
  openHandles[h.id] = name;
  events.push("open " + name + "#" + h.id);
  return h;
}
function release(h) {
  delete openHandles[h.id];
  events.push("close " + h.name + "#" + h.id);
}
function using(name, failOpen, body) {
  const h = acquire(name, failOpen);
  try {
    return body(h);
  } finally {
    release(h);
  }
}
function scenario(label, failOuterOpen, failInnerOpen, failWork) {
  events.length = 0;
  let outcome;
  try {
    outcome = using("db", failOuterOpen, function (db) {
      return using("file", failInnerOpen, function (file) {
        events.push("work with " + db.name + " and " + file.name);
        if (failWork) throw new TypeError("work failed");
        return "result";
      });
    });
  } catch (e) {
    outcome = e.name + ": " + e.message;
  }
  console.log(label + ":", outcome);
  console.log("  " + events.join(" | "));
  console.log("  still open:", Object.keys(openHandles).length);
}
scenario("all good", false, false, false);
scenario("work fails", false, false, true);
scenario("inner open fails", false, true, false);
scenario("outer open fails", true, false, false);
// releasing many resources even if one release throws
function releaseAll(list) {
  const errors = [];
  for (let i = 0; i < list.length; i++) {
    try {
      if (list[i].bad) throw new Error("release of " + list[i].name + " failed");
      events.push("released " + list[i].name);
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, errors.length + " releases failed");
}
const sets = [
  [{ name: "a" }, { name: "b" }],
  [{ name: "a" }, { name: "b", bad: true }, { name: "c" }],
  [{ name: "a", bad: true }, { name: "b", bad: true }],
];
for (let i = 0; i < sets.length; i++) {
  events.length = 0;
  try {
    releaseAll(sets[i]);
    console.log("set", i, "ok:", events.join(","));
  } catch (e) {
    const detail = e instanceof AggregateError ? e.errors.map(function (x) { return x.message; }).join("; ") : "";
    console.log("set", i, e.name + ":", e.message, detail ? "[" + detail + "]" : "", "released:", events.join(","));
  }
}
