// Node's synchronous fs API: files, directories, descriptors, errors.
const fs = require('fs');
const path = require('node:path');
const root = path.join(process.env.TMPDIR || '/tmp', 'kiln-fs-sync-' + process.pid);
const rel = (p) => p.split(root).join('ROOT');
fs.rmSync(root, { recursive: true, force: true });
console.log(fs.mkdirSync(path.join(root, 'a/b'), { recursive: true }) === root);
console.log(fs.mkdirSync(path.join(root, 'a/b'), { recursive: true }));
const file = path.join(root, 'x.txt');
fs.writeFileSync(file, 'héllo wörld\n');
fs.appendFileSync(file, 'more €');
fs.writeFileSync(file, '!', { flag: 'a' });
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
console.log(fs.readFileSync(file, { encoding: 'hex' }));
console.log(fs.readFileSync(file, 'base64'), fs.readFileSync(file, 'base64url'));
console.log(fs.readFileSync(file, 'latin1').length, fs.readFileSync(file, 'ascii').slice(0, 4));
fs.writeFileSync(path.join(root, 'l1.txt'), 'caf\u00e9', 'latin1');
console.log(fs.readFileSync(path.join(root, 'l1.txt'), 'hex'));
fs.writeFileSync(path.join(root, 'u16.txt'), 'hi', 'utf16le');
console.log(fs.readFileSync(path.join(root, 'u16.txt'), 'hex'), fs.readFileSync(path.join(root, 'u16.txt'), 'ucs2'));
fs.writeFileSync(path.join(root, 'bom.txt'), '\ufeffbom');
console.log(fs.readFileSync(path.join(root, 'bom.txt'), 'utf8').length);
console.log(fs.readdirSync(root), fs.existsSync(root), fs.existsSync(root + '/nope'), fs.existsSync(42));
const st = fs.statSync(file);
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs);
console.log(fs.statSync(root).isDirectory(), fs.lstatSync(root).isFile());
console.log(fs.statSync(root + '/nope', { throwIfNoEntry: false }));
for (const f of [
  () => fs.readFileSync(root + '/nope', 'utf8'),
  () => fs.mkdirSync(root),
  () => fs.rmdirSync(root),
  () => fs.unlinkSync(root + '/nope'),
  () => fs.renameSync(root + '/nope', root + '/z'),
  () => fs.readdirSync(file),
  () => fs.readFileSync({}, "utf8"),
  () => fs.readFileSync(file, 'klingon'),
  () => fs.writeFileSync(file, 42),
  () => fs.writeFileSync(file, 'x', { flag: 'wx' }),
]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, rel(e.message), e.code, e.errno, e.syscall, e.path && rel(e.path), e.dest && rel(e.dest));
  }
}
try { fs.rmSync(path.join(root, 'a')); } catch (e) { console.log(e.code); }
fs.renameSync(file, path.join(root, 'y.txt'));
fs.copyFileSync(path.join(root, 'y.txt'), path.join(root, 'z.txt'));
console.log(fs.readdirSync(root), rel(fs.realpathSync(path.join(root, 'a', '..', 'z.txt'))));
const fd = fs.openSync(path.join(root, 'fd.txt'), 'w');
console.log(typeof fd, fs.writeSync(fd, 'abc€'), fs.writeSync(fd, '!'));
fs.closeSync(fd);
console.log(fs.readFileSync(path.join(root, 'fd.txt'), 'utf8'));
fs.unlinkSync(path.join(root, 'fd.txt'));
fs.rmSync(root, { recursive: true });
console.log(fs.existsSync(root), fs.readFileSync(0, 'utf8') === '');
