// A small expression calculator reporting syntax and evaluation errors.
class CalcSyntaxError extends SyntaxError {
  constructor(msg, pos) { super(msg + " at position " + pos); this.name = "CalcSyntaxError"; this.pos = pos; }
}
class CalcMathError extends RangeError {
  constructor(msg) { super(msg); this.name = "CalcMathError"; }
}
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") { i++; continue; }
    if ("+-*/()%".indexOf(ch) >= 0) { tokens.push({ t: ch, pos: i }); i++; continue; }
    if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      const text = src.slice(i, j);
      if (text.split(".").length > 2) throw new CalcSyntaxError("malformed number '" + text + "'", i);
      tokens.push({ t: "num", v: Number(text), pos: i });
      i = j;
      continue;
    }
    throw new CalcSyntaxError("unexpected character '" + ch + "'", i);
  }
  tokens.push({ t: "end", pos: src.length });
  return tokens;
}
function parse(src) {
  const toks = tokenize(src);
  let k = 0;
  function peek() { return toks[k]; }
  function expect(t) {
    if (toks[k].t !== t) throw new CalcSyntaxError("expected '" + t + "' but found '" + toks[k].t + "'", toks[k].pos);
    k++;
  }
  function primary() {
    const tok = peek();
    if (tok.t === "num") { k++; return tok.v; }
    if (tok.t === "(") { k++; const v = expr(); expect(")"); return v; }
    if (tok.t === "-") { k++; return -primary(); }
    throw new CalcSyntaxError("unexpected '" + tok.t + "'", tok.pos);
  }
  function term() {
    let v = primary();
    while (peek().t === "*" || peek().t === "/" || peek().t === "%") {
      const op = peek().t; k++;
      const r = primary();
      if ((op === "/" || op === "%") && r === 0) throw new CalcMathError("division by zero");
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function expr() {
    let v = term();
    while (peek().t === "+" || peek().t === "-") {
      const op = peek().t; k++;
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    if (!isFinite(v)) throw new CalcMathError("result overflow");
    return v;
  }
  const result = expr();
  expect("end");
  return result;
}
const inputs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "7 % 0", "1.2.3 + 1",
  "4 $ 4", "", "-(-3) * 2", "1e3", "((((2))))", "8 / 4 / 2", ")"];
let ok = 0, syntax = 0, math = 0;
for (let i = 0; i < inputs.length; i++) {
  try {
    console.log(quote(inputs[i]), "=", parse(inputs[i]));
    ok++;
  } catch (e) {
    if (e instanceof CalcSyntaxError) syntax++;
    else if (e instanceof CalcMathError) math++;
    else throw e;
    console.log(quote(inputs[i]), "!", e.name + ":", e.message, e instanceof SyntaxError, e instanceof RangeError);
  }
}
function quote(s) { return "\"" + s + "\""; }
console.log("ok", ok, "syntax", syntax, "math", math);
