// A captured binding lives in a cell; the closure escapes.
function counter() {
  let count = 0;
  return () => ++count;
}
const next = counter();
next();
console.log(next());
