// Reflect on exotic objects: arrays (length), typed arrays, functions,
// string wrappers and arguments objects.
const a = [1, 2, 3];
console.log(Reflect.defineProperty(a, 'length', { value: 1 }), a);
try { Reflect.defineProperty(a, 'length', { value: -1 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.set(a, 5, 'x'), a.length, Reflect.deleteProperty(a, 'length'), Reflect.ownKeys(a));
Object.freeze(a);
console.log(Reflect.set(a, 0, 9), Reflect.defineProperty(a, 9, { value: 1 }), Reflect.isExtensible(a));
const t = new Int16Array([10, 20]);
console.log(Reflect.get(t, 1), Reflect.get(t, 2), Reflect.has(t, 1), Reflect.has(t, 2), Reflect.has(t, 'length'));
console.log(Reflect.set(t, 0, 70000), t[0], Reflect.set(t, 5, 1), Reflect.set(t, '-0', 1));
console.log(Reflect.ownKeys(t), Reflect.getOwnPropertyDescriptor(t, 0), Reflect.deleteProperty(t, 0), Reflect.deleteProperty(t, 9));
console.log(Reflect.defineProperty(t, 1, { value: 5, writable: true, enumerable: true, configurable: true }), t[1]);
console.log(Reflect.getPrototypeOf(t) === Int16Array.prototype, Reflect.preventExtensions(t), Reflect.isExtensible(t));
const recv = {};
console.log(Reflect.set(t, 0, 1, recv), recv, t[0]);
function f(x, y) { 'use strict'; return arguments; }
console.log(Reflect.ownKeys(f), Reflect.get(f, 'name'), Reflect.has(f, 'prototype'));
const args = f(1, 2);
console.log(Reflect.ownKeys(args), Reflect.get(args, 1), Reflect.set(args, 0, 'z'), args[0]);
const s = Object('hi');
console.log(Reflect.ownKeys(s), Reflect.set(s, 0, 'x'), s[0], Reflect.defineProperty(s, 'length', { value: 9 }), Reflect.deleteProperty(s, 1));
console.log(Reflect.getOwnPropertyDescriptor(s, 'length'));
const dv = new DataView(new ArrayBuffer(4));
console.log(Reflect.ownKeys(dv), Reflect.has(dv, 'getInt8'), Reflect.get(DataView.prototype, 'byteLength', dv));
