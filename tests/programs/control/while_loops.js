// while and do-while loops, including a do-while that runs once.
let i = 0;
while (i < 5) {
  i++;
}
console.log("while ended at", i);
let n = 27, steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log("collatz(27) steps:", steps);
let j = 100;
do {
  j++;
} while (j < 5);
console.log("do-while ran once:", j);
let k = 0, out = "";
do {
  out += k;
  k += 2;
} while (k <= 10);
console.log(out);
let m = 10;
while (m --> 0) if (m % 3 === 0) console.log("m", m);
let guard = 0;
while (true) {
  if (++guard >= 1000) break;
}
console.log("guard", guard);
