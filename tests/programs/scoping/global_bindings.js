// Top-level let/const/var/function used from inside functions.
var gv = 1;
let gl = 2;
const gc = 3;
function gf() {
  return gv + gl + gc;
}
function mutate() {
  gv = 10;
  gl = 20;
}
console.log(gf());
mutate();
console.log(gf(), gv, gl);
let counter = 0;
function tick() {
  return ++counter;
}
tick();
tick();
console.log(counter, tick());
