// error: 4:1: `with`
var o = 1;
console.log(o);
with (o) {
  console.log(toFixed);
}
