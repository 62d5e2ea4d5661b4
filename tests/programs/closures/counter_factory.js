// Counter factories: each closure has its own captured state.
function makeCounter(start, step) {
  let count = start;
  return () => {
    count += step;
    return count;
  };
}
const a = makeCounter(0, 1);
const b = makeCounter(100, -10);
console.log(a(), a(), a());
console.log(b(), b());
console.log(a(), b());
const c = makeCounter(0, 1);
console.log(c(), a());
