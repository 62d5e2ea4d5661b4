// Arrow functions with expression bodies and block bodies.
const double = x => x * 2;
const add = (a, b) => a + b;
const constant = () => 42;
const block = (n) => {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
};
const noReturn = () => { 1 + 1; };
console.log(double(21), add(2, 3), constant(), block(5), noReturn());
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
const compose = (f, g) => x => f(g(x));
const inc = x => x + 1;
console.log(compose(double, inc)(5), compose(inc, double)(5));
const cond = n => n > 0 ? "pos" : "non-pos";
console.log(cond(1), cond(-1));
const commaBody = x => (x++, x * 10);
console.log(commaBody(4));
console.log((x => x * x)(9));
console.log((() => "iife")());
