// Math.random returns numbers in [0, 1); only properties are printed (deterministic output).
let ok = true;
let min = 1, max = 0;
for (let i = 0; i < 10000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
  if (r < min) min = r;
  if (r > max) max = r;
}
console.log("all in range:", ok);
console.log("spread:", min < 0.01, max > 0.99);
console.log(typeof Math.random());
