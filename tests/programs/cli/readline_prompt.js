// readline's question() and async iteration (readline/promises too).
const readline = require('node:readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Favourite number? ', (n) => {
    console.log(`${n} squared is ${n * n}`);
    rl.close();
  });
});
rl.on('close', () => console.log('[closed]'));
