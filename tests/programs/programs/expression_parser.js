// A tokenizer and recursive-descent evaluator for arithmetic with variables,
// functions and error reporting.
class ParseError extends Error {
  constructor(message, pos) { super(`${message} at ${pos}`); this.name = "ParseError"; this.pos = pos; }
}
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const isDigit = (c) => c >= "0" && c <= "9";
  const isAlpha = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
  while (i < src.length) {
    const c = src[i];
    if (c === " ") { i++; continue; }
    if (isDigit(c)) {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === ".")) j++;
      tokens.push({ kind: "num", value: Number(src.slice(i, j)), pos: i });
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src[j]) || isDigit(src[j]))) j++;
      tokens.push({ kind: "id", value: src.slice(i, j), pos: i });
      i = j;
    } else if ("+-*/(),^".includes(c)) {
      tokens.push({ kind: "op", value: c, pos: i });
      i++;
    } else {
      throw new ParseError(`unexpected '${c}'`, i);
    }
  }
  return tokens;
}
class Parser {
  constructor(tokens, env) { this.tokens = tokens; this.i = 0; this.env = env; }
  peek() { return this.tokens[this.i]; }
  next() { return this.tokens[this.i++]; }
  expect(value) {
    const t = this.next();
    if (!t || t.value !== value) throw new ParseError(`expected '${value}'`, t?.pos ?? "end");
  }
  expr() {
    let v = this.term();
    while (this.peek()?.value === "+" || this.peek()?.value === "-") {
      const { value: op } = this.next();
      const r = this.term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  term() {
    let v = this.power();
    while (["*", "/"].includes(this.peek()?.value)) {
      const op = this.next().value;
      const r = this.power();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  power() {
    const base = this.unary();
    if (this.peek()?.value === "^") { this.next(); return base ** this.power(); }
    return base;
  }
  unary() {
    if (this.peek()?.value === "-") { this.next(); return -this.unary(); }
    return this.atom();
  }
  atom() {
    const t = this.next();
    if (!t) throw new ParseError("unexpected end", "end");
    if (t.kind === "num") return t.value;
    if (t.kind === "id") {
      if (this.peek()?.value === "(") {
        this.next();
        const args = [];
        if (this.peek()?.value !== ")") {
          do { args.push(this.expr()); } while (this.peek()?.value === "," && this.next());
        }
        this.expect(")");
        const fn = this.env.fns[t.value];
        if (typeof fn !== "function") throw new ParseError(`unknown function ${t.value}`, t.pos);
        return fn(...args);
      }
      if (!(t.value in this.env.vars)) throw new ParseError(`unknown variable ${t.value}`, t.pos);
      return this.env.vars[t.value];
    }
    if (t.value === "(") { const v = this.expr(); this.expect(")"); return v; }
    throw new ParseError(`unexpected '${t.value}'`, t.pos);
  }
}
const env = { vars: { x: 3, y: 4, pi: Math.PI }, fns: { max: Math.max, hyp: (a, b) => Math.sqrt(a * a + b * b), sum: (...xs) => xs.reduce((a, b) => a + b, 0) } };
const programs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y", "hyp(x, y)", "max(1, x, y * 2)", "sum(1, 2, 3, 4)", "pi * 2", "1 +", "foo(1)", "z * 2", "3 $ 4", "(1 + 2", "sum()"];
for (const src of programs) {
  try {
    const value = new Parser(tokenize(src), env).expr();
    console.log(src.padEnd(18), "=", Number.isInteger(value) ? value : value.toFixed(4));
  } catch (e) {
    console.log(src.padEnd(18), "!", e.name, e.message, e instanceof ParseError, e.pos);
  }
}
