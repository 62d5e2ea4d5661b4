// readdirSync with withFileTypes (Dirent) and recursive.
const fs = require('fs');
const path = require('path');
const root = path.join(process.env.TMPDIR || '/tmp', 'kiln-readdir-' + process.pid);
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(root, 'b.txt'), 'b');
fs.writeFileSync(path.join(root, 'sub', 'a.txt'), 'a');
fs.writeFileSync(path.join(root, 'sub', 'deeper', 'z.md'), 'z');
process.chdir(root);
const entries = fs.readdirSync('.', { withFileTypes: true });
console.log(entries);
console.log(entries.map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]));
console.log(entries[0] instanceof fs.Dirent, entries[0].constructor.name);
console.log(fs.readdirSync('.', { recursive: true }));
console.log(fs.readdirSync('sub', { withFileTypes: true, recursive: true }).map((d) => d.parentPath + ':' + d.name));
console.log(fs.readdirSync('sub', 'utf8'));
process.chdir('/');
fs.rmSync(root, { recursive: true });
