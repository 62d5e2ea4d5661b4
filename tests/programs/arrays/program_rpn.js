// A reverse-Polish calculator and a tokenizer built on arrays (push/pop/shift/splice/join).
function tokenize(src) {
  const tokens = [];
  let cur = "";
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === " ") { if (cur) tokens.push(cur); cur = ""; }
    else if ("+-*/()".indexOf(ch) >= 0) { if (cur) tokens.push(cur); cur = ""; tokens.push(ch); }
    else cur += ch;
  }
  if (cur) tokens.push(cur);
  return tokens;
}
const prec = { "+": 1, "-": 1, "*": 2, "/": 2 };
function toRPN(tokens) {
  const out = [], ops = [];
  tokens.forEach(t => {
    if (t in prec) {
      while (ops.length && ops[ops.length - 1] in prec && prec[ops[ops.length - 1]] >= prec[t]) out.push(ops.pop());
      ops.push(t);
    } else if (t === "(") ops.push(t);
    else if (t === ")") { while (ops[ops.length - 1] !== "(") out.push(ops.pop()); ops.pop(); }
    else out.push(Number(t));
  });
  while (ops.length) out.push(ops.pop());
  return out;
}
function evalRPN(rpn) {
  const st = [];
  for (let i = 0; i < rpn.length; i++) {
    const t = rpn[i];
    if (typeof t === "number") { st.push(t); continue; }
    const b = st.pop(), a = st.pop();
    if (a === undefined || b === undefined) throw new Error("stack underflow at token " + i);
    st.push(t === "+" ? a + b : t === "-" ? a - b : t === "*" ? a * b : a / b);
  }
  if (st.length !== 1) throw new Error("leftover stack: " + st.join(","));
  return st[0];
}
const exprs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * (5 - 1)", "100", "8 / 0", "1 - 2 - 3", "7 +"];
exprs.forEach(e => {
  const tokens = tokenize(e);
  try {
    const rpn = toRPN(tokens);
    console.log(e.padEnd(24), "|", tokens.join(" "), "|", rpn.join(" "), "=", evalRPN(rpn));
  } catch (err) {
    console.log(e.padEnd(24), "| error:", err.message);
  }
});
console.log(toRPN(tokenize("(1+2)*(3-4)/5")));
// run-length encoding with arrays of pairs
function rle(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const last = out[out.length - 1];
    if (last && last[0] === s[i]) last[1]++;
    else out.push([s[i], 1]);
  }
  return out;
}
const enc = rle("aaabccddddde");
console.log(enc);
console.log(enc.map(p => p[1] + p[0]).join(""));
// rotate with splice/concat and dedupe with indexOf
const ring = [1, 2, 3, 4, 5, 6];
const rotated = ring.slice(2).concat(ring.slice(0, 2));
const spliced = ring.slice();
spliced.push.apply(spliced, spliced.splice(0, 2));
console.log(rotated.join(""), spliced.join(""), [3, 1, 3, 2, 1, 4].filter((x, i, a) => a.indexOf(x) === i).join(""));
// binary search over a sorted array
const sorted = [];
for (let i = 0; i < 50; i++) sorted.push(i * i);
function bsearch(a, x) { let lo = 0, hi = a.length - 1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (a[mid] === x) return mid; if (a[mid] < x) lo = mid + 1; else hi = mid - 1; } return -(lo + 1); }
console.log([0, 1, 144, 2401, 2, 2500].map(x => bsearch(sorted, x)).join(","));
