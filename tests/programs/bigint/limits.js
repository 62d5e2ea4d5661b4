// The size limit (V8: 2^30 bits) of **, << and of shifts by huge counts.
for (const f of [() => 10n ** 1000000000n, () => 2n ** (2n ** 31n), () => 1n << (2n ** 31n), () => String(3n ** 1000n).length, () => 1n ** (2n ** 64n), () => (-1n) ** (2n ** 64n + 1n), () => 0n << (2n ** 64n), () => 5n >> (2n ** 64n), () => -5n >> (2n ** 64n)]) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
