'use strict';
// Deep equality as Node's assert and util.isDeepStrictEqual define it
// (written for kiln from Node's documentation of the comparison rules):
// strict mode compares primitives with Object.is, prototypes and type
// tags; loose mode compares primitives with == (NaN equals NaN) and
// ignores prototypes. Both compare own enumerable keys, Map and Set
// entries (object keys and members matched by deep equality), Dates by
// time, RegExps by source and flags, Errors by name and message, boxed
// primitives by value, typed arrays by element; cycles compare equal when
// the same pair is met again.

const toTag = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  return a == b || (a !== a && b !== b);
}

function isDeepEqual(a, b, strict) {
  return compare(a, b, strict, new Map());
}

function compare(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  const objA = typeof a === 'object' ? a !== null : typeof a === 'function';
  const objB = typeof b === 'object' ? b !== null : typeof b === 'function';
  if (!objA || !objB) {
    if (objA || objB) return false;
    return primitiveEqual(a, b, strict);
  }
  if (typeof a === 'function' || typeof b === 'function') return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = toTag(a);
  if (tag !== toTag(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const seen = memo.get(a);
  if (seen !== undefined && seen.has(b)) return true;
  if (seen === undefined) memo.set(a, new Set([b]));
  else seen.add(b);
  if (!compareKind(a, b, tag, strict, memo)) return false;
  return compareKeys(a, b, strict, memo);
}

function compareKind(a, b, tag, strict, memo) {
  if (Array.isArray(a)) return a.length === b.length;
  if (tag === '[object Date]') return Object.is(a.getTime(), b.getTime());
  if (tag === '[object RegExp]') return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  if (a instanceof Error || b instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  }
  if (ArrayBuffer.isView(a)) {
    if (a.length !== b.length || a.byteLength !== b.byteLength) return false;
    for (let i = 0; i < a.length; i++) {
      if (!primitiveEqual(a[i], b[i], strict)) return false;
    }
    return true;
  }
  if (tag === '[object ArrayBuffer]') {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a), y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  for (const Box of [Number, String, Boolean, BigInt, Symbol]) {
    const isA = isBoxed(a, Box), isB = isBoxed(b, Box);
    if (isA !== isB) return false;
    if (isA && !Object.is(Box.prototype.valueOf.call(a), Box.prototype.valueOf.call(b))) return false;
  }
  if (tag === '[object Map]') return a.size === b.size && compareMaps(a, b, strict, memo);
  if (tag === '[object Set]') return a.size === b.size && compareSets(a, b, strict, memo);
  return true;
}

// Whether `v` is a wrapper object of `Box` (Number, String, ...).
function isBoxed(v, Box) {
  try {
    Box.prototype.valueOf.call(v);
    return true;
  } catch (_) {
    return false;
  }
}

function ownKeys(o, strict) {
  const keys = Object.keys(o);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(o)) if (isEnumerable(o, s)) keys.push(s);
  }
  return keys;
}

function compareKeys(a, b, strict, memo) {
  const ka = ownKeys(a, strict), kb = ownKeys(b, strict);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!hasOwn(b, k) || !isEnumerable(b, k)) return false;
    if (!compare(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function compareMaps(a, b, strict, memo) {
  const pending = [];
  for (const [k, v] of a) {
    if (!isObjectLike(k) && b.has(k)) {
      if (!compare(v, b.get(k), strict, memo)) return false;
    } else if (!isObjectLike(k) && strict) {
      return false;
    } else {
      pending.push([k, v]);
    }
  }
  if (pending.length === 0) return true;
  const rest = [];
  for (const [k, v] of b) {
    if (isObjectLike(k) || !a.has(k)) rest.push([k, v]);
  }
  for (const [k, v] of pending) {
    const i = rest.findIndex(([k2, v2]) => compare(k, k2, strict, memo) && compare(v, v2, strict, memo));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}

function compareSets(a, b, strict, memo) {
  const pending = [];
  for (const v of a) {
    if (b.has(v)) continue;
    if (!isObjectLike(v) && strict) return false;
    pending.push(v);
  }
  if (pending.length === 0) return true;
  const rest = [];
  for (const v of b) if (!a.has(v)) rest.push(v);
  for (const v of pending) {
    const i = rest.findIndex((w) => compare(v, w, strict, memo));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isBoxed };
