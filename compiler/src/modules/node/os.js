'use strict';
// Node's os, read from /proc and the environment (Linux) with fs.
const fs = require('fs');

function read(path) {
  try {
    return fs.readFileSync(path, 'utf8').trim();
  } catch (_) {
    return '';
  }
}

function meminfo(field) {
  const m = new RegExp('^' + field + ':\\s+(\\d+) kB', 'm').exec(read('/proc/meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}

function cpus() {
  const out = [];
  const speedOf = [];
  for (const block of read('/proc/cpuinfo').split('\n\n')) {
    const model = /^model name\s*:\s*(.*)$/m.exec(block);
    const mhz = /^cpu MHz\s*:\s*([\d.]+)$/m.exec(block);
    if (model) {
      out.push(model[1]);
      speedOf.push(mhz ? Math.floor(Number(mhz[1])) : 0);
    }
  }
  const stat = read('/proc/stat').split('\n').filter((l) => /^cpu\d+ /.test(l));
  return out.map((model, i) => {
    const t = (stat[i] || '').split(/\s+/).slice(1).map(Number);
    const ms = (x) => (x || 0) * 10;
    return { model, speed: speedOf[i], times: { user: ms(t[0]), nice: ms(t[1]), sys: ms(t[2]), idle: ms(t[3]), irq: ms(t[5]) } };
  });
}

function tmpdir() {
  let p = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => process.arch,
  platform: () => process.platform,
  type: () => 'Linux',
  release: () => read('/proc/sys/kernel/osrelease'),
  version: () => read('/proc/sys/kernel/version'),
  hostname: () => read('/proc/sys/kernel/hostname'),
  homedir: () => process.env.HOME || '/',
  tmpdir,
  endianness: () => 'LE',
  totalmem: () => meminfo('MemTotal'),
  freemem: () => meminfo('MemAvailable'),
  uptime: () => Math.floor(Number(read('/proc/uptime').split(' ')[0]) || 0),
  loadavg: () => read('/proc/loadavg').split(' ').slice(0, 3).map(Number),
  cpus,
  availableParallelism: () => cpus().length || 1,
  machine: () => (process.arch === 'x64' ? 'x86_64' : process.arch),
};
