// kiln deliberately goes beyond node here: an arrow's expression body is a tail position.
// Expected output is hand-written (//> lines); node overflows its stack on it.
const count = (n, acc) => (n === 0 ? acc : count(n - 1, acc + 2));
console.log(count(5000000, 0));
const countBlock = (n, acc) => {
  if (n === 0) return acc;
  return countBlock(n - 1, acc - 1);
};
console.log(countBlock(5000000, 0));
//> 10000000
//> -5000000
