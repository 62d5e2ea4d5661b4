// A realistic use: a validating proxy that rejects bad writes with errors,
// and a read-only view.
class ValidationError extends Error {}
function typed(schema) {
  return new Proxy({}, {
    set(t, k, v) {
      if (!(k in schema)) throw new ValidationError(`unknown field ${k}`);
      if (typeof v !== schema[k]) throw new ValidationError(`${k} must be a ${schema[k]}, got ${typeof v}`);
      t[k] = v;
      return true;
    },
  });
}
const person = typed({ name: 'string', age: 'number' });
person.name = 'Ada';
person.age = 36;
for (const [k, v] of [['age', 'old'], ['email', 'a@b'], ['age', 37]]) {
  try {
    person[k] = v;
    console.log('set', k);
  } catch (e) {
    console.log(e instanceof ValidationError, e.message);
  }
}
console.log(person, Object.entries(person));
function readOnly(o) {
  return new Proxy(o, {
    set() { return false; },
    deleteProperty() { return false; },
    defineProperty() { return false; },
  });
}
const ro = readOnly({ a: 1 });
ro.a = 2;
delete ro.a;
console.log(ro.a);
(function () {
  'use strict';
  for (const f of [() => { ro.a = 3; }, () => { delete ro.a; }, () => Object.defineProperty(ro, 'b', { value: 1 })]) {
    try { f(); } catch (e) { console.log(e.message); }
  }
})();
