'use strict';
// Node's util: format and inspect are kiln's console formatting
// (runtime/src/builtins/node/mod.rs); the rest is written here.
const native = process.binding('util');

function format(...args) {
  return native.format(...args);
}

function inspect(value, opts, depth) {
  return native.inspect(value, opts, depth);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2, showHidden: false, colors: false };

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArg('ctor', 'of type function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArg('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArg('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const { received } = process.binding('kiln');

function invalidArg(name, what, value) {
  const e = new TypeError('The "' + name + '" argument must be ' + what + '. Received ' + received(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

const warned = new Set();
function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw invalidArg('fn', 'of type function', fn);
  let done = false;
  function deprecated(...args) {
    if (!done && !(code !== undefined && warned.has(code))) {
      done = true;
      if (code !== undefined) warned.add(code);
      process.stderr.write('(node:' + process.pid + ') ' + (code ? '[' + code + '] ' : '') +
        'DeprecationWarning: ' + msg + '\n' +
        '(Use `node --trace-deprecation ...` to show where the warning was created)\n');
    }
    return new.target ? new fn(...args) : fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, new Map());
}

function deepEqual(a, b, seen) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  if (a instanceof RegExp && String(a) !== String(b)) return false;
  if (typeof a.valueOf === 'function' && (a instanceof Number || a instanceof String || a instanceof Boolean)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !deepEqual(v, b.get(k), seen)) return false;
    }
  } else if (a instanceof Set) {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      if (typeof v === 'object' && v !== null) {
        for (const w of b) if (deepEqual(v, w, seen)) continue outer;
      }
      return false;
    }
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k], seen)) return false;
  }
  const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
  const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
  if (sa.length !== sb.length) return false;
  for (const s of sa) if (!deepEqual(a[s], b[s], seen)) return false;
  return true;
}

const types = {
  isRegExp: (v) => v instanceof RegExp,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isNativeError: (v) => v instanceof Error,
  isGeneratorObject: (v) => Object.prototype.toString.call(v) === '[object Generator]',
  isGeneratorFunction: (v) => typeof v === 'function' && Object.prototype.toString.call(v) === '[object GeneratorFunction]',
  isBoxedPrimitive: (v) => v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Symbol,
};

module.exports = {
  format,
  inspect,
  inherits,
  deprecate,
  isDeepStrictEqual,
  types,
  isArray: Array.isArray,
};
