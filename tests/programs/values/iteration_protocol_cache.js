// for-of, spread and Array.from over arrays, Maps, Sets and their iterators
// run natively while the iteration protocol is the built-in one; whether it
// still is is remembered per prototype and re-checked by reading the
// remembered slots. Every way of changing the protocol must be seen, also
// after it was remembered (a loop ran first), and across collections.
function sum(it) {
  let t = 0;
  for (const x of it) t += typeof x === 'number' ? x : x[1];
  return t;
}
function churn() {
  // Enough garbage for a collection or two.
  let keep = null;
  for (let i = 0; i < 20000; i++) keep = { i, next: keep, pad: [i, i, i] };
  return keep.i;
}
const arr = [1, 2, 3];
const map = new Map([['a', 10], ['b', 20]]);
const set = new Set([100, 200]);
const warm = () => [sum(arr), sum(map), sum(set), sum(map.values()), sum(set.keys()), sum(arr.values()), [...arr].length, [...set].length, Array.from(map).length].join(',');
for (let i = 0; i < 3; i++) warm();
console.log('pristine', warm());

// Array.prototype[Symbol.iterator] assigned (same slot), then restored.
const values = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 1000; };
console.log('array iterator assigned', sum(arr), [...arr].join(), sum(set));
Array.prototype[Symbol.iterator] = values;
console.log('restored', warm());

// %ArrayIteratorPrototype%.next replaced, deleted, made a getter.
const arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
const next = arrayIterProto.next;
arrayIterProto.next = function () { return { done: true, value: undefined }; };
console.log('array next replaced', sum(arr), [...arr].length, sum(map));
arrayIterProto.next = next;
console.log('restored', warm());
delete arrayIterProto.next;
try {
  sum(arr);
} catch (e) {
  console.log('array next deleted', e.constructor.name);
}
Object.defineProperty(arrayIterProto, 'next', { get() { return next; }, configurable: true, enumerable: false });
console.log('array next getter', sum(arr));
Object.defineProperty(arrayIterProto, 'next', { value: next, writable: true, configurable: true, enumerable: false });
churn();
console.log('restored after gc', warm(), churn() > 0);

// An array with an own iterator; an array with another prototype.
const own = [5, 6];
own[Symbol.iterator] = function* () { yield 7; };
console.log('own iterator', sum(own), sum([5, 6]));
class MyArray extends Array {
  *[Symbol.iterator]() { yield 42; }
}
const mine = MyArray.from([1, 2]);
console.log('subclass iterator', sum(mine), mine.length, sum([1, 2]));
const other = [3, 4];
Object.setPrototypeOf(other, { *[Symbol.iterator]() { yield 9; } });
console.log('other prototype', sum(other), sum([3, 4]));

// Map and Set protocols replaced on their prototypes and iterators.
const entries = Map.prototype[Symbol.iterator];
Map.prototype[Symbol.iterator] = function* () { yield ['z', 1]; };
console.log('map iterator assigned', sum(map), sum(map.entries()), [...map].length);
Map.prototype[Symbol.iterator] = entries;
console.log('restored', warm());
const setIterProto = Object.getPrototypeOf(set.values());
const setNext = setIterProto.next;
setIterProto.next = function () { return { done: true }; };
console.log('set next replaced', sum(set), sum(set.values()), sum(arr));
setIterProto.next = setNext;
console.log('restored', warm());
const iterProto = Object.getPrototypeOf(arrayIterProto);
const iterSelf = iterProto[Symbol.iterator];
iterProto[Symbol.iterator] = function () { return [77][Symbol.iterator](); };
console.log('%IteratorPrototype%[@@iterator] assigned', sum(map.values()), sum(set.keys()), sum(map));
iterProto[Symbol.iterator] = iterSelf;
console.log('restored', warm());

// Subclasses of Map and Set.
class CountingSet extends Set {
  *[Symbol.iterator]() { for (const x of super.values()) yield x + 1; }
}
const cs = new CountingSet([1, 2]);
console.log('set subclass', sum(cs), sum(set), sum(new (class extends Map {})([['q', 5]])));

// A Map with an own property keeps working (not remembered).
const tagged = new Map([['k', 3]]);
tagged.extra = true;
console.log('map with own property', sum(tagged));
tagged[Symbol.iterator] = function* () { yield ['w', 8]; };
console.log('map with own iterator', sum(tagged), sum(map));
churn();
console.log('end', warm());
