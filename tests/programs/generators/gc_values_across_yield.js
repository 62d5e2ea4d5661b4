// Values held across yields survive collections while the generator is suspended.
function* g() {
  const objs = [];
  for (let i = 0; i < 50; i++) {
    const o = { i, s: "v" + i, arr: [i, i * 2] };
    objs.push(o);
    const junk = [];
    for (let j = 0; j < 200; j++) junk.push({ j });
    yield o;
  }
  let sum = 0;
  for (const o of objs) sum += o.i + o.arr[1] + o.s.length;
  return sum;
}
const it = g();
const seen = [];
let r;
while (!(r = it.next()).done) {
  seen.push(r.value.s);
  const garbage = [];
  for (let k = 0; k < 500; k++) garbage.push("x" + k);
}
console.log(seen.length, seen[49], r.value);
