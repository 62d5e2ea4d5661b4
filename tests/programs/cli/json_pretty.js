// A JSON pretty-printer: stdin to sorted, indented JSON, with a summary.
const fs = require('fs');
const input = fs.readFileSync(0, 'utf8');
let data;
try {
  data = JSON.parse(input);
} catch (e) {
  console.error(`json_pretty: ${e.name}: ${e.message}`);
  process.exit(2);
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  }
  return v;
}
process.stdout.write(JSON.stringify(sortKeys(data), null, 2) + '\n');
const count = (v) => (v && typeof v === 'object' ? Object.values(v).reduce((n, x) => n + count(x), 1) : 1);
console.log(`${count(data)} values, ${input.length} characters in`);
