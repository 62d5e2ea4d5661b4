const os = require('os');
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.arch() === process.arch, os.endianness());
console.log(os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'), os.homedir() === process.env.HOME);
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.cpus().length > 0, typeof os.cpus()[0].model);
console.log(typeof os.hostname(), os.release().length > 0, os.uptime() > 0, os.loadavg().length, os.devNull);
console.log(os.availableParallelism() === os.cpus().length);
