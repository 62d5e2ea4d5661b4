// Unlabelled break and continue in every loop kind.
let s = "";
for (let i = 0; i < 10; i++) {
  if (i % 2) continue;
  if (i > 6) break;
  s += i;
}
console.log(s);
let w = 0, t = "";
while (w < 10) {
  w++;
  if (w === 3) continue;
  if (w === 6) break;
  t += w;
}
console.log(t);
let d = 0, u = "";
do {
  d++;
  if (d === 2) continue;
  u += d;
} while (d < 5);
console.log(u);
let inner = "";
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break;
    inner += i + "" + j + " ";
  }
}
console.log(inner);
