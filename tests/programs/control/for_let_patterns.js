// for (let/const <pattern> = ...; ...; ...): the pattern's bindings are
// per-iteration (closures see each iteration's values).
const fns = [];
for (let [i, j] = [0, 10]; i < 3; i++, j--) fns.push(() => i + ':' + j);
console.log(fns.map(f => f()).join(' '));
for (const { a, b = 2 } = { a: 1 }; false; ) {}
for (let { x, y: [z] } = { x: 1, y: [2] }; x < 3; x++) console.log(x, z);
let n = 0;
for (const [p = 'dflt', ...rest] = [undefined, 1, 2]; n < 1; n++) console.log(p, rest);
try { for (let [q] = null; ; ) {} } catch (e) { console.log(e.constructor.name); }
