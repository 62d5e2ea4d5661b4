// FinalizationRegistry: register/unregister semantics and errors.
const seen = [];
const registry = new FinalizationRegistry((held) => seen.push(held));
console.log(registry, Object.prototype.toString.call(registry));
console.log(Object.getOwnPropertyNames(FinalizationRegistry.prototype), FinalizationRegistry.length);

const a = {};
const b = {};
const token = {};
console.log(registry.register(a, 'a'), registry.register(b, 'b', token));
console.log(registry.register({}, 'c', token));
console.log(registry.unregister(token), registry.unregister(token));
console.log(registry.unregister({}));
// A target can be its own token; symbols can be targets and tokens.
const s = Symbol('s');
registry.register(a, 'self', a);
registry.register(s, 'sym', s);
console.log(registry.unregister(a), registry.unregister(s));

const attempts = [
  () => registry.register(a, a),
  () => registry.register(1, 'x'),
  () => registry.register(Symbol.for('r'), 'x'),
  () => registry.register({}, 'x', 5),
  () => registry.register({}, 'x', Symbol.for('r')),
  () => registry.unregister(1),
  () => registry.unregister(undefined),
  () => new FinalizationRegistry(),
  () => new FinalizationRegistry({}),
  () => FinalizationRegistry(() => {}),
  () => FinalizationRegistry.prototype.register.call({}, {}, 1),
];
for (const f of attempts) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.constructor.name, e.message.replace(/ #<Object>| \{\}/, ''));
  }
}
// Held values may be anything but the target itself, undefined included.
console.log(registry.register({}, undefined), registry.register({}, a));
console.log(seen.length);
