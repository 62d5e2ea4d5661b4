// Throwing a plain object that nobody catches.
const failures = [];
function attempt(id) {
  if (id % 2 === 0) throw { code: id, reason: "even" };
  return id;
}
for (let i = 1; i <= 4; i++) {
  try {
    console.log("ok", attempt(i));
  } catch (f) {
    failures.push(f.code);
    console.log("failed with code", f.code, f.reason, f instanceof Error);
  }
}
console.log("failures", failures.join(","));
throw { code: 1 };
