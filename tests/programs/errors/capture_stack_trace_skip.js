// Error.captureStackTrace(obj, fn): the frames above fn's call, and fn's own, are left out.
function inner() {
  const o = {};
  Error.captureStackTrace(o, inner);
  return o.stack;
}
function middle() {
  const s = inner();
  return s;
}
function outer() {
  const s = middle();
  return s;
}
const lines = outer().split('\n');
console.log(lines[0], lines.slice(1, 3).map((l) => l.trim().split(' ')[1]));
function skipTwo() {
  const o = { name: 'E', message: 'm' };
  Error.captureStackTrace(o, middle2);
  return o.stack;
}
function middle2() {
  const s = skipTwo();
  return s;
}
function top() {
  const s = middle2();
  return s;
}
const l2 = top().split('\n');
console.log(l2[0], l2[1].trim().split(' ')[1]);
