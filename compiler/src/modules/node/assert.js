'use strict';
// Node's assert (and assert/strict), written for kiln from Node's
// documented behaviour and the messages Node v20 prints: AssertionError
// with code/actual/expected/operator/generatedMessage, the line diff of
// strictEqual and deepStrictEqual, throws/rejects validation by class,
// RegExp, function or object. `assert(x)`'s generated message quotes the
// call's source text: the program's sources are in its frame table (for
// stack traces), and `process.binding('kiln').callSite` returns the
// position and text of the first caller outside this module.

const { isDeepEqual } = require('node:internal/comparisons');
const { inspect } = require('util');
const kiln = process.binding('kiln');

const kReadable = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function argError(name, what, value) {
  const e = new TypeError('The "' + name + '" argument must be ' + what + '. Received ' + kiln.received(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

// ---- Node's inspect with { compact: false, sorted: true, depth: Infinity }:
// one property per line, the form the diff compares line by line.

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyText(k) {
  if (typeof k === 'symbol') return '[' + k.toString() + ']';
  return IDENT.test(k) ? k : inspect(k);
}

function prefixOf(v, tag, size) {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return '[' + tag + ': null prototype] ';
  const ctor = proto.constructor;
  const name = typeof ctor === 'function' && ctor.name ? ctor.name : tag;
  const sized = size === undefined ? name : name + '(' + size + ')';
  if (name === 'Object' && size === undefined) return '';
  if (name === 'Array' && size === undefined) return '';
  return sized + ' ';
}

function expand(v, indent, stack) {
  if (typeof v !== 'object' || v === null) return inspect(v);
  if (stack.includes(v)) return '[Circular *1]';
  const isArr = Array.isArray(v);
  const isMap = v instanceof Map;
  const isSet = v instanceof Set;
  const proto = Object.getPrototypeOf(v);
  const plain = isArr || isMap || isSet || proto === null || proto === Object.prototype ||
    (typeof proto.constructor === 'function' && Object.getPrototypeOf(proto) === Object.prototype &&
      !(v instanceof Error) && toTag(v) === '[object Object]');
  if (!plain) return inspect(v, { depth: Infinity });
  stack.push(v);
  const inner = indent + '  ';
  const entries = [];
  if (isArr) {
    for (let i = 0; i < v.length; i++) {
      if (Object.prototype.hasOwnProperty.call(v, i)) entries.push(expand(v[i], inner, stack));
    }
  }
  const tail = [];
  if (isMap) {
    for (const [k, val] of v) tail.push(expand(k, inner, stack) + ' => ' + expand(val, inner, stack));
  } else if (isSet) {
    for (const val of v) tail.push(expand(val, inner, stack));
  }
  const keys = Object.keys(v).filter((k) => !isArr || !/^(0|[1-9][0-9]*)$/.test(k));
  for (const s of Object.getOwnPropertySymbols(v)) {
    if (Object.prototype.propertyIsEnumerable.call(v, s)) keys.push(s);
  }
  for (const k of keys) tail.push(keyText(k) + ': ' + expand(v[k], inner, stack));
  tail.sort();
  stack.pop();
  entries.push(...tail);
  const tag = isArr ? 'Array' : isMap ? 'Map' : isSet ? 'Set' : 'Object';
  const prefix = prefixOf(v, tag, isArr ? undefined : isMap || isSet ? v.size : undefined);
  const [open, close] = isArr ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return prefix + open + close;
  return prefix + open + '\n' + entries.map((e) => inner + e).join(',\n') + '\n' + indent + close;
}

const toTag = (v) => Object.prototype.toString.call(v);

function inspectValue(v) {
  return expand(v, '', []);
}

// ---- The line diff of strictEqual and deepStrictEqual (Node v20's layout:
// `+ actual - expected`, identical trailing lines kept as context, runs of
// identical lines collapsed to `...`).

function isObj(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function errDiff(actual, expected, operator, message) {
  let op = operator;
  if (op === 'strictEqual' && ((isObj(actual) && isObj(expected) && typeof actual === typeof expected))) {
    op = 'strictEqualObject';
  }
  const actualText = inspectValue(actual), expectedText = inspectValue(expected);
  const aLines = actualText.split('\n'), eLines = expectedText.split('\n');
  const header = message === undefined ? kReadable[op] : message;
  let indicator = '';
  if (aLines.length === 1 && eLines.length === 1 && aLines[0] !== eLines[0]) {
    const total = aLines[0].length + eLines[0].length;
    if (total <= 12) {
      if (!isObj(actual) && !isObj(expected) && (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + aLines[0] + ' !== ' + eLines[0] + '\n';
      }
    } else if (op !== 'strictEqualObject') {
      const width = process.stderr.isTTY && process.stderr.columns ? process.stderr.columns : 80;
      if (total < width) {
        let i = 0;
        while (aLines[0][i] === eLines[0][i]) i++;
        if (i > 2) indicator = '\n  ' + ' '.repeat(i) + '^';
      }
    }
  }
  // Identical trailing lines: the last three are context.
  let end = '', other = '', same = 0, skipped = false;
  while (aLines.length > 0 && eLines.length > 0 && aLines[aLines.length - 1] === eLines[eLines.length - 1]) {
    const line = aLines.pop();
    eLines.pop();
    if (same++ < 3) end = '\n  ' + line + end;
    else other = line;
  }
  const maxLines = Math.max(aLines.length, eLines.length);
  if (maxLines === 0) {
    let lines = actualText.split('\n');
    if (lines.length > 50) lines = lines.slice(0, 46).concat('...');
    return kReadable.notIdentical + '\n\n' + lines.join('\n') + '\n';
  }
  if (same >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }
  let res = '', printed = 0, identical = 0;
  const head = header + '\n+ actual - expected';
  const longer = aLines.length >= maxLines ? aLines : eLines;
  const sign = longer === aLines ? '+' : '-';
  const shorter = longer === aLines ? eLines.length : aLines.length;
  const flushIdentical = (i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += '\n  ' + longer[i - 3];
            printed++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += '\n  ' + longer[i - 2];
        printed++;
      }
      res += '\n  ' + longer[i - 1];
      printed++;
    }
    identical = 0;
  };
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorter) {
      flushIdentical(i);
      if (longer === aLines) res += '\n' + sign + ' ' + longer[i];
      else other += '\n' + sign + ' ' + longer[i];
      printed++;
    } else {
      const e = eLines[i];
      let a = aLines[i];
      let differ = a !== e && !(a.endsWith(',') && a.slice(0, -1) === e);
      if (differ && e.endsWith(',') && e.slice(0, -1) === a) {
        differ = false;
        a += ',';
      }
      if (differ) {
        flushIdentical(i);
        res += '\n+ ' + a;
        other += '\n- ' + e;
        printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + a;
          printed++;
        }
      }
    }
    if (printed > 50 && i < maxLines - 2) {
      return head + ' ... Lines skipped\n' + res + '\n...' + other + '\n...';
    }
  }
  return head + (skipped ? ' ... Lines skipped' : '') + '\n' + res + other + end + indicator;
}

// ---- AssertionError

function generatedText(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return errDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadable[operator];
    let lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObj(actual)) base = kReadable.notStrictEqualObject;
    if (lines.length > 50) lines = lines.slice(0, 46).concat('...');
    if (lines.length === 1) return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
    return base + '\n\n' + lines.join('\n') + '\n';
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadable[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = known + '\n\n' + res;
    return res.length > 1024 ? res.slice(0, 1021) + '...' : res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else if (kReadable[operator + 'Unequal']) {
    res = kReadable[operator + 'Unequal'] + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
  } else {
    other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      throw argError('options', 'of type object', options);
    }
    const { message, operator, stackStartFn } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = operator === 'deepStrictEqual' || operator === 'strictEqual'
        ? errDiff(actual, expected, operator, String(message))
        : String(message);
    } else {
      text = generatedText(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---- assert(x) / assert.ok(x): the message quotes the call's source.

function sourceOfCall() {
  const site = kiln.callSite();
  if (!site || site.esm) return undefined;
  const { text, offset } = site;
  // Back to the start of the callee (`assert`, `assert.ok`, `a.b.ok`).
  let start = offset;
  while (start > 0 && /[\w$.]/.test(text[start - 1])) start--;
  // On to the call's closing parenthesis (strings and nesting skipped).
  let i = text.indexOf('(', offset);
  if (i < 0) return undefined;
  let depth = 0, quote = '';
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (i >= text.length) return undefined;
  const code = text.slice(start, i + 1);
  // Continuation lines lose the indentation of the call's own line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))[0];
  const lines = code.split('\n').map((l, k) => (k > 0 && l.startsWith(indent) ? l.slice(indent.length) : l));
  return lines.join('\n  ');
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    const code = sourceOfCall();
    // Without the source, Node's message is the generated `false == true`.
    message = code === undefined ? undefined : 'The expression evaluated to a falsy value:\n\n  ' + code + '\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};

function fail(message) {
  if (message instanceof Error) throw message;
  const generated = message === undefined;
  const err = new AssertionError({ message: generated ? 'Failed' : message, operator: 'fail', stackStartFn: fail });
  err.generatedMessage = generated;
  throw err;
}

function checkArgs(n) {
  if (n < 2) {
    const e = new TypeError('The "actual" and "expected" arguments must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
}

function equal(actual, expected, message) {
  checkArgs(arguments.length);
  if (actual == expected || (actual !== actual && expected !== expected)) return;
  innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
}

function notEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!(actual == expected || (actual !== actual && expected !== expected))) return;
  innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
}

function strictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (Object.is(actual, expected)) return;
  innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!Object.is(actual, expected)) return;
  innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

function deepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepEqual(actual, expected, false)) return;
  innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepEqual(actual, expected, false)) return;
  innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepEqual(actual, expected, true)) return;
  innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
}

function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepEqual(actual, expected, true)) return;
  innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
}

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) throw argError('regexp', 'an instance of RegExp', regexp);
  const match = fn === matchFn;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === match) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  message = message || (typeof string !== 'string'
    ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
    : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
      inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function matchFn(string, regexp, message) {
  internalMatch(string, regexp, message, matchFn);
}
function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// ---- throws / doesNotThrow / rejects / doesNotReject

const NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw argError('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(v) {
  return v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function';
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      const e = new TypeError('Expected instance of Promise to be returned from the "promiseFn" function but got ' +
        kiln.received(promise) + '.');
      e.code = 'ERR_INVALID_RETURN_VALUE';
      throw e;
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw argError('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        this[key] = actual !== undefined && typeof actual[key] === 'string' && obj[key] instanceof RegExp &&
          obj[key].exec(actual[key]) !== null ? actual[key] : obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepEqual(actual[key], expected[key], true)) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generated = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        const e = new TypeError("The argument 'error' may not be an empty object. Received {}");
        e.code = 'ERR_INVALID_ARG_VALUE';
        throw e;
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (actual instanceof Error) message += '"' + actual.name + '"';
      else message += '"' + inspect(actual, { depth: -1 }) + '"';
      if (actual && actual.message !== undefined) message += '\n\nError message:\n\n' + actual.message;
    }
    throwError = true;
  } else {
    const res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + name + 'validation function is expected to return "true". Received ' + inspect(res);
        if (actual instanceof Error) message += '\n\nCaught error:\n\n' + actual;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function checkErrorArg(error, message) {
  if (typeof error === 'string') {
    if (message !== undefined) throw argError('error', 'of type function or an instance of Error, RegExp, or Object', error);
    return [undefined, error];
  }
  if (error !== undefined && typeof error !== 'function' && typeof error !== 'object') {
    throw argError('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
  return [error, message];
}

function expectsError(fn, actual, error, message) {
  [error, message] = checkErrorArg(error, message);
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: 'Missing expected ' + kind + details, stackStartFn: fn });
  }
  if (error) expectedException(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? ': ' + message : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + kind + details + '\nActual message: "' + (actual == null ? undefined : actual.message) + '"',
      stackStartFn: fn,
    });
  }
  throw actual;
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) return expected.exec(String(actual)) !== null;
    throw argError('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

function throws(fn, error, message) {
  expectsError(throws, getActual(fn), error, message);
}

function doesNotThrow(fn, error, message) {
  expectsNoError(doesNotThrow, getActual(fn), error, message);
}

async function rejects(promiseFn, error, message) {
  expectsError(rejects, await waitForActual(promiseFn), error, message);
}

async function doesNotReject(promiseFn, error, message) {
  expectsNoError(doesNotReject, await waitForActual(promiseFn), error, message);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
}

Object.defineProperty(matchFn, 'name', { value: 'match' });

Object.assign(assert, {
  ok, fail, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual,
  deepStrictEqual, notDeepStrictEqual, match: matchFn, doesNotMatch, throws, doesNotThrow,
  rejects, doesNotReject, ifError, AssertionError,
});

// assert.strict: the same functions with the strict comparisons under the
// loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: strictEqual,
  notEqual: notStrictEqual,
  deepEqual: deepStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
