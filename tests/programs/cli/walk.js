// A directory walker: a tree with sizes, totals, and Node's ENOENT error.
const fs = require('fs');
const path = require('path');
const root = path.join(process.env.TMPDIR || '/tmp', 'kiln-walk-' + process.pid);
fs.rmSync(root, { recursive: true, force: true });
for (const [file, text] of [
  ['src/main.js', 'console.log(1);\n'],
  ['src/lib/util.js', 'module.exports = {};\n'],
  ['src/lib/deep/x.json', '{}'],
  ['README.md', '# walk\n\nA test tree.\n'],
  ['empty/.keep', ''],
]) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
let files = 0, bytes = 0;
function walk(dir, indent) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      console.log(`${indent}${e.name}/`);
      walk(full, indent + '  ');
    } else {
      const size = fs.statSync(full).size;
      files++;
      bytes += size;
      console.log(`${indent}${e.name} (${size} B)`);
    }
  }
}
walk(root, '');
console.log(`${files} files, ${bytes} bytes`);
try {
  fs.readFileSync(path.join(root, 'missing.txt'), 'utf8');
} catch (e) {
  console.error(`walk: ${e.message.replace(root, '<root>')}`);
  process.exitCode = 1;
}
fs.rmSync(root, { recursive: true });
