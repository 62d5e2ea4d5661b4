// Stack traces of errors thrown in generators show the generator, its
// `next` and the code that resumed it, as V8 does.
function frames(e) {
  const out = [];
  for (const l of e.stack.split("\n").slice(1)) {
    const t = l.trim();
    const name = t.indexOf(" (") >= 0 ? t.slice(3, t.indexOf(" (")) : "<top>";
    const pos = t.replace(")", "").split(":");
    out.push(name + "@" + pos[pos.length - 2] + ":" + pos[pos.length - 1]);
    if (name === "Object.<anonymous>") break;
  }
  return out.join(" < ");
}
function* g() {
  yield 1;
  throw new Error("x");
}
function run() {
  const it = g();
  it.next();
  try {
    it.next();
  } catch (e) {
    console.log(e.message, frames(e));
  }
}
run();
