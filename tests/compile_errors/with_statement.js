var o = 1;
console.log(o);
with (o) {
  console.log(toFixed);
}
