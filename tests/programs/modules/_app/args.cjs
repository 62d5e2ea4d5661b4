const { basename } = require('./util.cjs');
const tiny = require('tiny-pkg');
module.exports = function parseArgs(argv) {
  const flags = {}, rest = [];
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) flags[m[1]] = m[2] === undefined ? true : m[2];
    else rest.push(basename(a));
  }
  return { flags, rest, via: tiny.flavour };
};
module.exports.describe = () => 'args.cjs, loaded once: ' + (require('./args.cjs') === module.exports);
