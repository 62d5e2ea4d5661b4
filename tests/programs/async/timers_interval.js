// setInterval repeats until cleared; this is the Timeout object.
let count = 0;
const t = setInterval(function () {
  count++;
  console.log("interval", count, this === t);
  if (count === 4) {
    clearInterval(this);
    setTimeout(() => console.log("after interval", count), 10);
  }
}, 1);
