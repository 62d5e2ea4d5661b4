// The ES linker's prelude (compiler/src/modules/esm.rs): namespace objects,
// import() and the interop of ES and CommonJS modules.
var __kiln_P = Promise, __kiln_then = Promise.prototype.then;
var __kiln_errors = { Error: Error, SyntaxError: SyntaxError, TypeError: TypeError, RangeError: RangeError, ReferenceError: ReferenceError };
function __kiln_resolved() {
  return new __kiln_P(function (resolve) { resolve(); });
}
function __kiln_rejected(e) {
  return new __kiln_P(function (_, reject) { reject(e); });
}
function __kiln_import_failed(name, code, message, url) {
  var e = new __kiln_errors[name](message);
  if (code) {
    // Node's errors print their code after the class name.
    var stack = e.stack;
    if (typeof stack === 'string' && stack.slice(0, name.length) === name)
      e.stack = name + ' [' + code + ']' + stack.slice(name.length);
    e.code = code;
  }
  if (url) e.url = url;
  return __kiln_rejected(e);
}
function __kiln_import_computed(spec, table, dir, from) {
  var s;
  try { s = `${spec}`; } catch (e) { return __kiln_rejected(e); }
  var key = s, relative = s.slice(0, 2) === './' || s.slice(0, 3) === '../';
  if (relative || s[0] === '/') {
    var parts = [], segs = (relative ? dir + '/' + s : s).split('/');
    for (var i = 0; i < segs.length; i++) {
      if (segs[i] === '..') parts.pop();
      else if (segs[i] !== '' && segs[i] !== '.') parts.push(segs[i]);
    }
    key = '/' + parts.join('/');
  }
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key]();
  if (key[0] === '/')
    return __kiln_import_failed('Error', 'ERR_MODULE_NOT_FOUND', "Cannot find module '" + key + "' imported from " + from, 'file://' + encodeURI(key));
  if (s.slice(0, 5) === 'node:' || __kiln_builtins.indexOf(s.split('/')[0]) >= 0)
    return __kiln_import_failed('Error', 'ERR_MODULE_NOT_FOUND', "kiln did not bundle the built-in module '" + s + "': the specifier of this import() is computed, and " + from + " does not name it in a string literal", '');
  var name = s.split('/').slice(0, s[0] === '@' ? 2 : 1).join('/');
  return __kiln_import_failed('Error', 'ERR_MODULE_NOT_FOUND', "Cannot find package '" + name + "' imported from " + from, '');
}
var __kiln_Proxy = Proxy, __kiln_Reflect = Reflect, __kiln_same = Object.is;
function __kiln_namespace(names, getters) {
  // A module namespace exotic object: a proxy over a non-extensible,
  // null-prototype target whose non-configurable writable data properties
  // stand for the exports; its traps read the live bindings.
  var t = Object.create(null), g = Object.create(null), R = __kiln_Reflect;
  for (var i = 0; i < names.length; i++) {
    Object.defineProperty(t, names[i], { value: undefined, writable: true, enumerable: true, configurable: false });
    g[names[i]] = getters[i];
  }
  Object.defineProperty(t, Symbol.toStringTag, { value: 'Module' });
  // V8's order: array indices ascending, the other names sorted, the tag.
  var keys = R.ownKeys(t);
  Object.preventExtensions(process.binding('kiln').moduleNamespace(t));
  function exported(k) { return typeof k === 'string' && g[k] !== undefined; }
  return new __kiln_Proxy(t, {
    get: function (t, k, r) { return exported(k) ? g[k]() : R.get(t, k, r); },
    set: function () { return false; },
    getOwnPropertyDescriptor: function (t, k) {
      if (!exported(k)) return R.getOwnPropertyDescriptor(t, k);
      return { value: g[k](), writable: true, enumerable: true, configurable: false };
    },
    defineProperty: function (t, k, d) {
      if (!exported(k)) return R.defineProperty(t, k, d);
      var v = g[k]();
      if (d.configurable === true || d.enumerable === false || 'get' in d || 'set' in d || d.writable === false) return false;
      return 'value' in d ? __kiln_same(d.value, v) : true;
    },
    ownKeys: function () { return keys.slice(); }
  });
}
var __kiln_lazy = [], __kiln_cjs_nss = [], __kiln_cjs_names = [];
// Declared by the CommonJS loader when the program has one.
var __kiln_load;
function __kiln_dynamic_import(get) {
  return __kiln_then.call(__kiln_resolved(), get);
}
function __kiln_lazy_import(c, get) {
  return __kiln_then.call(__kiln_then.call(__kiln_resolved(), function () { return __kiln_lazy[c](); }), get);
}
function __kiln_cjs_ns(id) {
  return __kiln_cjs_nss[id] || (__kiln_cjs_nss[id] = __kiln_cjs_namespace(__kiln_load(id), __kiln_cjs_names[id]));
}
function __kiln_cjs_import(id) {
  return __kiln_then.call(__kiln_resolved(), function () { return __kiln_cjs_ns(id); });
}
function __kiln_required(ns) {
  if ('module.exports' in ns) return ns['module.exports'];
  if (!('default' in ns) || '__esModule' in ns) return ns;
  var names = Object.keys(ns).concat(['__esModule']).sort();
  return __kiln_namespace(names, names.map(function (k) {
    return k === '__esModule' ? function () { return true; } : function () { return ns[k]; };
  }));
}
function __kiln_cjs_namespace(exports, named) {
  var names = ['default'], getters = [function () { return exports; }];
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    (named || Object.keys(exports)).forEach(function (k) {
      if (k !== 'default') { names.push(k); getters.push(function () { return exports[k]; }); }
    });
  }
  var order = names.map(function (n, i) { return i; }).sort(function (a, b) { return names[a] < names[b] ? -1 : 1; });
  return __kiln_namespace(order.map(function (i) { return names[i]; }), order.map(function (i) { return getters[i]; }));
}
