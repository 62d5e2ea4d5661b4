// Node's built-in modules imported by an ES module.
import fs, { readFileSync, existsSync } from 'fs';
import * as path from 'node:path';
import proc from 'node:process';
import { join, sep } from 'path';

console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync, existsSync(import.meta.filename));
console.log(readFileSync(import.meta.filename, 'utf8').split('\n')[0]);
console.log(path.basename(import.meta.filename), path.default.extname('a.txt'), join('a', 'b'), sep);
console.log(proc === process, typeof proc.cwd);
console.log(Object.keys(path).includes('resolve'), path[Symbol.toStringTag]);
