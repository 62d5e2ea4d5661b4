// Benchmark: regular expressions. Generates a large deterministic log-like
// text, then tokenizes it with sticky regexes, rewrites it with `replace`
// and a callback, splits it, and runs `test` in a loop. Prints checksums.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const WORDS = ["alpha", "beta", "gamma", "delta", "error", "warn", "info", "user", "id", "value"];
const lines = [];
for (let i = 0; i < 120000; i++) {
  const w = WORDS[rand(WORDS.length)];
  const n = rand(100000);
  const f = (rand(10000) / 100).toFixed(2);
  lines.push(`${w}_${i % 97} = ${n} + ${f} * "${WORDS[rand(10)]}-${rand(50)}" // note ${i}`);
}
const text = lines.join("\n");

// 1. Tokenize with sticky regexes.
const rules = [
  [/\s+/y, 0],
  [/\/\/[^\n]*/y, 1],
  [/\d+(?:\.\d+)?/y, 2],
  [/"(?:[^"\\]|\\.)*"/y, 3],
  [/[A-Za-z_]\w*/y, 4],
  [/[=+*\-\/]/y, 5],
];
const counts = [0, 0, 0, 0, 0, 0];
let pos = 0;
while (pos < text.length) {
  let matched = false;
  for (let r = 0; r < rules.length; r++) {
    const re = rules[r][0];
    re.lastIndex = pos;
    if (re.test(text)) {
      counts[rules[r][1]]++;
      pos = re.lastIndex;
      matched = true;
      break;
    }
  }
  if (!matched) pos++;
}
console.log("tokens:", counts.join(" "));

// 2. replace with a callback and named groups.
let sum = 0;
const rewritten = text.replace(/(?<name>[a-z]+)_(?<n>\d+) = (\d+)/g, (m, name, n, v, off, s, groups) => {
  sum = (sum + Number(v) * (groups.n.length + 1)) % 1000000007;
  return groups.name.toUpperCase() + ":" + n;
});
console.log("replace:", rewritten.length, sum);

// 3. split on a regex, and with a capture group.
const parts = text.split(/\s*[+*=]\s*/);
const pieces = text.slice(0, 200000).split(/(\/\/)/);
console.log("split:", parts.length, pieces.length);

// 4. test in a loop, with i and u flags.
const isErr = /^error_\d+ = \d{5,}/;
const quoted = /"(?:beta|gamma)-\d\b"/iu;
let errs = 0;
let q = 0;
for (const line of lines) {
  if (isErr.test(line)) errs++;
  if (quoted.test(line)) q++;
}
console.log("test:", errs, q);

// 5. match / matchAll with captures.
let total = 0;
for (const m of text.matchAll(/(\d+)\.(\d\d)/g)) total = (total + Number(m[1]) + Number(m[2])) % 1000003;
console.log("matchAll:", total, (text.match(/note \d*7\b/g) || []).length);
