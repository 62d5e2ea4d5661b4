// Runtime routines that recurse on user data (JSON.stringify, join/String,
// the JSON.parse reviver) throw a catchable RangeError on data nested a
// million deep, quickly; moderately deep data still works.
// kiln-test: no-gc-stress (a million allocations)
let deep = [];
for (let i = 0; i < 1000000; i++) deep = [deep];
const attempts = [
  () => JSON.stringify(deep),
  () => String(deep),
  () => deep.join('-'),
  () => deep.toString(),
];
for (const f of attempts) {
  try { f(); console.log('no error'); } catch (e) { console.log(e instanceof RangeError, e.message); }
}
let o = {};
for (let i = 0; i < 1000000; i++) o = { o };
try { JSON.stringify(o); } catch (e) { console.log(e.name, e.message); }
let moderate = [];
for (let i = 0; i < 3000; i++) moderate = [moderate, i];
console.log(JSON.stringify(moderate).length, String(moderate).length);
const revived = JSON.parse('['.repeat(2000) + ']'.repeat(2000), (k, v) => v);
console.log(Array.isArray(revived));
// The program goes on normally after the errors.
const cyc = [1, 2];
cyc.push(cyc);
console.log(String(cyc), [[1, [2]], 3].join(';'));
