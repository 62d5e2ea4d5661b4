// Optional catch binding: catch { ... } without a parameter.
function toInt(s) {
  try {
    const n = Number(s);
    if (s === "" || isNaN(n) || n !== Math.floor(n)) throw new Error("bad");
    return n;
  } catch {
    return "invalid";
  }
}
console.log(toInt("12"), toInt("1.5"), toInt(""), toInt("abc"), toInt("-7"));
// the catch block runs for any thrown value
let count = 0;
const throwers = [
  function () { throw 1; },
  function () { throw null; },
  function () { throw undefined; },
  function () { null.x; },
  function () { return "no throw"; },
];
for (let i = 0; i < throwers.length; i++) {
  try {
    console.log("result:", throwers[i]());
  } catch {
    count++;
    console.log("caught #" + i);
  }
}
console.log("count", count);
// a variable named e in the outer scope is untouched
let e = "outer";
try { throw "inner"; } catch { e = e + "!"; }
console.log(e);
// catch without binding plus finally
function withFinally(flag) {
  const log = [];
  try {
    log.push("try");
    if (flag) throw new TypeError("t");
    log.push("after");
  } catch {
    log.push("catch");
  } finally {
    log.push("finally");
  }
  return log.join(">");
}
console.log(withFinally(true));
console.log(withFinally(false));
// nested catch-less handlers
function nested() {
  try {
    try {
      throw 1;
    } catch {
      throw 2;
    }
  } catch {
    return "outer caught";
  }
}
console.log(nested());
// return from inside catch {}
function firstFailing(list) {
  for (let i = 0; i < list.length; i++) {
    try { list[i](); } catch { return i; }
  }
  return -1;
}
console.log(firstFailing([function () {}, function () {}, function () { undefined.y; }]));
console.log(firstFailing([function () {}]));
