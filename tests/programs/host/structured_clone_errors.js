// structuredClone's errors: DataCloneError for symbols and objects it cannot clone, functions, argument errors.
function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.constructor.name, e instanceof Error, JSON.stringify(e.message));
  }
}
check('symbol', () => structuredClone(Symbol('x')));
check('symbol inside', () => structuredClone([Symbol()]));
check('promise', () => structuredClone(Promise.resolve()));
check('weakmap', () => structuredClone(new WeakMap()));
check('weakset', () => structuredClone({ w: new WeakSet() }));
check('no args', () => structuredClone());
check('transfer', () => structuredClone(1, { transfer: 5 }));
for (const [label, f] of [['arrow', () => 1], ['function', function named() {}], ['method', { f() {} }]]) {
  try {
    structuredClone(f);
  } catch (e) {
    console.log(label, e.name, e.code, e.message.endsWith(' could not be cloned.'));
  }
}
