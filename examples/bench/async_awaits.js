// Benchmark: async functions (issue 18). 10^6 awaits in a loop: every await
// of a non-promise takes one microtask tick and suspends and resumes the
// async function's coroutine.
async function loop(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}
loop(1e6).then((s) => console.log("awaited", s));
