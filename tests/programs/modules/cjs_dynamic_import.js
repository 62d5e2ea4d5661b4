// import() in a CommonJS entry: ES modules, CommonJS modules (default =
// module.exports plus the names Node detects statically), JSON and
// built-ins, each evaluated once, at its first import(), after the
// synchronous code.
console.log('start');
const pending = import('./_dyn/a.mjs');
console.log('import() returned a', Object.prototype.toString.call(pending));
console.log('end of synchronous code');

async function main() {
  const a = await pending;
  console.log(a);
  console.log(a.f(), a.name, typeof a.default, a.default.name);
  const again = await import('./_dyn/a.mjs');
  console.log('same namespace:', again === a);
  console.log('namespace is frozen-ish:', Object.isExtensible(a), Object.getPrototypeOf(a));

  const lib = await import('./_dyn/lib.cjs');
  console.log(lib);
  console.log('default is module.exports:', lib.default.one, Object.keys(lib));
  console.log('same cjs namespace:', lib === (await import('./_dyn/lib.cjs')));

  const literal = await import('./_dyn/literal.cjs');
  console.log(literal);
  const fn = await import('./_dyn/fn.cjs');
  console.log(fn.default('world'), fn.extra, Object.keys(fn));

  const data = await import('./_dyn/data.json', { with: { type: 'json' } });
  console.log(data.default, Object.keys(data));

  const path = await import('node:path');
  console.log(path.join('a', 'b'), path.default.sep, typeof path.basename);
  const fs = await import('fs');
  console.log(typeof fs.readFileSync, typeof fs.default.existsSync);

  // A CommonJS module's own import().
  const b = await lib.loadB();
  b.bump();
  b.bump();
  console.log('b.count (live binding):', b.count);

  // A module that throws while evaluating rejects every import() of it.
  for (let i = 0; i < 2; i++) {
    try {
      await import('./_dyn/throws.mjs');
    } catch (e) {
      console.log('rejected:', e instanceof RangeError, e.message);
    }
  }
}
main().then(() => console.log('done'));
