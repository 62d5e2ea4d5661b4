// Thousands of concurrent async functions, resolved through Promise.all.
async function task(i) {
  await null;
  await new Promise((r) => setTimeout(r, i % 3));
  return i * 2;
}
const tasks = [];
for (let i = 0; i < 2000; i++) tasks.push(task(i));
Promise.all(tasks).then((v) => {
  console.log(v.length, v[0], v[1999], v.reduce((a, b) => a + b, 0));
});
let sum = 0;
async function loop() {
  for (let i = 0; i < 20000; i++) sum += await i;
  console.log("awaited", sum);
}
loop();
