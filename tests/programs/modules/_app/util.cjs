// CommonJS helpers, required by args.cjs.
const path = require('path');
let calls = 0;
exports.basename = (p) => { calls++; return path.basename(p); };
exports.calls = () => calls;
