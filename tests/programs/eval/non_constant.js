// eval of a string known only at run time compiles (with a compile-time
// warning) and, in a kiln executable, throws a catchable EvalError only when
// it runs; values other than strings pass through unchanged (as in node).
// Node evaluates the strings, so each such line prints whether the result is
// node's value or kiln's exact EvalError.
const KILN = 'EvalError: Code generation from strings disallowed for this context';
function attempt(f) {
  try {
    return f();
  } catch (e) {
    return e.name + ': ' + e.message + (e instanceof EvalError ? '' : ' (not an EvalError)');
  }
}
function check(label, node, f) {
  const r = attempt(f);
  console.log(label, r === node || r === KILN ? 'ok' : 'unexpected: ' + String(r));
}
function run(code) {
  return eval(code);
}
check('direct', 2, () => run('1 + 1'));
const e = eval;
check('indirect by name', 4, () => e('2 + 2'));
check('comma indirect', 3, () => (0, eval)(['3'][0]));
check('Function', 5, () => Function(['return 5'][0])());
check('new Function', 6, () => new Function(...['a', 'return a'])(6));
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
check('GeneratorFunction', 7, () => GeneratorFunction('yield 7')().next().value);

// Values other than strings are returned as they are.
console.log(run(42), run(null), run(undefined), run(true));
const o = { a: 1 };
console.log(run(o) === o, run([1, 2]));
console.log(eval(), eval(5, 6), eval(undefined));
console.log(e(7), e({ b: 2 }), (0, eval)(8));

// eval as a value.
console.log(typeof eval, eval.name, eval.length, Object.prototype.toString.call(eval));
console.log(eval === globalThis.eval, 'eval' in globalThis);
const d = Object.getOwnPropertyDescriptor(globalThis, 'eval');
console.log(d.writable, d.enumerable, d.configurable);
try {
  new eval('1');
} catch (err) {
  console.log(err.name, err.message);
}
console.log([1, 2, 3].map(eval));

// A library that evals only on a path that never runs works normally.
const lib = {
  compile(src, fast) {
    if (fast) return eval('(' + src + ')');
    return JSON.parse(src);
  },
};
console.log(lib.compile('{"x": [1, 2]}', false).x);
console.log('done');
