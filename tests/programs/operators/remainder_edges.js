// % on integers, fractions, huge values, signs and -0 (inline integer path and fmod).
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }

for (let i = 0; i < 13; i++) {
  let line = "";
  for (let j = 0; j < 13; j++) {
    const a = i === 0 ? 7 : i === 1 ? -7 : i === 2 ? 0 : i === 3 ? -0 : i === 4 ? 2.5 : i === 5 ? -2.5 : i === 6 ? 1e20 : i === 7 ? -1e20 : i === 8 ? 9007199254740992 : i === 9 ? -9223372036854775808 : i === 10 ? 9223372036854775807 : i === 11 ? Infinity : NaN;
    const b = j === 0 ? 7 : j === 1 ? -7 : j === 2 ? 0 : j === 3 ? -0 : j === 4 ? 2.5 : j === 5 ? -2.5 : j === 6 ? 1e20 : j === 7 ? -1e20 : j === 8 ? 9007199254740992 : j === 9 ? -9223372036854775808 : j === 10 ? 9223372036854775807 : j === 11 ? Infinity : NaN;
    line += show(a % b) + " ";
  }
  console.log(line);
}
let acc = 0;
for (let k = 0; k < 1000; k++) acc = (acc + k * 7) % 1000003;
console.log(acc, -13 % 4, 13 % -4, -4 % 2);
