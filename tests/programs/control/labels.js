// Labelled break and continue across nested loops, and labelled blocks.
let found = "";
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = i + "," + j;
      break outer;
    }
  }
}
console.log("found", found);
let skipped = "";
rows: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) continue rows;
    skipped += i + "" + j + " ";
  }
}
console.log(skipped);
block: {
  console.log("in block");
  if (found) break block;
  console.log("never printed");
}
console.log("after block");
let n = 0;
loop1: while (true) {
  loop2: do {
    n++;
    if (n % 2) continue loop2;
    if (n > 6) break loop1;
  } while (n < 100);
}
console.log("n", n);
a: b: for (let i = 0; i < 3; i++) {
  if (i === 1) continue a;
  if (i === 2) break b;
  console.log("i", i);
}
