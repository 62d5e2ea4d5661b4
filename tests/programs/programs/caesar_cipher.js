// A Caesar cipher and a letter-frequency count using charCodeAt and an alphabet string.
const ALPHA = "abcdefghijklmnopqrstuvwxyz";
function shiftChar(c, k) {
  const lower = c.toLowerCase();
  const idx = ALPHA.indexOf(lower);
  if (idx === -1) return c;
  const shifted = ALPHA[(idx + k + 26 * 10) % 26];
  return c === lower ? shifted : shifted.toUpperCase();
}
function caesar(text, k) {
  let out = "";
  for (let i = 0; i < text.length; i++) out += shiftChar(text[i], k);
  return out;
}
const plain = "The Quick Brown Fox Jumps Over The Lazy Dog!";
const secret = caesar(plain, 13);
console.log(secret);
console.log(caesar(secret, -13));
console.log(caesar("abc xyz", 3), caesar("ABC XYZ", -3));
let report = "";
for (let i = 0; i < ALPHA.length; i++) {
  let n = 0;
  const c = ALPHA[i];
  for (let j = 0; j < plain.length; j++) if (plain[j].toLowerCase() === c) n++;
  if (n > 1) report += c + "=" + n + " ";
}
console.log(report);
