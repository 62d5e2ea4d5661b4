// Atomics on BigInt64Array and BigUint64Array (64-bit wrapping arithmetic).
const a = new BigInt64Array(new SharedArrayBuffer(16));
console.log(Atomics.add(a, 0, 5n), Atomics.sub(a, 0, 7n), a[0]);
console.log(Atomics.store(a, 1, -1n), Atomics.and(a, 1, 0xffn), a[1]);
console.log(Atomics.or(a, 1, 0x100n), Atomics.xor(a, 1, 1n), a[1]);
console.log(Atomics.exchange(a, 0, 2n ** 63n), a[0]);
console.log(Atomics.compareExchange(a, 1, 0x1fen, 3n), a[1], Atomics.compareExchange(a, 1, 4n, 5n), a[1]);
console.log(Atomics.add(a, 0, 2n ** 64n), Atomics.load(a, 0));
const u = new BigUint64Array(2);
console.log(Atomics.sub(u, 0, 1n), u[0], Atomics.add(u, 0, 2n), u[0]);
console.log(Atomics.store(u, 1, 2n ** 70n + 1n), u[1]);
console.log(Atomics.compareExchange(u, 1, -(2n ** 64n) + 1n, 9n), u[1]);
console.log(Atomics.wait(a, 0, 1n), Atomics.wait(a, 1, 3n, 0), Atomics.notify(a, 0, 1));
for (const [name, f] of [
  ["number operand", () => Atomics.add(a, 0, 1)],
  ["bigint into int32", () => Atomics.add(new Int32Array(1), 0, 1n)],
  ["wait biguint", () => Atomics.wait(new BigUint64Array(new SharedArrayBuffer(8)), 0, 0n)],
  ["wait unshared", () => Atomics.wait(new BigInt64Array(1), 0, 0n)],
  ["index", () => Atomics.load(u, 2)],
]) {
  try {
    f();
    console.log(name, "ok");
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
