// Node's `path` module for POSIX paths (`path.posix`; kiln targets Linux),
// written for kiln from Node's documented behaviour. Compiled into a
// program that requires `path` or `path/posix`.
'use strict';

function describe(v) {
  if (v === null || v === undefined) return 'Received ' + v;
  if (typeof v === 'function') return 'Received function ' + v.name;
  if (typeof v === 'object') {
    const c = v.constructor;
    return c && c.name ? 'Received an instance of ' + c.name : 'Received ' + String(v);
  }
  const shown = typeof v === 'string' ? "'" + v + "'" : String(v);
  return 'Received type ' + typeof v + ' (' + shown + ')';
}

function check(value, name) {
  if (typeof value !== 'string') {
    const e = new TypeError('The "' + name + '" argument must be of type string. ' + describe(value));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}

// The segments of `p` with `.` and empty ones dropped and `..` applied
// (kept at the front of a relative path when `aboveRoot`).
function segments(p, aboveRoot) {
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out;
}

function cwd() {
  if (typeof process.cwd === 'function') return process.cwd();
  return process.env.PWD || '/';
}

function normalize(p) {
  check(p, 'path');
  if (p.length === 0) return '.';
  const absolute = p[0] === '/';
  const trailing = p[p.length - 1] === '/';
  let r = segments(p, !absolute).join('/');
  if (r.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) r += '/';
  return absolute ? '/' + r : r;
}

function join(...parts) {
  let joined = '';
  for (const part of parts) {
    check(part, 'path');
    if (part.length > 0) joined = joined.length === 0 ? part : joined + '/' + part;
  }
  return joined.length === 0 ? '.' : normalize(joined);
}

function resolve(...parts) {
  let resolved = '';
  let absolute = false;
  for (let i = parts.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? parts[i] : cwd();
    check(p, 'paths[' + i + ']');
    if (p.length === 0) continue;
    resolved = p + '/' + resolved;
    absolute = p[0] === '/';
  }
  const r = segments(resolved, !absolute).join('/');
  if (absolute) return '/' + r;
  return r.length > 0 ? r : '.';
}

function isAbsolute(p) {
  check(p, 'path');
  return p.length > 0 && p[0] === '/';
}

function relative(from, to) {
  check(from, 'from');
  check(to, 'to');
  if (from === to) return '';
  const f = segments(resolve(from), false);
  const t = segments(resolve(to), false);
  let common = 0;
  while (common < f.length && common < t.length && f[common] === t[common]) common++;
  const up = [];
  for (let i = common; i < f.length; i++) up.push('..');
  return up.concat(t.slice(common)).join('/');
}

// The end of `p` without its trailing slashes.
function trimmedEnd(p) {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return end;
}

function dirname(p) {
  check(p, 'path');
  if (p.length === 0) return '.';
  const absolute = p[0] === '/';
  // The last slash that follows a non-slash, scanning from the end.
  let end = -1;
  let seenName = false;
  for (let i = p.length - 1; i >= 1; i--) {
    if (p[i] !== '/') seenName = true;
    else if (seenName) {
      end = i;
      break;
    }
  }
  if (end === -1) return absolute ? '/' : '.';
  if (absolute && end === 1) return '//';
  return p.slice(0, end);
}

function basename(p, suffix) {
  if (suffix !== undefined) check(suffix, 'suffix');
  check(p, 'path');
  const end = trimmedEnd(p);
  if (end === 1 && p[0] === '/') return '';
  const base = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
  if (suffix !== undefined && suffix.length > 0 && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extname(p) {
  check(p, 'path');
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function parse(p) {
  check(p, 'path');
  const root = p.length > 0 && p[0] === '/' ? '/' : '';
  const base = basename(p);
  const ext = extname(p);
  const end = trimmedEnd(p);
  const slash = p.lastIndexOf('/', end - 1);
  const dir = slash === -1 ? '' : p.slice(0, slash) || root;
  return { root, dir, base, ext, name: ext.length > 0 ? base.slice(0, base.length - ext.length) : base };
}

// Node exposes it bound (its name is `bound _format`).
function _format(obj) {
  if (obj === null || typeof obj !== 'object') {
    const e = new TypeError('The "pathObject" argument must be of type object. ' + describe(obj));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  const dir = obj.dir || obj.root;
  const ext = obj.ext ? (obj.ext[0] === '.' ? obj.ext : '.' + obj.ext) : '';
  const base = obj.base || (obj.name || '') + ext;
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

function toNamespacedPath(p) {
  return p;
}

const path = {
  sep: '/',
  delimiter: ':',
  normalize,
  join,
  resolve,
  isAbsolute,
  relative,
  dirname,
  basename,
  extname,
  parse,
  format: _format.bind(null),
  toNamespacedPath,
};
path.posix = path;
module.exports = path;
