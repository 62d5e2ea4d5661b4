// Run-length encoding and decoding of strings.
function encode(s) {
  let out = "";
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}
function decode(s) {
  let out = "";
  let num = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= "0" && c <= "9") num = num * 10 + (c.charCodeAt(0) - 48);
    else {
      out += c.repeat(num);
      num = 0;
    }
  }
  return out;
}
const inputs = "aaabbbcccd|abc|zzzzzzzzzzzzzzz|a|";
let start = 0;
while (start < inputs.length) {
  const end = inputs.indexOf("|", start);
  const s = inputs.slice(start, end);
  const e = encode(s);
  console.log(JSON_like(s), "->", JSON_like(e), "->", decode(e) === s);
  start = end + 1;
}
function JSON_like(s) {
  return "\"" + s + "\"";
}
console.log(encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"));
