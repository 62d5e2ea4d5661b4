// Rest parameters with a pattern: `...[a, b]`, `...{ length }`, nested,
// with defaults, in functions, arrows, methods and constructors.
function f(x, ...[a, b = 'dflt', ...more]) { return [x, a, b, more]; }
console.log(f(1), f(1, 2), f(1, 2, 3, 4, 5));
const g = (...{ length, 0: first }) => [length, first];
console.log(g(), g('a', 'b'));
class C { constructor(...[p, q]) { this.p = p; this.q = q; } m(...[[n]]) { return n; } }
console.log(new C(1, 2), new C(1, 2).m([7]));
console.log(f.length, g.length);
try { (function (...[a]) {})(); console.log('no args ok'); } catch (e) { console.log(e.constructor.name); }
try { (function (...[[a]]) {})(); } catch (e) { console.log(e.constructor.name); }
