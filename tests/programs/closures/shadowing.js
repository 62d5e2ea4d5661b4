// Inner declarations shadow outer ones; closures see the binding in scope where they were written.
let x = "global";
function show() {
  return x;
}
function shadow() {
  let x = "local";
  return show() + " " + x;
}
console.log(shadow());
{
  let x = "block";
  const f = () => x;
  x = "block changed";
  console.log(f(), show());
}
function params(x) {
  const f = () => x;
  x = "param changed";
  return f();
}
console.log(params("param"));
let y = 1;
{
  let y = 2;
  {
    let y = 3;
    console.log(y);
  }
  console.log(y);
}
console.log(y);
const z = "outer z";
function z2() {
  const z = "inner z";
  return () => z;
}
console.log(z2()(), z);
