// Converting numbers to Roman numerals and back, with strings only.
function toRoman(n) {
  let out = "";
  function take(value, sym) {
    while (n >= value) {
      out += sym;
      n -= value;
    }
  }
  take(1000, "M"); take(900, "CM"); take(500, "D"); take(400, "CD");
  take(100, "C"); take(90, "XC"); take(50, "L"); take(40, "XL");
  take(10, "X"); take(9, "IX"); take(5, "V"); take(4, "IV"); take(1, "I");
  return out;
}
function value(c) {
  switch (c) {
    case "I": return 1;
    case "V": return 5;
    case "X": return 10;
    case "L": return 50;
    case "C": return 100;
    case "D": return 500;
    case "M": return 1000;
  }
  return 0;
}
function fromRoman(s) {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = value(s[i]);
    const next = i + 1 < s.length ? value(s[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  return total;
}
const samples = "1 4 9 14 40 90 400 1994 2024 3999";
let start = 0;
while (start < samples.length) {
  let end = samples.indexOf(" ", start);
  if (end === -1) end = samples.length;
  const n = Number(samples.slice(start, end));
  const r = toRoman(n);
  console.log(String(n).padStart(4), r.padEnd(12), fromRoman(r));
  start = end + 1;
}
let roundTrip = true;
for (let i = 1; i < 4000; i++) if (fromRoman(toRoman(i)) !== i) roundTrip = false;
console.log("round trip 1..3999:", roundTrip);
