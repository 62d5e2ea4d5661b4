// Node's `path` (POSIX): every function on ordinary and awkward inputs.
const path = require('path');
const posix = require('node:path/posix');
const show = (f, ...args) => {
  try {
    console.log(f.name + '(' + args.map((a) => JSON.stringify(a)).join(', ') + ') =', JSON.stringify(f(...args)));
  } catch (e) {
    console.log(f.name, e.name, e.code, e.message);
  }
};
console.log(path === posix, path.posix === path, path.sep, path.delimiter);
for (const p of ['', '.', './', 'a/..', 'a/../', '//a//b/../c/.', '../../x', '/../x', 'a/b/', '/']) show(path.normalize, p);
for (const args of [['a', 'b'], ['/a', '../b', 'c/'], ['', ''], ['a', '', 'b'], ['/']]) show(path.join, ...args);
for (const args of [['/a/b', 'c'], ['/a', '/b', 'c'], ['/x/y', '../z', './w/']]) show(path.resolve, ...args);
for (const p of ['//a', '/a/', 'a', '/', 'a/b//', '/a//b', '', 'a/b/c.js']) show(path.dirname, p);
for (const args of [['a', 'a'], ['aaa', 'a'], ['/x/y.js/', '.js'], ['.js', '.js'], ['/'], [''], ['a/b/'], ['dir/file.txt', '.txt']]) show(path.basename, ...args);
for (const p of ['a.', '.a.b', '..', 'a..', '/x.y/z', 'a.b/', '.bashrc', 'f.tar.gz']) show(path.extname, p);
for (const args of [['/a/b', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/a'], ['/a/bc', '/a/b']]) show(path.relative, ...args);
for (const p of ['/a/b/', 'a', '//a', '/.bashrc', '', '/home/u/file.tar.gz', 'rel/x.js']) show(path.parse, p);
for (const o of [{ dir: '/x', name: 'f', ext: 'js' }, { root: '/', base: 'f' }, { name: 'n' }, { dir: 'd', base: 'b', name: 'ignored' }]) show(path.format, o);
for (const p of ['/a', 'a', '', './a']) show(path.isAbsolute, p);
show(path.join, 'a', 1);
show(path.resolve, {});
show(path.dirname, null);
show(path.basename, 'a', 1);
show(path.extname, true);
