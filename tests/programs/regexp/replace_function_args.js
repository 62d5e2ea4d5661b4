"a-12-b".replace(/(\d)(\d)(x)?/, function (...args) {
  console.log(args.length, JSON.stringify(args));
  console.log(this === undefined || this === globalThis);
  return "";
});
"a-12-b".replace(/(?<n>\d)/, (...args) => {
  console.log(args.length, typeof args[args.length - 1], args[args.length - 1].n);
  return "";
});
console.log("abc".replace("b", (m, off, str) => `[${m}|${off}|${str}]`));
console.log("a1b2".replace(/\d/g, d => d * 2));
console.log("x".replace(/x/, () => "$1$&"));
