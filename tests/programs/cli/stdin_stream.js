// process.stdin as a stream: 'data' and 'end' with an encoding, as a line counter does.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { text += chunk; });
process.stdin.on('end', () => {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const nums = lines.map(Number).filter((n) => !Number.isNaN(n));
  console.log(`${lines.length} lines, ${nums.length} numbers, sum ${nums.reduce((a, b) => a + b, 0)}`);
  console.log(`max ${Math.max(...nums)}, mean ${(nums.reduce((a, b) => a + b, 0) / nums.length).toFixed(2)}`);
});
console.log('waiting for stdin');
