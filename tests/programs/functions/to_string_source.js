// Function.prototype.toString gives the source text of every kind of function, as V8 slices it.
class K { static s() {} static async *ag() {} get g() { return 1; } set g(v) {} ['comp' + 1]() {} #p() {} static get sg() { return 1; } async am() {} *gm() {} constructor(a) { this.a = a; } static field = function () {}; static arrow = () => 1; }
console.log(K.s.toString()); console.log(K.ag.toString());
console.log(Object.getOwnPropertyDescriptor(K.prototype, 'g').set.toString());
console.log(K.prototype.comp1.toString()); console.log(Object.getOwnPropertyDescriptor(K, 'sg').get.toString());
console.log(K.prototype.am.toString(), K.prototype.gm.toString(), K.field.toString(), K.arrow.toString());
const o = { m() {}, async am() {}, *g() {}, get x() { return 1; }, ['k' + 2]: function () {}, f: function named() {}, a: async () => {} };
console.log(o.m.toString(), o.am.toString(), o.g.toString(), Object.getOwnPropertyDescriptor(o, 'x').get.toString(), o.k2.toString(), o.f.toString(), o.a.toString());
async function af(x) { await x; } function* gf() {} async function* agf() {}
console.log(af.toString(), gf.toString(), agf.toString());
class D extends K {}
console.log(D.toString(), (class {}).toString());
console.log((function () { /* c */ }).toString(), (x => x).toString(), (async x => x).toString());
function foo(a, b) { return a + b; }
console.log(String(foo), `${(x) => x * 2}`, Math.max.toString(), foo.bind(null).toString());
console.log(Function.prototype.toString.call(class Q { m() {} }));
try {
  Function.prototype.toString.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
