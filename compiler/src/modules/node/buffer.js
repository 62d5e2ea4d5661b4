'use strict';
// Node's Buffer: a Uint8Array subclass (Node's FastBuffer) with Node's
// statics and methods; the encodings are kiln's native ones
// (runtime/src/builtins/node/mod.rs, `process.binding('buffer')`).
const native = process.binding('buffer');

const ENCODINGS = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];

function normalize(enc) {
  if (enc === undefined || enc === null) return 'utf8';
  const e = String(enc).toLowerCase();
  if (!ENCODINGS.includes(e)) {
    const err = new TypeError('Unknown encoding: ' + enc);
    err.code = 'ERR_UNKNOWN_ENCODING';
    throw err;
  }
  return e === 'utf-8' ? 'utf8' : e === 'binary' ? 'latin1' : e === 'ucs-2' || e === 'ucs2' || e === 'utf-16le' ? 'utf16le' : e;
}

const { received } = process.binding('kiln');

function argError(message) {
  const e = new TypeError(message);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') return Buffer.alloc(arg);
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8192;

function fromBytes(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromBytes(native.encode(value, normalize(encodingOrOffset)));
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
    const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset);
    const len = length === undefined ? value.byteLength - offset : Number(length);
    return new FastBuffer(value, offset, len);
  }
  if (ArrayBuffer.isView(value)) {
    const copy = new FastBuffer(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = value[i];
    return copy;
  }
  if (Array.isArray(value) || (value !== null && typeof value === 'object' && typeof value.length === 'number')) {
    const b = new FastBuffer(value.length);
    for (let i = 0; i < value.length; i++) b[i] = value[i];
    return b;
  }
  if (value !== null && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) {
    return Buffer.from(value.data);
  }
  throw argError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ' + received(value));
};

function checkSize(size) {
  if (typeof size !== 'number') throw argError('The "size" argument must be of type number. Received ' + received(size));
  if (!(size >= 0 && size <= 4294967296)) {
    const e = new RangeError('The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received ' + String(size).replace(/\B(?=(\d{3})+(?!\d))/g, '_'));
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, 0, size, encoding);
  return b;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return new FastBuffer(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };
Buffer.isEncoding = function isEncoding(e) { return typeof e === 'string' && ENCODINGS.includes(e.toLowerCase()); };
Buffer.byteLength = function byteLength(s, enc) {
  if (typeof s !== 'string') {
    if (ArrayBuffer.isView(s) || s instanceof ArrayBuffer) return s.byteLength;
    throw argError('The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received ' + received(s));
  }
  return native.encode(s, normalize(enc)).length;
};
Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw argError('The "list" argument must be an instance of Array. Received ' + received(list));
  const total = totalLength === undefined ? list.reduce((n, b) => n + b.length, 0) : totalLength;
  const out = Buffer.alloc(total);
  let at = 0;
  for (const b of list) {
    for (let i = 0; i < b.length && at < total; i++) out[at++] = b[i];
  }
  return out;
};
Buffer.compare = function compare(a, b) { return a.compare(b); };

const proto = FastBuffer.prototype;
proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return native.decode(this, 'utf8');
  return native.decode(this, normalize(encoding), start, end);
};
proto.toJSON = function toJSON() { return { type: 'Buffer', data: Array.from(this) }; };
proto.equals = function equals(other) {
  if (!(other instanceof Uint8Array)) throw argError('The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received ' + received(other));
  return this.compare(other) === 0;
};
proto.compare = function compare(other) {
  const n = Math.min(this.length, other.length);
  for (let i = 0; i < n; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
  return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
};
proto.slice = function slice(start, end) { return this.subarray(start, end); };
proto.subarray = function subarray(start, end) {
  const u = Uint8Array.prototype.subarray.call(this, start, end);
  return new FastBuffer(u.buffer, u.byteOffset, u.length);
};
proto.write = function write(string, offset, length, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
  else if (typeof length === 'string') { encoding = length; length = undefined; }
  offset = offset === undefined ? 0 : offset;
  const bytes = native.encode(string, normalize(encoding));
  const n = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
  for (let i = 0; i < n; i++) this[offset + i] = bytes[i];
  return n;
};
proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  if (typeof value === 'string') {
    const bytes = value.length === 0 ? [0] : native.encode(value, normalize(encoding));
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  }
  return Uint8Array.prototype.fill.call(this, typeof value === 'number' ? value & 255 : value, offset, end);
};
proto.indexOf = function indexOf(value, byteOffset, encoding) {
  const needle = typeof value === 'number' ? [value & 255] : typeof value === 'string' ? native.encode(value, normalize(encoding)) : value;
  let from = byteOffset === undefined ? 0 : byteOffset < 0 ? Math.max(0, this.length + byteOffset) : byteOffset;
  outer: for (let i = from; i <= this.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};
proto.includes = function includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; };
proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  let n = 0;
  for (let i = sourceStart; i < sourceEnd && targetStart + n < target.length; i++, n++) target[targetStart + n] = this[i];
  return n;
};

function view(b) { return new DataView(b.buffer, b.byteOffset, b.byteLength); }
function checkOffset(b, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw argError('The "offset" argument must be of type number. Received ' + received(offset));
  if (b.length < size) {
    const e = new RangeError('Attempt to access memory outside buffer bounds');
    e.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
    throw e;
  }
  if (!Number.isInteger(offset) || offset < 0 || offset + size > b.length) {
    const e = new RangeError('The value of "offset" is out of range. It must be ' +
      (Number.isInteger(offset) ? '>= 0 and <= ' + (b.length - size) : 'an integer') + '. Received ' + offset);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return offset;
}
for (const [name, size, get, set, le] of [
  ['UInt8', 1, 'getUint8', 'setUint8'], ['Int8', 1, 'getInt8', 'setInt8'],
  ['UInt16LE', 2, 'getUint16', 'setUint16', true], ['UInt16BE', 2, 'getUint16', 'setUint16', false],
  ['Int16LE', 2, 'getInt16', 'setInt16', true], ['Int16BE', 2, 'getInt16', 'setInt16', false],
  ['UInt32LE', 4, 'getUint32', 'setUint32', true], ['UInt32BE', 4, 'getUint32', 'setUint32', false],
  ['Int32LE', 4, 'getInt32', 'setInt32', true], ['Int32BE', 4, 'getInt32', 'setInt32', false],
  ['FloatLE', 4, 'getFloat32', 'setFloat32', true], ['FloatBE', 4, 'getFloat32', 'setFloat32', false],
  ['DoubleLE', 8, 'getFloat64', 'setFloat64', true], ['DoubleBE', 8, 'getFloat64', 'setFloat64', false],
]) {
  proto['read' + name] = function (offset) {
    return view(this)[get](checkOffset(this, offset, size), le);
  };
  proto['write' + name] = function (value, offset) {
    const at = checkOffset(this, offset, size);
    view(this)[set](at, value, le);
    return at + size;
  };
  if (name.startsWith('UInt')) {
    proto['readUint' + name.slice(4)] = proto['read' + name];
    proto['writeUint' + name.slice(4)] = proto['write' + name];
  }
}

module.exports = { Buffer, kMaxLength: 4294967296, constants: { MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888 } };
