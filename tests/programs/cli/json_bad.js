// The JSON pretty-printer's error path: invalid input, exit status 2.
const fs = require('fs');
const input = fs.readFileSync(0, 'utf8');
try {
  JSON.parse(input);
  console.log('parsed?');
} catch (e) {
  console.error(`json_bad: ${e.name}: ${e.message}`);
  process.exit(2);
}
