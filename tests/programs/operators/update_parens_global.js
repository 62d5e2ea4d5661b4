// `++g` on a property of the global object, and parenthesised update targets.
globalThis.g = 1;
++g;
g++;
g += 1;
console.log(g, globalThis.g, g--, g);
let x = 5;
(x)++;
++(x);
((x))--;
console.log(x);
let s = '4';
console.log((s)++, s, typeof s);
const o = { n: 1 };
(o.n)++;
++(o['n']);
console.log(o.n);
try { ++notDefinedAnywhere; } catch (e) { console.log(e.name, e.message); }
try { (alsoNotDefined)++; } catch (e) { console.log(e.name, e.message); }
