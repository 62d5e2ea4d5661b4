// Annex B escape/unescape and Node's `global`.
const samples = ['abc', 'a b+c/d.e-f_g*h@i', 'é€😀', '%', '\0\x7f\xff\u0100', ''];
for (const s of samples) {
  const e = escape(s);
  console.log(JSON.stringify(e), unescape(e) === s);
}
for (const s of ['%41%42', '%u0041%u20ac', '%', '%4', '%zz', '%u12', '%u123g', '%%41', 'a%2', '%U0041']) {
  console.log(JSON.stringify(s), JSON.stringify(unescape(s)));
}
console.log(escape.length, unescape.length, escape(undefined), unescape(null), escape(42));
console.log(global === globalThis, typeof global, Object.keys(globalThis).includes('global'));
global.fromGlobal = 1;
console.log(fromGlobal, globalThis.fromGlobal);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'global').enumerable);
