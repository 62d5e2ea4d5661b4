// clearTimeout/clearInterval, also from inside callbacks and with ids.
const a = setTimeout(() => console.log("a (cleared, never runs)"), 5);
clearTimeout(a);
const b = setTimeout(() => console.log("b (cleared by c)"), 300);
setTimeout(() => {
  console.log("c clears b");
  clearTimeout(b);
}, 100);
const d = setTimeout(() => console.log("d cleared by id"), 5);
clearTimeout(+d);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 3) clearInterval(iv);
}, 2);
const e = setTimeout(() => console.log("e cleared by clearInterval"), 5);
clearInterval(e);
console.log("sync");
