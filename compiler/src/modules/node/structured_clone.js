'use strict';
// structuredClone (HTML's StructuredSerialize/Deserialize in one pass over
// kiln's values): primitives, boxed primitives, Date, RegExp, ArrayBuffer,
// typed arrays and DataView (a buffer shared by several views is cloned
// once), Map, Set, Error (name, message, stack, cause), arrays and plain
// objects (own enumerable string keys, getters read, prototypes dropped);
// cycles and shared references are kept. Functions, symbols and other
// objects with internal slots (Promise, WeakMap, ...) throw a
// DataCloneError, as Node's DOMException does. `transfer` takes ArrayBuffers
// (the clone gets their contents, the originals are detached, as Node 20
// does); anything else in the list is Node's ERR_INVALID_TRANSFER_OBJECT.

const { isBoxed } = require('node:internal/comparisons');
const kiln = process.binding('kiln');

class DOMException extends Error {
  constructor(message, name) {
    super(message);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    Object.defineProperty(this, 'code', { value: name === 'DataCloneError' ? 25 : 0, configurable: true });
  }
}

const toTag = (v) => Object.prototype.toString.call(v);
const ERRORS = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const TYPED = {
  '[object Int8Array]': Int8Array, '[object Uint8Array]': Uint8Array, '[object Uint8ClampedArray]': Uint8ClampedArray,
  '[object Int16Array]': Int16Array, '[object Uint16Array]': Uint16Array, '[object Int32Array]': Int32Array,
  '[object Uint32Array]': Uint32Array, '[object Float32Array]': Float32Array, '[object Float64Array]': Float64Array,
  '[object BigInt64Array]': BigInt64Array, '[object BigUint64Array]': BigUint64Array,
};

function uncloneable(v) {
  let text;
  if (typeof v === 'symbol') text = v.toString();
  else if (typeof v === 'function') text = Function.prototype.toString.call(v);
  else text = '#<' + (toTag(v).slice(8, -1) === 'Object' && v.constructor ? v.constructor.name : toTag(v).slice(8, -1)) + '>';
  return new DOMException(text + ' could not be cloned.', 'DataCloneError');
}

function clone(v, memo) {
  if (typeof v === 'symbol' || typeof v === 'function') throw uncloneable(v);
  if (typeof v !== 'object' || v === null) return v;
  const known = memo.get(v);
  if (known !== undefined) return known;
  const tag = toTag(v);
  let out;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    memo.set(v, out);
    copyProps(v, out, memo);
    return out;
  }
  if (tag === '[object Date]') out = new Date(v.getTime());
  else if (tag === '[object RegExp]') out = new RegExp(v.source, v.flags);
  else if (tag === '[object ArrayBuffer]') {
    if (kiln.isDetachedBuffer(v)) {
      throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
    }
    out = copyBuffer(v);
  }
  else if (TYPED[tag] || tag === '[object DataView]') {
    const buffer = clone(v.buffer, memo);
    out = tag === '[object DataView]'
      ? new DataView(buffer, v.byteOffset, v.byteLength)
      : new TYPED[tag](buffer, v.byteOffset, v.length);
  } else if (tag === '[object Map]') {
    out = new Map();
    memo.set(v, out);
    const entries = [...v];
    for (const [k, val] of entries) out.set(clone(k, memo), clone(val, memo));
    return out;
  } else if (tag === '[object Set]') {
    out = new Set();
    memo.set(v, out);
    for (const val of [...v]) out.add(clone(val, memo));
    return out;
  } else if (tag === '[object Error]') {
    return cloneError(v, memo);
  } else if (isBoxed(v, Number)) out = Object(Number.prototype.valueOf.call(v));
  else if (isBoxed(v, String)) out = Object(String.prototype.valueOf.call(v));
  else if (isBoxed(v, Boolean)) out = Object(Boolean.prototype.valueOf.call(v));
  else if (isBoxed(v, BigInt)) out = Object(BigInt.prototype.valueOf.call(v));
  else if (tag === '[object Object]' && !isBoxed(v, Symbol)) {
    out = {};
    memo.set(v, out);
    copyProps(v, out, memo);
    return out;
  } else {
    throw uncloneable(v);
  }
  memo.set(v, out);
  return out;
}

// A new ArrayBuffer with `b`'s bytes (and its resizability).
function copyBuffer(b) {
  if (kiln.isDetachedBuffer(b)) return new ArrayBuffer(0);
  if (!b.resizable) return b.slice(0);
  const out = new ArrayBuffer(b.byteLength, { maxByteLength: b.maxByteLength });
  new Uint8Array(out).set(new Uint8Array(b));
  return out;
}

function copyProps(from, to, memo) {
  for (const k of Object.keys(from)) {
    if (Object.prototype.hasOwnProperty.call(from, k)) to[k] = clone(from[k], memo);
  }
}

function cloneError(v, memo) {
  const name = v.name;
  const Ctor = Object.prototype.hasOwnProperty.call(ERRORS, name) ? ERRORS[name] : Error;
  const out = Object.create(Ctor.prototype);
  memo.set(v, out);
  const stack = v.stack;
  if (typeof stack === 'string') Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true });
  const msg = Object.getOwnPropertyDescriptor(v, 'message');
  if (msg && 'value' in msg) {
    Object.defineProperty(out, 'message', { value: String(msg.value), writable: true, configurable: true });
  }
  if (Object.prototype.hasOwnProperty.call(v, 'cause')) {
    Object.defineProperty(out, 'cause', { value: clone(v.cause, memo), writable: true, configurable: true });
  }
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const e = new TypeError('The value argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  const memo = new Map();
  let transfer = [];
  if (options !== undefined && options !== null && options.transfer !== undefined) {
    const t = options.transfer;
    if (t === null || typeof t !== 'object' || typeof t[Symbol.iterator] !== 'function') {
      const e = new TypeError('Optional transferList argument must be an iterable');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    transfer = [...t];
    for (const b of transfer) {
      if (typeof b !== 'object' || b === null || toTag(b) !== '[object ArrayBuffer]') {
        const e = new TypeError('Found invalid object in transferList');
        e.code = 'ERR_INVALID_TRANSFER_OBJECT';
        throw e;
      }
      if (memo.has(b)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      memo.set(b, copyBuffer(b));
    }
  }
  const out = clone(value, memo);
  for (const b of transfer) kiln.detachArrayBuffer(b);
  return out;
}

module.exports = { structuredClone, DOMException };
