// console.log and util.inspect of URL and URLSearchParams, as Node's
// custom inspectors print them: at the top level, nested, past the depth
// limit, and with long and empty parameter lists.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log([u]);
console.log({ nested: { u } });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }, { depth: 0 }));
console.log(new URL('file:///tmp/x y.txt'));

const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp);
console.log(new URLSearchParams());
console.log(u.searchParams);
console.log({ sp });
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append('parameter' + i, 'value number ' + i);
console.log(long);
console.log(util.inspect(sp));
console.log(`${util.format('%o', new URLSearchParams('x=1'))}`);

// A class of the program's own with the same protocol.
class Temperature {
  constructor(c) { this.c = c; }
  [util.inspect.custom](depth, opts) {
    return `Temperature<${this.c}°C>`;
  }
}
console.log(new Temperature(21), [new Temperature(-3)]);
