const name = './x.mjs';
console.log('a CommonJS entry');
import(name).then(console.log);
