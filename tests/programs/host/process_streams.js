// process.stdout/stderr.write keep their order with console output.
process.stdout.write('one');
process.stdout.write(' two\n');
console.log('three');
process.stdout.write('');
process.stderr.write('to stderr\n');
console.error('console.error');
console.log(process.stdout.write('x\n'), typeof process.stdout.isTTY, process.stdout.fd, process.stderr.fd, process.stdin.fd);
console.log(typeof process.cwd(), process.cwd() === require('path').resolve('.'), process.arch, typeof process.pid);
console.log(typeof process.uptime(), process.uptime() >= 0);
const here = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(here));
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.message.split(' -> ')[1]); }
for (const bad of [42, undefined, null, {}, [], 'a'.repeat(40), () => 1]) {
  try { process.stdout.write(bad); } catch (e) { console.log(e.code, e.message); }
}
const fs = require('fs');
fs.writeSync(1, 'fd 1 after console\n');
console.log(require('fs') === fs, require('process') === process);
