// for loops: every clause optional, var vs let counters, nested loops.
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s);
for (var v = 10; v > 0; v -= 4) {}
console.log("var counter after loop:", v);
let j = 0;
for (; j < 3;) j++;
console.log(j);
let count = 0;
for (;;) {
  if (++count === 7) break;
}
console.log(count);
let pairs = "";
for (let a = 1; a <= 3; a++) {
  for (let b = a; b <= 3; b++) {
    pairs += a + "" + b + " ";
  }
}
console.log(pairs);
let total = 0;
for (let i = 0, k = 100; i < k; i += 10, k -= 10) total += k - i;
console.log(total);
for (let i = 0; i < 3; i++) {
  let i2 = i * i;
  console.log("i", i, "i2", i2);
}
