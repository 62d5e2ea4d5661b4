// JSON.parse is iterative: 2,000,000 nested arrays parse as in Node.
// kiln-test: no-gc-stress (4 million allocations)
const n = 2000000;
const v = JSON.parse('['.repeat(n) + ']'.repeat(n));
let depth = 0;
for (let x = v; Array.isArray(x); x = x[0]) depth++;
console.log(depth);
const o = JSON.parse('{"a":'.repeat(100000) + '1' + '}'.repeat(100000));
let d = 0;
let x = o;
while (typeof x === 'object') { x = x.a; d++; }
console.log(d, x);
for (const bad of ['[[[', '[[1,]]', '{"a":{"b" 1}}', '[[1]]]']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.name, e.message); }
}
console.log(JSON.stringify(JSON.parse(' [ {"a" : [1, {"b": null}] , "c": "d"}, [], {} ] ')));
