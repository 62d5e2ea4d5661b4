// CommonJS: relative files with and without extensions, JSON, directories,
// node_modules packages (main, exports with conditions, scoped), caching,
// cycles with partial exports, top-level return, this === module.exports.
const math = require('./_lib/math');
const data = require('./_lib/data.json');
const greet = require('greet');
const sub = require('@scope/pkg/sub');
const dir = require('./_lib');
console.log(math.add(2, 3), math.counter(), math.counter());
console.log(data.name, data.list.length, data.nested.deep);
console.log(greet('kiln'));
console.log(sub, dir.fromIndex);
console.log(require('./_lib/math') === require('./_lib/math.js'));
console.log('cycle saw:', math.cycleSaw, 'after:', require('./_lib/cycle').saw);
console.log(require('./_lib/cycle').never);
console.log(require.main === module, module.id, this === module.exports);
console.log(typeof __filename, __filename.endsWith('require_basics.js'), __dirname.endsWith('modules'));
console.log(require('./_lib/this_check').thisIsExports);
