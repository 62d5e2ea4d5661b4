// V8's async stack frames through promise combinators: an async function
// awaited by Promise.all / allSettled / any shows `at async Promise.all
// (index i)` and then the async functions awaiting the combinator.
async function leaf(n) { await null; throw new Error('boom ' + n); }
async function ok(n) { await null; return n; }
async function mid() { await Promise.all([ok(0), leaf(1), leaf(2)]); }
async function settled() {
  const r = await Promise.allSettled([leaf(3)]);
  console.log(r[0].reason.stack.replace(/\(.*\//g, '('));
}
async function any() { await Promise.any([leaf(4), leaf(5)]); }
async function top() {
  try { await mid(); } catch (e) { console.log(e.stack.replace(/\(.*\//g, '(')); }
  await settled();
  try { await any(); } catch (e) { console.log(e.errors.map(x => x.stack.replace(/\(.*\//g, '(')).join('\n')); }
}
top();
