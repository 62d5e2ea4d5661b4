// A realistic use: objects with default values, counters that create
// entries on first read, and a method-missing style dispatcher.
const withDefault = (d) => new Proxy({}, { get: (t, k) => (k in t ? t[k] : d) });
const counts = withDefault(0);
for (const w of 'the cat and the hat and the bat'.split(' ')) counts[w]++;
console.log(counts, counts.dog);
const tree = () => new Proxy({}, {
  get(t, k) {
    if (typeof k === 'symbol' || k === 'toJSON') return t[k];
    if (!(k in t)) t[k] = tree();
    return t[k];
  },
});
const t = tree();
t.a.b.c = 1;
t.a.d = 2;
t.x.y;
console.log(JSON.stringify(t));
const api = new Proxy({}, {
  get: (_, name) => (...args) => `${String(name)}(${args.join(', ')})`,
});
console.log(api.getUser(1), api.save('a', 'b'), api.reset());
