const m = require('./math');
exports.saw = Object.keys(m).join(',');
if (exports.saw) return;
exports.never = 1;
