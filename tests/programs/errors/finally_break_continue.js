// finally runs when break/continue leave a try block.
const log = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
// while loop with break in catch
let n = 0;
const w = [];
while (n < 10) {
  try {
    n++;
    if (n % 4 === 0) throw n;
    w.push(n);
  } catch (v) {
    w.push("caught" + v);
    if (v === 8) break;
    continue;
  } finally {
    w.push("f");
  }
  w.push("end" + n);
}
console.log(w.join(","));
// do-while with continue
let d = 0;
const dl = [];
do {
  try {
    d++;
    if (d === 2) continue;
    dl.push("d" + d);
  } finally {
    dl.push("F" + d);
  }
} while (d < 4);
console.log(dl.join(" "));
// switch inside try: break leaves the switch only
function sw(x) {
  const out = [];
  try {
    switch (x) {
      case 1: out.push("one"); break;
      case 2: out.push("two");
      default: out.push("default");
    }
    out.push("after switch");
  } finally {
    out.push("finally");
  }
  return out.join("|");
}
console.log(sw(1)); console.log(sw(2)); console.log(sw(3));
// break from a for-in loop through finally
const obj = { a: 1, b: 2, c: 3, d: 4 };
const seen = [];
for (const k in obj) {
  try {
    if (k === "c") break;
    seen.push(k);
  } finally {
    seen.push("~" + k);
  }
}
console.log(seen.join(""));
// finally counts executions exactly once per iteration
let fins = 0, bodies = 0;
for (let i = 0; i < 100; i++) {
  try {
    if (i % 3 === 0) continue;
    if (i === 50) break;
    bodies++;
  } finally {
    fins++;
  }
}
console.log("bodies", bodies, "fins", fins);
// each kind of exit, one per line
function exitKind(kind) {
  let r = "none";
  for (let i = 0; i < 2; i++) {
    try {
      if (kind === "break") break;
      if (kind === "continue") continue;
      if (kind === "return") return "returned (r=" + r + ")";
      if (kind === "throw") throw new Error("thrown");
      r = "normal";
    } catch (e) {
      r = "caught " + e.message;
    } finally {
      r = r + " +finally" + i;
    }
  }
  return r;
}
const kinds = ["normal", "break", "continue", "return", "throw"];
for (let i = 0; i < kinds.length; i++) console.log(kinds[i], "=>", exitKind(kinds[i]));
