// Formatting numbers: thousands separators, fixed columns and percentages.
function withCommas(n) {
  const neg = n < 0;
  let s = String(Math.trunc(Math.abs(n)));
  let out = "";
  while (s.length > 3) {
    out = "," + s.slice(-3) + out;
    s = s.slice(0, -3);
  }
  return (neg ? "-" : "") + s + out;
}
console.log(withCommas(0), withCommas(999), withCommas(1000), withCommas(1234567), withCommas(-9876543210));
function money(x) {
  const cents = Math.round(x * 100);
  const whole = Math.trunc(cents / 100);
  const frac = String(Math.abs(cents % 100)).padStart(2, "0");
  return "$" + withCommas(whole) + "." + frac;
}
console.log(money(0), money(5.5), money(1234.567), money(1e6 / 3));
let total = 0;
for (let i = 1; i <= 6; i++) {
  const amount = i * i * 1234.5;
  total += amount;
  console.log(String(i).padStart(2), money(amount).padStart(14), ((i * 100) / 7).toFixed(1).padStart(6) + "%");
}
console.log("total", money(total).padStart(13));
