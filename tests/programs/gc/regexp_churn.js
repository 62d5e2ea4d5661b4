// Many short-lived RegExp objects compiled at run time: each one's compiled
// program is freed with it (the heap stays small; the results stay right).
let matched = 0;
let groups = '';
for (let i = 0; i < 20000; i++) {
  const re = new RegExp('(?<head>x' + (i % 97) + ')(y+)', i % 2 ? 'g' : 'i');
  const m = re.exec('x' + (i % 97) + 'yyy');
  if (m) {
    matched++;
    if (i % 5000 === 0) groups += m.groups.head + ':' + m[2].length + ' ';
  }
}
console.log(matched, groups.trim());
console.log(process.memoryUsage().heapUsed < 200e6);
