// Generators resuming one another (a round-robin scheduler).
function* worker(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, "step", i);
    yield;
  }
  console.log(name, "done");
}
const queue = [worker("A", 2), worker("B", 3), worker("C", 1)];
while (queue.length) {
  const w = queue.shift();
  if (!w.next().done) queue.push(w);
}
function* driver(inner) {
  let r = inner.next();
  while (!r.done) {
    yield "driver saw " + r.value;
    r = inner.next();
  }
}
function* letters() {
  yield "x";
  yield "y";
}
console.log([...driver(letters())]);
