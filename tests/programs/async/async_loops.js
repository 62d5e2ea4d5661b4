// await in loops, in conditions, in arguments and in destructuring defaults.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function main() {
  let total = 0;
  for (let i = 0; i < 5; i++) {
    total += await i;
  }
  console.log("for", total);
  let j = 0;
  while ((await j) < 3) j++;
  console.log("while", j);
  for (const x of [1, 2, 3]) console.log("for-of", await sleep(1, x * 2));
  const add = (a, b, c) => a + b + c;
  console.log("args", add(await 1, 2, await Promise.resolve(3)));
  const { a = await 7, b } = { b: 8 };
  console.log("destructuring", a, b);
  console.log("ternary", (await true) ? await "yes" : "no");
  const arr = [await 1, ...(await [2, 3])];
  console.log("array", arr);
  label: for (const k of [1, 2, 3]) {
    for (;;) {
      await null;
      if (k === 2) continue label;
      if (k === 3) break label;
      console.log("labelled", k);
      break;
    }
  }
}
main().then(() => console.log("done"));
