'use strict';
// Node's fs, synchronous half: kiln's native module
// (runtime/src/builtins/node/fs.rs), with directory listings' options here.
const native = process.binding('fs');

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === 1; }
  isDirectory() { return this[kType] === 2; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
  isCharacterDevice() { return this[kType] === 6; }
  isBlockDevice() { return this[kType] === 7; }
}

function typeOf(path) {
  const s = native.lstatSync(path);
  if (s.isFile()) return 1;
  if (s.isDirectory()) return 2;
  if (s.isSymbolicLink()) return 3;
  if (s.isFIFO()) return 4;
  if (s.isSocket()) return 5;
  if (s.isCharacterDevice()) return 6;
  if (s.isBlockDevice()) return 7;
  return 0;
}

function join(dir, name) {
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

function readdirSync(path, options) {
  const withFileTypes = options !== null && typeof options === 'object' && !!options.withFileTypes;
  const recursive = options !== null && typeof options === 'object' && !!options.recursive;
  const names = native.readdirSync(path, options);
  if (!withFileTypes && !recursive) return names;
  const out = [];
  const pending = [[path, '', names]];
  while (pending.length > 0) {
    const [dir, prefix, list] = pending.shift();
    for (const name of list) {
      const full = join(dir, name);
      const type = typeOf(full);
      out.push(withFileTypes ? new Dirent(name, type, dir) : prefix + name);
      if (recursive && type === 2) pending.push([full, prefix + name + '/', native.readdirSync(full)]);
    }
  }
  return out;
}

module.exports = Object.assign({}, native, { readdirSync, Dirent });
