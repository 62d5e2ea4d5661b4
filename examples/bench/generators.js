// Benchmark: generators (issue 17). Three parts, each printing a checksum:
//  1. a generator producing 10^7 numbers consumed by for-of and summed;
//  2. a recursive in-order walk of a binary tree with yield* (2^17 nodes, 10 walks);
//  3. a pipeline of three chained generator transformers (map, filter, take).
function* numbers(n) {
  for (let i = 0; i < n; i++) yield i;
}

let sum = 0;
for (const x of numbers(1e7)) sum += x;
console.log("sum", sum);

class Node {
  constructor(value, left, right) {
    this.value = value;
    this.left = left;
    this.right = right;
  }
}
function build(lo, hi) {
  if (lo > hi) return null;
  const mid = (lo + hi) >> 1;
  return new Node(mid, build(lo, mid - 1), build(mid + 1, hi));
}
function* walk(t) {
  if (t === null) return;
  yield* walk(t.left);
  yield t.value;
  yield* walk(t.right);
}
const tree = build(1, (1 << 17) - 1);
let walked = 0;
for (let round = 0; round < 10; round++) {
  for (const v of walk(tree)) walked += v;
}
console.log("walk", walked);

function* map(it, f) {
  for (const x of it) yield f(x);
}
function* filter(it, p) {
  for (const x of it) if (p(x)) yield x;
}
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}
let piped = 0;
for (const x of take(filter(map(numbers(1e8), (x) => x * 3), (x) => x % 2 === 0), 2e6)) piped += x;
console.log("pipeline", piped);
