// Closures over several levels of nesting.
function level1(a) {
  return function level2(b) {
    return function level3(c) {
      return function level4(d) {
        return a + b + c + d;
      };
    };
  };
}
console.log(level1(1)(2)(3)(4), level1("a")("b")("c")("d"));
function outer() {
  let x = 1;
  function mid() {
    let y = 10;
    function inner() {
      x++;
      y++;
      return x + y;
    }
    return inner;
  }
  const i1 = mid();
  const i2 = mid();
  return i1() + "," + i1() + "," + i2() + "," + x;
}
console.log(outer());
const memo = (function () {
  let lastArg, lastResult, hits = 0;
  return function (n) {
    if (n === lastArg) {
      hits++;
      return lastResult + " (cached, hits=" + hits + ")";
    }
    lastArg = n;
    lastResult = n * n;
    return String(lastResult);
  };
})();
console.log(memo(4), memo(4), memo(5), memo(5), memo(5));
