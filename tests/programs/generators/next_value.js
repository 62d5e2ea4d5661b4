// The value passed to next(x) becomes the value of the paused yield.
function* echo() {
  let received = [];
  while (received.length < 3) {
    const x = yield received.length;
    received.push(x);
  }
  return received;
}
const it = echo();
console.log(it.next("ignored"));
console.log(it.next("a"));
console.log(it.next("b"));
console.log(it.next("c"));
console.log(it.next("d"));
