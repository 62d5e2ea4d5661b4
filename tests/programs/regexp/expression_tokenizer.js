// A tokenizer and evaluator for a small expression language, driven by sticky regexes.
const rules = [
  ["ws", /\s+/y],
  ["comment", /\/\/[^\n]*/y],
  ["number", /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y],
  ["string", /"(?:[^"\\]|\\.)*"/y],
  ["ident", /[A-Za-z_$][\w$]*/y],
  ["op", /\*\*|[-+*\/%()^,=]|==|!=|<=|>=|[<>]/y],
];

function tokenize(src) {
  const tokens = [];
  let pos = 0;
  outer: while (pos < src.length) {
    for (const [type, re] of rules) {
      re.lastIndex = pos;
      const m = re.exec(src);
      if (m) {
        if (type !== "ws" && type !== "comment") tokens.push({ type, text: m[0], pos });
        pos = re.lastIndex;
        continue outer;
      }
    }
    throw new SyntaxError(`Unexpected character ${JSON.stringify(src[pos])} at ${pos}`);
  }
  return tokens;
}

function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const expect = t => {
    const tok = take();
    if (!tok || tok.text !== t) throw new SyntaxError("expected " + t);
  };
  function primary() {
    const t = take();
    if (!t) throw new SyntaxError("unexpected end");
    if (t.type === "number") return { k: "num", v: Number(t.text) };
    if (t.type === "string") return { k: "str", v: t.text.slice(1, -1).replace(/\\(.)/g, "$1") };
    if (t.type === "ident") {
      if (peek() && peek().text === "(") {
        take();
        const args = [];
        if (peek().text !== ")") {
          do { args.push(expr(0)); } while (peek() && peek().text === "," && take());
        }
        expect(")");
        return { k: "call", name: t.text, args };
      }
      return { k: "var", name: t.text };
    }
    if (t.text === "(") { const e = expr(0); expect(")"); return e; }
    if (t.text === "-") return { k: "neg", e: primary() };
    throw new SyntaxError("unexpected " + t.text);
  }
  const prec = { "==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 5, "^": 5 };
  function expr(min) {
    let left = primary();
    while (peek() && prec[peek().text] !== undefined && prec[peek().text] > min) {
      const op = take().text;
      const right = expr(op === "**" || op === "^" ? prec[op] - 1 : prec[op]);
      left = { k: "bin", op, left, right };
    }
    return left;
  }
  const e = expr(0);
  if (i < tokens.length) throw new SyntaxError("trailing " + tokens[i].text);
  return e;
}

const env = { pi: 3.14159, x: 4 };
const fns = { max: Math.max, min: Math.min, len: s => s.length, upper: s => s.toUpperCase() };
function evaluate(n) {
  switch (n.k) {
    case "num": case "str": return n.v;
    case "var": return env[n.name];
    case "neg": return -evaluate(n.e);
    case "call": return fns[n.name](...n.args.map(evaluate));
    case "bin": {
      const a = evaluate(n.left), b = evaluate(n.right);
      switch (n.op) {
        case "+": return a + b; case "-": return a - b; case "*": return a * b;
        case "/": return a / b; case "%": return a % b; case "**": case "^": return a ** b;
        case "==": return a === b; case "!=": return a !== b;
        case "<": return a < b; case ">": return a > b; case "<=": return a <= b; case ">=": return a >= b;
      }
    }
  }
}

const programs = [
  "1 + 2 * 3",
  "(1 + 2) * 3 // comment",
  "2 ** 3 ^ 2",
  "max(1, x, 2.5e1) - min(3, .5)",
  '"a\\"b" + upper("cd") + len("hello")',
  "x * pi >= 12 == 1 < 2",
  "-x + -(-3)",
  "1 + # 2",
  "(1 + 2",
];
for (const src of programs) {
  try {
    const toks = tokenize(src);
    console.log(toks.map(t => t.type[0] + ":" + t.text).join(" "));
    console.log("  =>", evaluate(parse(toks)));
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
