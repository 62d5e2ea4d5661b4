// process.stdin.setEncoding: chunks are strings, a character split across chunks stays whole.
process.stdin.setEncoding('utf8');
let text = '';
let kinds = new Set();
process.stdin.on('data', (c) => {
  kinds.add(typeof c);
  text += c;
});
process.stdin.on('end', () => {
  console.log([...kinds], text.length, text.includes('\uFFFD'));
  console.log(text.split('\n').map((l) => l.length).join(','));
});
