// Proxies over arrays: Array.isArray, length, iteration, spread, the
// generic Array.prototype methods (through get/set/has/deleteProperty),
// JSON and console.log.
const log = [];
const arr = new Proxy([3, 1, 2], {
  get(t, k, r) { if (typeof k === 'string') log.push(k); return Reflect.get(t, k, r); },
});
console.log(Array.isArray(arr), Array.isArray(new Proxy({}, {})), arr.length);
console.log([...arr], Array.from(arr), arr.map((x) => x * 2));
console.log(log.slice(0, 8));
console.log(JSON.stringify(arr), JSON.stringify({ nested: arr }));
console.log(arr);
console.log(Object.prototype.toString.call(arr));
const plain = new Proxy([5, 4, 6], {});
plain.push(7);
plain.sort();
console.log(plain.join(','), plain.indexOf(6), plain.includes(4), plain.length);
console.log(plain.reverse().slice(1), plain.filter((x) => x > 4));
console.log([].concat(plain).length);
for (const v of plain) console.log('of', v);
