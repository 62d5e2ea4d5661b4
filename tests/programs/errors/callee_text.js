// How "is not a function" / "is not a constructor" messages name the callee (V8's call printer).
const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
const o = { a: { b: 1 }, arr: [1], s: "x" };
function make() { return {}; }
class K {}
t(() => o.a.b()); t(() => o["a"].c()); t(() => o.arr[0]()); t(() => o.a["b"]());
t(() => "abc".reverse()); t(() => 'abc'.rev()); t(() => (5).push()); t(() => [1,2].mapp());
t(() => make().x()); t(() => make()()); t(() => new K().n()); t(() => (o.a).zz());
t(() => o.s()); t(() => undefinedFn()); t(() => o?.zz()); t(() => this.zz());
t(() => `tpl`.zz()); t(() => o.a.b.c.d()); t(() => { let q = 1; q(); }); t(() => (1, o).zz());
t(() => new o.a()); t(() => new (make())()); t(() => new o()); t(() => new 5);
