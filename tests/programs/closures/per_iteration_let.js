// Each iteration of for (let ...) has a fresh binding that closures capture.
let f0, f1, f2;
for (let i = 0; i < 3; i++) {
  const f = () => i;
  if (i === 0) f0 = f;
  else if (i === 1) f1 = f;
  else f2 = f;
}
console.log(f0(), f1(), f2());
let g0, g1, g2;
for (var j = 0; j < 3; j++) {
  const g = () => j;
  if (j === 0) g0 = g;
  else if (j === 1) g1 = g;
  else g2 = g;
}
console.log(g0(), g1(), g2());
let inc0, get0, get1;
for (let k = 0; k < 2; k++) {
  if (k === 0) {
    inc0 = () => ++k;
    get0 = () => k;
  } else {
    get1 = () => k;
  }
}
console.log(get0(), get1());
console.log(inc0(), get0(), get1());
let h0, h1;
for (let n = 0; n < 2; n++) {
  let sq = n * n + 10;
  if (n === 0) h0 = () => sq + n;
  else h1 = () => sq + n;
}
console.log(h0(), h1());
