// Top-level await: a module that awaits holds back the modules importing it.
import { config, ready } from './_esm/slow_config.mjs';
console.log('entry sees', config, ready);
const value = await Promise.resolve('awaited in the entry');
console.log(value);
for await (const n of [Promise.resolve(1), 2]) console.log('for await', n);
const { default: double } = await import('./_esm/lazy.mjs');
console.log(double(21));
try {
  await Promise.reject(new Error('caught at top level'));
} catch (e) {
  console.log(e.message);
}
