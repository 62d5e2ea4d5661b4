// The iterative JSON.parse keeps its half-built arrays and objects alive
// across collections (run under KILN_GC_STRESS too).
const n = 3000;
let text = '';
for (let i = 0; i < n; i++) text += i % 2 ? '{"k' + i + '":"v' + i + '","x":[' : '[' + i + ',"s' + i + '",';
text += 'null';
for (let i = n - 1; i >= 0; i--) text += i % 2 ? ']}' : ']';
const v = JSON.parse(text);
let x = v;
let count = 0;
let sum = 0;
while (x !== null) {
  if (Array.isArray(x)) { sum += x[0]; x = x[2]; } else { x = x.x[0]; }
  count++;
}
console.log(count, sum);
console.log(Object.keys(v[2]), v[2].x.length);
