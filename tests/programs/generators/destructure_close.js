// Array destructuring closes a generator it does not exhaust.
function* g() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log("closed");
  }
}
const [a] = g();
console.log("a =", a);
const [p, q, r] = g();
console.log(p, q, r);
const [...all] = g();
console.log(all);
