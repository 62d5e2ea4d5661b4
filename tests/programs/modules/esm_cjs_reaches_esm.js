// An ES entry importing a CommonJS module that require()s an ES module and
// import()s another: both are evaluated when the CommonJS code asks.
import { total, loadA } from './_dyn/bridge.cjs';
import * as shared from './_dyn/shared.mjs';
console.log('entry: total =', total, shared.shared);
const a = await loadA();
console.log(a.name, a.f());
const again = await import('./_dyn/a.mjs');
console.log('same namespace from ESM and CommonJS import():', again === a);
