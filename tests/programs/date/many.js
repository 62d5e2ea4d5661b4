// kiln-test: env TZ=Europe/Berlin
// Many short-lived Date objects (the collector frees them; the kept ones
// keep their time values and properties).
const kept = [];
let sum = 0;
for (let i = 0; i < 200000; i++) {
  const d = new Date(Date.UTC(2026, 0, 1) + i * 3600e3);
  sum += d.getHours() + d.getDate();
  if (i % 5000 === 0) {
    d.index = i;
    kept.push(d);
  }
}
console.log(sum, kept.length);
for (const d of kept) console.log(d.index, d.toISOString(), d.toString());
