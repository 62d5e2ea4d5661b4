// V8's async stack traces: an error made in an async function resumed after
// an `await` lists, after the frames on the stack, one `at async f` frame
// (the position of its `await`) for each async function awaiting the one
// before. Before the first await the stack is the synchronous one. The chain
// stops at a promise with several reactions or a non-await reaction.
function show(e) {
  console.log(e.stack.replace(/\/[^\s():]*\//g, ""));
}
async function inner(x) {
  await null;
  throw new Error("boom " + x);
}
async function middle(x) {
  const r = await inner(x);
  return r;
}
function helper() { const e = new Error("sync helper"); return e; }
async function beforeAwait() { const e = new Error("before await"); await null; return e; }
async function outer() {
  try {
    await middle(1);
  } catch (e) {
    show(e);
  }
  const o = { async m() { await 0; const e = new Error("in method"); return e; } };
  show(await o.m());
  class K { static async s() { await 0; const e = helper(); return e; } }
  show(await K.s());
  show(await (async () => { await 0; return new Error("arrow"); })());
  show(await beforeAwait());
  // two reactions on the inner promise: the chain stops
  const p = inner(2);
  p.catch(() => {});
  try { await p; } catch (e) { show(e); }
  // `return inner()` resolves with a promise: no await reaction
  async function viaReturn() { await null; return inner(3); }
  try { await viaReturn(); } catch (e) { show(e); }
  // deep chains are cut at ten frames
  async function deep(n) { if (n === 0) { await null; throw new Error("deep"); } await deep(n - 1); }
  try { await deep(14); } catch (e) { show(e); }
}
outer().then(() => {
  // an uncaught rejection's message (its stack lines are not compared)
  return middle("uncaught");
});
