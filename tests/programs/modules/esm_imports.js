// ES module syntax in a .js file: Node (20.19+) and kiln detect it.
import { add, counter, inc, Point as P, alpha, renamedBeta } from './_esm/lib.mjs';
import double, * as lib from './_esm/lib.mjs';
import path, { join } from 'node:path';
import data from './_esm/data.json' with { type: 'json' };
import common, { hello, count } from './_esm/common.cjs';
import './_esm/base.mjs';

console.log(add(2, 3), counter);
inc();
inc();
console.log('live binding:', counter, lib.counter);
console.log(new P(1, 2).sum(), double(4), double.name, alpha, renamedBeta);
console.log(join('a', 'b'), path.basename('/x/y.js'));
console.log(data, typeof common, hello(), count);
console.log('top-level this:', this);
console.log(Object.keys(lib), lib[Symbol.toStringTag], Object.isExtensible(lib));
console.log(Object.getPrototypeOf(lib), 'add' in lib, lib.nothing);
const { add: add2 } = lib;
console.log(add2(1, 1));
function shadow() { const counter = 'inner'; return counter; }
console.log(shadow(), counter);
