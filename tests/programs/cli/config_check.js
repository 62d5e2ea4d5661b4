// A config checker: reads JSON from stdin, validates it with assert, normalises URLs; exit 1 with the assertion's message on bad input.
const assert = require('assert/strict');
const { URL } = require('url');

let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { text += c; });
process.stdin.on('end', () => {
  const config = JSON.parse(text);
  const problems = [];
  for (const [i, svc] of config.services.entries()) {
    try {
      assert.equal(typeof svc.name, 'string', `service ${i}: name must be a string`);
      assert.match(svc.name, /^[a-z][a-z0-9-]*$/);
      const url = new URL(svc.url, config.base);
      assert.ok(['http:', 'https:'].includes(url.protocol), `service ${svc.name}: unsupported protocol ${url.protocol}`);
      url.searchParams.sort();
      console.log(svc.name.padEnd(8), url.href, url.port || '(default port)');
    } catch (e) {
      problems.push(`${e.code}: ${e.message.split('\n')[0]}`);
    }
  }
  try {
    assert.deepEqual(config.services.map((s) => s.name).sort(), config.expected);
  } catch (e) {
    problems.push(e.message);
  }
  for (const p of problems) console.error(p);
  process.exitCode = problems.length > 0 ? 1 : 0;
});
