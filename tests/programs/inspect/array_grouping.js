// Arrays with more than 6 short entries are grouped into aligned columns when they do not fit on one line.
function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }
console.log(range(6, i => i));
console.log(range(7, i => i));
console.log(range(10, i => i));
console.log(range(26, i => i));
console.log(range(27, i => i * 1000));
console.log(range(30, i => i * i));
console.log(range(50, i => i % 3 === 0 ? -i : i * 7));
console.log(range(20, i => i / 4));
console.log(range(16, i => Math.pow(2, i)));
console.log(range(40, i => String.fromCharCode(97 + (i % 26))));
console.log(range(12, i => "w" + i));
console.log(range(8, i => "word" + "s".repeat(i)));
console.log(range(25, i => i % 2 === 0));
console.log(range(15, i => (i % 3 === 0 ? null : i)));
console.log(range(10, i => (i % 2 ? "str" : 12345)));
console.log({ data: range(30, i => i) });
console.log({ a: { b: range(24, i => i * 3) } });
console.log([range(8, i => i), range(8, i => -i)]);
console.log(range(100, i => i));
console.log(range(7, i => 1e6 * i));
console.log(range(9, i => (i % 2 ? 1 : 1234567)));
console.log(range(7, i => "x".repeat(i * 3)));
console.log(range(12, i => [i]));
console.log(range(8, i => ({ i: i })));
