// Started and abandoned generators are collected (their stacks reused).
function* holder(big) {
  yield big.length;
  yield big[0];
}
let total = 0;
for (let i = 0; i < 200000; i++) {
  const it = holder(new Array(16).fill(i));
  total += it.next().value;
}
console.log(total);
