// process: version, memoryUsage, kill, ids.
console.log(process.version, process.versions.node, process.release.name, process.platform);
const m = process.memoryUsage();
console.log(Object.keys(m), m.rss > 0, m.heapUsed > 0, m.heapTotal >= m.heapUsed);
console.log(typeof process.pid, typeof process.ppid, process.pid !== process.ppid);
console.log(process.kill(process.pid, 0));
for (const [pid, sig] of [[process.pid, 'SIGNOPE'], ['x', 0]]) {
  try { process.kill(pid, sig); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Array.isArray(process.argv), process.argv.length >= 2, typeof process.env.PATH);
const a = process.hrtime.bigint(); let x = 0; for (let i = 0; i < 1e5; i++) x += i; const b = process.hrtime.bigint(); console.log(typeof a, b > a, typeof (b - a));
