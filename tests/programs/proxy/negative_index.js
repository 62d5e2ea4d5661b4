// A realistic use: arrays indexed from the end with negative indices.
function negativeArray(items) {
  return new Proxy(items, {
    get(t, k, r) {
      if (typeof k === 'string' && /^-\d+$/.test(k)) k = String(t.length + Number(k));
      return Reflect.get(t, k, r);
    },
    set(t, k, v, r) {
      if (typeof k === 'string' && /^-\d+$/.test(k)) k = String(t.length + Number(k));
      return Reflect.set(t, k, v, r);
    },
    has(t, k) {
      if (typeof k === 'string' && /^-\d+$/.test(k)) return t.length + Number(k) >= 0;
      return Reflect.has(t, k);
    },
  });
}
const a = negativeArray(['a', 'b', 'c', 'd']);
console.log(a[-1], a[-2], a[0], a[-4], a[-5]);
a[-1] = 'D';
a.push('e');
console.log(a[-1], a.length, -3 in a, -9 in a, a.slice(-2));
console.log([...a], a);
