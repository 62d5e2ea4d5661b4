// Array patterns step a user iterator only as far as they read, then close it.
function counting(limit) {
  const log = [];
  return {
    log,
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push("next"); i++; return limit < 0 || i <= limit ? { value: i, done: false } : { done: true }; },
        return() { log.push("return"); return {}; },
      };
    },
  };
}
const endless = counting(-1);
const [a, b] = endless;
console.log(a, b, endless.log.join(","));
const short = counting(1);
const [c, d = "dflt"] = short;
console.log(c, d, short.log.join(","));
const rest = counting(3);
const [e, ...others] = rest;
console.log(e, others, rest.log.join(","));
const holes = counting(-1);
const [, , third] = holes;
console.log(third, holes.log.join(","));
function params([x, y]) { return x + y; }
const p = counting(-1);
console.log(params(p), p.log.join(","));
