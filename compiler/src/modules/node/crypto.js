'use strict';
// Node's crypto, the part command-line programs use: createHash,
// createHmac (md5, sha1, sha224, sha256, sha384, sha512), randomBytes,
// randomInt, randomUUID, getRandomValues, timingSafeEqual. A Hash keeps
// its input until digest() and hashes it natively in one call
// (runtime/src/builtins/node/crypto.rs, `process.binding('crypto')`).
const native = process.binding('crypto');
const { received } = process.binding('kiln');
const { Buffer } = require('buffer');

const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

function codeError(Kind, code, message) {
  const e = new Kind(message);
  e.code = code;
  return e;
}

function toBytes(data, encoding, name, what) {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (what && (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer)) return new Uint8Array(data);
  throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' +
    (what || 'of type string or an instance of Buffer, TypedArray, or DataView') + '. Received ' + received(data));
}

function concat(chunks) {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function encodeDigest(bytes, encoding) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === undefined || encoding === 'buffer') return b;
  try {
    return b.toString(encoding);
  } catch (_) {
    return b;
  }
}

const kState = Symbol('kState');

class Hash {
  constructor(algorithm, key) {
    if (typeof algorithm !== 'string') {
      throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "algorithm" argument must be of type string. Received ' + received(algorithm));
    }
    const alg = algorithm.toLowerCase();
    if (!HASHES.includes(alg)) {
      if (key !== undefined) throw codeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + algorithm);
      throw new Error('Digest method not supported');
    }
    Object.defineProperty(this, kState, { value: { alg, key, chunks: [], finalized: false } });
  }

  update(data, inputEncoding) {
    const s = this[kState];
    if (s.finalized) throw codeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const bytes = toBytes(data, inputEncoding, 'data');
    s.chunks.push(new Uint8Array(bytes));
    return this;
  }

  digest(outputEncoding) {
    const s = this[kState];
    if (s.finalized) throw codeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    s.finalized = true;
    const data = concat(s.chunks);
    s.chunks = [];
    const out = s.key === undefined ? native.digest(s.alg, data) : native.hmac(s.alg, s.key, data);
    return encodeDigest(out, outputEncoding);
  }

  copy() {
    const s = this[kState];
    if (s.finalized) throw codeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const h = new Hash(s.alg, s.key);
    h[kState].chunks = s.chunks.slice();
    return h;
  }
}

class Hmac extends Hash {}

function createHash(algorithm) {
  return new Hash(algorithm);
}

function createHmac(algorithm, key) {
  if (typeof algorithm !== 'string') {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "hmac" argument must be of type string. Received ' + received(algorithm));
  }
  const k = toBytes(key, 'utf8', 'key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey');
  const h = Object.create(Hmac.prototype);
  const alg = algorithm.toLowerCase();
  if (!HASHES.includes(alg)) throw codeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + algorithm);
  Object.defineProperty(h, kState, { value: { alg, key: new Uint8Array(k), chunks: [], finalized: false } });
  return h;
}

function outOfRange(name, range, value) {
  return codeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' +
    String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_'));
}

function checkCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function. Received ' + received(cb));
  }
}

function randomBytes(size, callback) {
  if (typeof size !== 'number') {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "size" argument must be of type number. Received ' + received(size));
  }
  if (!(size >= 0 && size <= 2147483647)) throw outOfRange('size', '>= 0 && <= 2147483647', size);
  checkCallback(callback);
  const b = Buffer.alloc(Math.floor(size));
  native.randomFill(b);
  if (callback) {
    setImmediate(() => callback(null, b));
    return undefined;
  }
  return b;
}

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  checkCallback(callback);
  if (!Number.isSafeInteger(min)) {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "min" argument must be a safe integer. Received ' + received(min));
  }
  if (!Number.isSafeInteger(max)) {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "max" argument must be a safe integer. Received ' + received(max));
  }
  if (max <= min) {
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  const range = max - min;
  if (range > 2 ** 48 - 1) {
    throw outOfRange('max - min', '<= 281474976710655', range);
  }
  // Rejection sampling over 48 random bits: every value equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  const six = new Uint8Array(6);
  let x;
  do {
    native.randomFill(six);
    x = six[0] * 2 ** 40 + six[1] * 2 ** 32 + six[2] * 2 ** 24 + six[3] * 2 ** 16 + six[4] * 2 ** 8 + six[5];
  } while (x >= limit);
  const n = min + (x % range);
  if (callback) {
    process.nextTick(callback, undefined, n);
    return undefined;
  }
  return n;
}

function timingSafeEqual(a, b) {
  const what = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
  const bytes = (v, name) => {
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    if (v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) return new Uint8Array(v);
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' + what);
  };
  const x = bytes(a, 'buf1'), y = bytes(b, 'buf2');
  if (x.length !== y.length) {
    throw codeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function randomUUID() {
  return globalThis.crypto.randomUUID();
}

function getRandomValues(view) {
  return globalThis.crypto.getRandomValues(view);
}

function getHashes() {
  return HASHES.slice();
}

module.exports = {
  createHash, createHmac, Hash, Hmac, randomBytes, randomInt, randomUUID, getRandomValues,
  timingSafeEqual, getHashes, webcrypto: globalThis.crypto,
};
