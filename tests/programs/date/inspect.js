// kiln-test: env TZ=Australia/Lord_Howe
// console.log of dates: the ISO form (UTC whatever the zone), Invalid Date,
// inside arrays and objects, with own properties, subclasses, null prototype.
const d = new Date(Date.UTC(2026, 11, 7, 17, 48, 20));
console.log(d);
console.log(new Date(NaN));
console.log([d, new Date(0), new Date(NaN)]);
console.log({ d, nested: { deeper: { deepest: { date: d } } } });
const p = new Date(8.64e15);
p.extra = 1;
console.log(p);
console.log(new Date(-8.64e15), new Date(Date.UTC(-1, 0)));
class Stamp extends Date {}
console.log(new Stamp(0), [new Stamp(NaN)]);
const n = new Date(0);
Object.setPrototypeOf(n, null);
console.log(n);
console.log('%s|%d|%i|%o', d, d, d, d);
console.log(String([d]), `${[new Date(0)]}`);
const m = new Map([[d, 1]]);
console.log(m, new Set([new Date(0)]));
