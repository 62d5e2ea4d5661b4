// A CommonJS module imported by ES modules.
exports.hello = function () { return 'hi from CommonJS, this === exports: ' + (this === exports); };
exports.count = 3;
console.log('common.cjs evaluated');
