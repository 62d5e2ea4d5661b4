// structuredClone: cycles and shared references, Map/Set/Date/RegExp/binary data/Error/boxed values.
const src = { n: 1, s: 'two', b: true, u: undefined, nul: null, big: 10n, neg0: -0, nested: { arr: [1, , 3] } };
src.self = src;
src.nested.back = src.nested;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.nested.back === c.nested, c.nested !== src.nested);
console.log(c.n, c.s, c.b, 'u' in c, c.u, c.nul, c.big, Object.is(c.neg0, -0), c.nested.arr, 1 in c.nested.arr);
const shared = { x: 1 };
const pair = structuredClone([shared, shared]);
console.log(pair[0] === pair[1], pair[0] !== shared);
const arr = [1, 2];
arr.extra = 'kept';
console.log(structuredClone(arr), structuredClone(arr).extra);

const m = new Map([[{ k: 1 }, new Set([1, 'a'])], ['d', new Date(86400000)]]);
const mc = structuredClone(m);
console.log(mc instanceof Map, mc.size, [...mc.keys()][0], [...mc.values()][0] instanceof Set, [...[...mc.values()][0]]);
console.log(mc.get('d') instanceof Date, mc.get('d').toISOString(), mc.get('d') !== m.get('d'));
const r = /a+b/gi;
r.lastIndex = 3;
const rc = structuredClone(r);
console.log(rc, rc !== r, rc.lastIndex, rc.flags);

const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const views = structuredClone({ a: new Uint8Array(buf, 2, 3), b: new Int16Array(buf, 4, 2), d: new DataView(buf, 1, 2), buf });
console.log(views.a, views.b, views.d.getUint8(0), views.buf.byteLength);
console.log(views.a.buffer === views.b.buffer, views.a.buffer === views.buf, views.buf !== buf);
views.a[0] = 99;
console.log(u8[2], new Uint8Array(views.buf)[2]);
console.log(structuredClone(new Float64Array([1.5, -0])), structuredClone(new BigInt64Array([5n])));

class Point {
  constructor() { this.x = 1; }
  get y() { return 2; }
}
const pc = structuredClone(new Point());
console.log(pc, pc instanceof Point, Object.getPrototypeOf(pc) === Object.prototype);
console.log(structuredClone({ get g() { return 7; } }));
console.log(structuredClone(new Number(3)), structuredClone(Object(1n)), structuredClone(new String('s')), structuredClone(new Boolean(false)));
console.log(structuredClone('str'), structuredClone(5), structuredClone(null), structuredClone(undefined));

const e = structuredClone(new RangeError('r', { cause: { why: 5 } }));
console.log(e instanceof RangeError, e.name, e.message, e.cause, Object.keys(e));
const custom = new Error('m');
custom.extra = 1;
custom.name = 'Custom';
const cc = structuredClone(custom);
console.log(cc.name, cc.extra, cc instanceof Error, cc.stack === custom.stack);
console.log(Object.getOwnPropertyNames(structuredClone(new TypeError('x'))).sort());
console.log(structuredClone({ a: 1 }, { transfer: [] }));
