const checks = [/^\d+$/, /^[a-z]+$/i, /^\s*$/];
const inputs = ["123", "abc", "  ", "a1", ""];
for (const s of inputs) {
  console.log(JSON.stringify(s), checks.map(r => r.test(s)).join(" "));
}
const counters = ["a", "b"].map(ch => { const r = new RegExp(ch, "g"); return s => (s.match(r) || []).length; });
console.log(counters[0]("banana"), counters[1]("banana"));
