// process.stdin's chunks are Buffers unless an encoding is set; pause() and resume().
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log(chunks.every((c) => Buffer.isBuffer(c)), typeof chunks[0], all.length);
  console.log(all.toString('utf8').split('\n').length, JSON.stringify(all.subarray(0, 12).toString()));
  console.log(all.toString('hex').slice(0, 16), all.includes('é'));
});
process.stdin.pause();
setTimeout(() => {
  console.log('resuming');
  process.stdin.resume();
}, 20);
