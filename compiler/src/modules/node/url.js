'use strict';
// Node's url module and the WHATWG URL / URLSearchParams globals. Parsing,
// serialization and the setters are the `url` crate's implementation of
// the URL Standard (runtime/src/builtins/node/url.rs,
// `process.binding('url')`); URLSearchParams (the
// application/x-www-form-urlencoded parser and serializer) is written here.
// URL and URLSearchParams print as Node's custom inspectors do (the
// `util.inspect.custom` protocol, which kiln's inspect follows).
// Not here: the legacy url.parse/url.format.
const native = process.binding('url');
const { received } = process.binding('kiln');

function codeError(Kind, code, message) {
  const e = new Kind(message);
  e.code = code;
  return e;
}

// ---- application/x-www-form-urlencoded

const HEX = '0123456789ABCDEF';

function utf8(s) {
  return new TextEncoder().encode(s);
}

function serialize(s) {
  let out = '';
  for (const b of utf8(s)) {
    if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ||
        b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) {
      out += '+';
    } else {
      out += '%' + HEX[b >> 4] + HEX[b & 15];
    }
  }
  return out;
}

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function percentDecode(s) {
  const bytes = utf8(s.replace(/\+/g, ' '));
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

function parseQuery(q) {
  const list = [];
  for (const part of q.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    list.push([percentDecode(name), percentDecode(value)]);
  }
  return list;
}

function toUSV(v) {
  return String(v).toWellFormed();
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const inspect = (v, opts) => process.binding('util').inspect(v, opts);
const kList = Symbol('kList');
const kUrl = Symbol('kUrl');

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (typeof iter === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw codeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const kv = [...pair];
          if (kv.length !== 2) {
            throw codeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSV(kv[0]), toUSV(kv[1])]);
        }
      } else {
        for (const k of Reflect.ownKeys(init)) {
          if (typeof k !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, k)) continue;
          this[kList].push([toUSV(k), toUSV(init[k])]);
        }
      }
      return;
    }
    let s = toUSV(init);
    if (s.startsWith('?')) s = s.slice(1);
    this[kList] = parseQuery(s);
  }

  get size() {
    return this[kList].length;
  }

  append(name, value) {
    if (arguments.length < 2) throw missing('name', 'value');
    this[kList].push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (arguments.length < 1) throw missing('name');
    const n = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    this[kList] = this[kList].filter(([k, x]) => !(k === n && (v === undefined || x === v)));
    this.#update();
  }

  get(name) {
    if (arguments.length < 1) throw missing('name');
    const n = toUSV(name);
    const e = this[kList].find(([k]) => k === n);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    if (arguments.length < 1) throw missing('name');
    const n = toUSV(name);
    return this[kList].filter(([k]) => k === n).map(([, v]) => v);
  }

  has(name, value = undefined) {
    if (arguments.length < 1) throw missing('name');
    const n = toUSV(name);
    const v = value === undefined ? undefined : toUSV(value);
    return this[kList].some(([k, x]) => k === n && (v === undefined || x === v));
  }

  set(name, value) {
    if (arguments.length < 2) throw missing('name', 'value');
    const n = toUSV(name), v = toUSV(value);
    const i = this[kList].findIndex(([k]) => k === n);
    if (i < 0) {
      this[kList].push([n, v]);
    } else {
      this[kList][i][1] = v;
      this[kList] = this[kList].filter(([k], j) => j <= i || k !== n);
    }
    this.#update();
  }

  sort() {
    // A stable sort by name in UTF-16 code units.
    const list = this[kList].map((e, i) => [e, i]);
    list.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
    this[kList] = list.map(([e]) => e);
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function. Received ' + received(callback));
    }
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  *entries() {
    for (let i = 0; i < this[kList].length; i++) yield [this[kList][i][0], this[kList][i][1]];
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    return this[kList].map(([k, v]) => serialize(k) + '=' + serialize(v)).join('&');
  }

  #update() {
    const url = this[kUrl];
    if (url !== null) url[kSetQuery](this.toString());
  }

  // Node's lib/internal/url.js: `URLSearchParams { 'a' => '1' }`.
  [kInspect](recurseTimes, ctx) {
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = this[kList].map(([k, v]) => `${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
    const length = output.reduce((prev, cur) => prev + cur.length + separator.length, -separator.length);
    if (length > ctx.breakLength) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }
}

function missing(...names) {
  const list = names.map((n) => '"' + n + '"');
  return codeError(TypeError, 'ERR_MISSING_ARGS', 'The ' + (list.length === 1 ? list[0] + ' argument' : list.join(' and ') + ' arguments') + ' must be specified');
}

// ---- URL

const kSetQuery = Symbol('kSetQuery');
const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

function invalidUrl(input, base) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

class URL {
  #parts;
  #params;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missing('url');
    const text = toUSV(input);
    const baseText = base === undefined ? undefined : toUSV(base);
    const parts = native.parse(text, baseText);
    if (parts === null) throw invalidUrl(text, baseText);
    this.#parts = parts;
    this.#params = new URLSearchParams(parts[9]);
    this.#params[kUrl] = this;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missing('url');
    return native.parse(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
  }

  #set(field, value) {
    const parts = native.set(this.#parts[0], field, toUSV(value));
    if (parts === null) throw invalidUrl(toUSV(value));
    this.#parts = parts;
    if (field === 'href' || field === 'search') this.#params[kList] = parseQuery(parts[9].slice(1));
  }

  [kSetQuery](query) {
    this.#parts = native.set(this.#parts[0], 'search', query);
  }

  toString() { return this.#parts[0]; }
  get href() { return this.#parts[0]; }
  set href(v) { this.#set('href', v); }
  get origin() { return this.#parts[1]; }
  get protocol() { return this.#parts[2]; }
  set protocol(v) { this.#set('protocol', v); }
  get username() { return this.#parts[3]; }
  set username(v) { this.#set('username', v); }
  get password() { return this.#parts[4]; }
  set password(v) { this.#set('password', v); }
  get host() { return this.#parts[5]; }
  set host(v) { this.#set('host', v); }
  get hostname() { return this.#parts[6]; }
  set hostname(v) { this.#set('hostname', v); }
  get port() { return this.#parts[7]; }
  set port(v) { this.#set('port', v); }
  get pathname() { return this.#parts[8]; }
  set pathname(v) { this.#set('pathname', v); }
  get search() { return this.#parts[9]; }
  set search(v) { this.#set('search', v); }
  get searchParams() { return this.#params; }
  get hash() { return this.#parts[10]; }
  set hash(v) { this.#set('hash', v); }

  toJSON() { return this.#parts[0]; }

  // Node's lib/internal/url.js: the getters' values as properties.
  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {};
    for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search']) obj[k] = this[k];
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}

for (const C of [URL, URLSearchParams]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

for (const name of ['toString'].concat(FIELDS, 'searchParams', 'toJSON')) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  Object.defineProperty(URL.prototype, name, { ...d, enumerable: true });
}

// ---- file: URLs and paths

function fileURLToPath(path) {
  let u = path;
  if (typeof path === 'string') u = new URL(path);
  else if (!(path instanceof URL)) {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string or an instance of URL. Received ' + received(path));
  }
  if (u.protocol !== 'file:') throw codeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname !== '') {
    throw codeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = u.pathname;
  if (/%2f/i.test(pathname)) {
    throw codeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') {
    throw codeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string. Received ' + received(filepath));
  }
  let resolved = require('path').resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const escaped = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  const u = new URL('file://');
  u.pathname = escaped;
  return u;
}

function domainToASCII(domain) {
  if (arguments.length === 0) throw missing('domain');
  return native.domainToASCII(String(domain));
}

module.exports = { URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII };
