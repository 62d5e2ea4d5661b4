// A realistic use: an observable object that reports every change, deeply.
function observe(obj, onChange, path = []) {
  return new Proxy(obj, {
    get(t, k, r) {
      const v = Reflect.get(t, k, r);
      return v && typeof v === 'object' ? observe(v, onChange, path.concat(String(k))) : v;
    },
    set(t, k, v, r) {
      const old = t[k];
      const ok = Reflect.set(t, k, v, r);
      if (old !== v) onChange([...path, String(k)].join('.'), old, v);
      return ok;
    },
    deleteProperty(t, k) {
      const had = k in t;
      const ok = Reflect.deleteProperty(t, k);
      if (had) onChange([...path, String(k)].join('.'), t[k], undefined);
      return ok;
    },
  });
}
const changes = [];
const state = observe({ user: { name: 'ann', tags: [] }, count: 0 }, (p, a, b) => changes.push(`${p}: ${a} -> ${b}`));
state.count++;
state.count += 5;
state.user.name = 'bob';
state.user.tags.push('x');
state.user.tags.push('y');
delete state.user.name;
state.count = 6;
console.log(changes);
console.log(JSON.stringify(state));
