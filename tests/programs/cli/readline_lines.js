// readline over piped stdin: line events, then close; CRLF and a last line without newline.
const readline = require('readline');
const { once } = require('events');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const counts = new Map();
rl.on('line', (line) => {
  const [name, n] = line.split(',');
  if (!name) return;
  counts.set(name, (counts.get(name) || 0) + Number(n));
});
once(rl, 'close').then(() => {
  for (const [name, total] of [...counts].sort((a, b) => b[1] - a[1])) console.log(name.padEnd(8), total);
});
console.log('reading…');
