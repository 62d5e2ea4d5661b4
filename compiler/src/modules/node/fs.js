'use strict';
// Node's fs, synchronous half: kiln's native module
// (runtime/src/builtins/node/fs.rs), with directory listings' options, the
// callback forms and fs.promises here.
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

function hasEncoding(options) {
  return typeof options === 'string' || (options !== null && typeof options === 'object' && options.encoding != null);
}

// Without an encoding, a read is a Buffer (bytes carried as latin1 text).
function readFileSync(path, options) {
  if (hasEncoding(options)) return native.readFileSync(path, options);
  const flag = options !== null && typeof options === 'object' ? options.flag : undefined;
  return require('buffer').Buffer.from(native.readFileSync(path, { encoding: 'latin1', flag }), 'latin1');
}

// Bytes (a Buffer, a typed array, a DataView) are written as latin1 text.
function bytesAsText(data) {
  if (ArrayBuffer.isView(data)) {
    const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    let s = '';
    for (let i = 0; i < u8.length; i += 8192) s += String.fromCharCode.apply(null, u8.subarray(i, i + 8192));
    return s;
  }
  return null;
}

function writer(f) {
  return function (path, data, options) {
    const text = bytesAsText(data);
    if (text === null) return f(path, data, options);
    const o = typeof options === 'string' || options == null ? {} : Object.assign({}, options);
    o.encoding = 'latin1';
    return f(path, text, o);
  };
}

function writeSync(fd, data, position, encoding) {
  const text = bytesAsText(data);
  return text === null ? native.writeSync(fd, data, position, encoding) : native.writeSync(fd, text, null, 'latin1');
}

const sync = Object.assign({}, native, {
  readdirSync,
  Dirent,
  readFileSync,
  writeFileSync: writer(native.writeFileSync),
  appendFileSync: writer(native.appendFileSync),
  writeSync,
});

const { received } = process.binding('kiln');

// The callback and promise forms: the synchronous call, made when the event
// loop next checks for I/O (kiln's file operations complete at once).
const callbacks = {};
const promises = {};
for (const name of Object.keys(sync)) {
  if (!name.endsWith('Sync') || name === 'existsSync') continue;
  const base = name.slice(0, -4);
  const f = sync[name];
  callbacks[base] = function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      const e = new TypeError('The "cb" argument must be of type function. Received ' + received(cb));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    setImmediate(() => {
      let result;
      try {
        result = f(...args);
      } catch (e) {
        cb(e);
        return;
      }
      cb(null, result);
    });
  };
  if (!['openSync', 'closeSync', 'writeSync'].includes(name)) {
    promises[base] = (...args) => new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(f(...args));
        } catch (e) {
          reject(e);
        }
      });
    });
  }
}
callbacks.exists = function exists(path, cb) {
  setImmediate(() => cb(sync.existsSync(path)));
};

module.exports = Object.assign({}, sync, callbacks, { promises });
