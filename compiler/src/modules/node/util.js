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

const { isDeepEqual } = require('node:internal/comparisons');

function isDeepStrictEqual(a, b) {
  return isDeepEqual(a, b, true);
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
