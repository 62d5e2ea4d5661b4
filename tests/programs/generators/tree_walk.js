// A recursive tree walk with yield*.
function node(value, left, right) {
  return { value, left, right };
}
function* inorder(t) {
  if (!t) return;
  yield* inorder(t.left);
  yield t.value;
  yield* inorder(t.right);
}
function build(lo, hi) {
  if (lo > hi) return null;
  const mid = (lo + hi) >> 1;
  return node(mid, build(lo, mid - 1), build(mid + 1, hi));
}
const t = build(1, 15);
console.log([...inorder(t)].join(" "));
let sum = 0;
for (const v of inorder(build(1, 1000))) sum += v;
console.log(sum);
