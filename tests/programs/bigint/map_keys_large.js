// BigInts of any size are Map keys and Set members by value (SameValueZero),
// not by identity: values computed separately find the same entry.
const m = new Map();
m.set(2n ** 60n, "2^60");
m.set(12345678901234567890n, "x");
m.set(-(2n ** 200n), "-2^200");
m.set(2n ** 64n + 1n, "2^64+1");
m.set(1n, "one");
console.log(m.get(1n << 60n), m.get(BigInt("12345678901234567890")), m.get(-(2n ** 200n)));
console.log(m.get(1n), m.get(2n ** 64n + 1n), m.get(2n ** 128n + 1n), m.has(2n ** 60n + 0n));
// Same low 64 bits, different values.
console.log(m.get(1n + 2n ** 64n) === "2^64+1", m.get(1n + 2n ** 65n));
m.set(2n ** 60n, "replaced");
console.log(m.size, m.get(2n ** 60n));
console.log(m.delete(2n * 2n ** 59n), m.has(2n ** 60n), m.size);
const s = new Set([2n ** 70n, 2n ** 70n, -(2n ** 70n), 2n ** 70n - 1n + 1n]);
console.log(s.size, s.has(2n ** 70n), [...s]);
// BigInt keys and number keys stay distinct.
const n = new Map([[2 ** 60, "number"], [2n ** 60n, "bigint"]]);
console.log(n.size, n.get(2 ** 60), n.get(2n ** 60n));
// Many large keys (the table grows and rehashes).
const big = new Map();
for (let i = 0n; i < 2000n; i++) big.set(i * 2n ** 80n, i);
let ok = 0;
for (let i = 0n; i < 2000n; i++) if (big.get(i * (2n ** 80n)) === i) ok++;
console.log(big.size, ok);
