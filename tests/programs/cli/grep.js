// grep -n -i over stdin, with a context of one line; exit 1 when nothing matched.
const { readFileSync } = require('fs');
function grep(pattern, text, { ignoreCase = false, context = 0 } = {}) {
  const re = new RegExp(pattern, ignoreCase ? 'i' : '');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const shown = new Set();
  let matches = 0;
  lines.forEach((line, i) => {
    if (!re.test(line)) return;
    matches++;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) shown.add(j);
  });
  let last = -2;
  for (const j of [...shown].sort((a, b) => a - b)) {
    if (last >= 0 && j !== last + 1) console.log('--');
    const sep = re.test(lines[j]) ? ':' : '-';
    console.log(`${j + 1}${sep}${lines[j].replace(re, (m) => `[${m}]`)}`);
    last = j;
  }
  return matches;
}
const input = readFileSync(0, 'utf8');
console.log('matches:', grep('error|fail(ed|ure)', input, { ignoreCase: true, context: 1 }));
const none = grep('^zebra$', input);
console.error(none === 0 ? 'grep: no match for ^zebra$' : 'unexpected');
process.exitCode = none === 0 ? 1 : 0;
