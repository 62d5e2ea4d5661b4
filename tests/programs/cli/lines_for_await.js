// for await over readline in an ES module with top-level await.
import { createInterface } from 'node:readline';
const rl = createInterface({ input: process.stdin });
const words = new Map();
for await (const line of rl) {
  for (const w of line.toLowerCase().match(/[a-z']+/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
}
const top = [...words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 4);
console.log(top.map(([w, n]) => `${w}=${n}`).join(' '));
