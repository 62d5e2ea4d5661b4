// Sloppy functions with simple parameters have a mapped arguments object aliasing the parameters.
function aliasParam(a, b) {
  arguments[0] = "changed via arguments";
  return a + " / " + b;
}
console.log(aliasParam("orig", "b"));
function aliasArg(a) {
  a = "changed via param";
  return arguments[0];
}
console.log(aliasArg("orig"));
// unpassed parameters are not mapped
function unpassed(a, b) {
  b = "set b";
  arguments[1] = "set arguments[1]";
  return b + " | " + arguments[1] + " | " + arguments.length;
}
console.log(unpassed("only a"));
// mapping survives multiple writes both ways
function pingPong(x) {
  const log = [];
  x = 1; log.push(arguments[0]);
  arguments[0] = 2; log.push(x);
  x++; log.push(arguments[0]);
  arguments[0] += 10; log.push(x);
  return log.join(",");
}
console.log(pingPong(0));
// delete breaks the mapping
function deleteBreaks(a) {
  delete arguments[0];
  arguments[0] = "new value";
  return a + " | " + arguments[0];
}
console.log(deleteBreaks("kept"));
// defineProperty with a value updates the parameter once then unmaps if writable false
function defineBreaks(a) {
  Object.defineProperty(arguments, "0", { value: "defined", writable: false });
  const first = a;
  a = "param later";
  return first + " | " + a + " | " + arguments[0];
}
console.log(defineBreaks("orig"));
// closures see the mapped updates
function closure(a) {
  const get = () => a;
  arguments[0] = "through arguments";
  return get();
}
console.log(closure("start"));
// duplicate parameter names in sloppy mode: the last one is mapped
function dup(a, a) { arguments[1] = "second"; return a; }
console.log(dup("x", "y"));
// the mapping is per index, extra args are plain
function extra(a) {
  arguments[1] = "extra changed";
  return a + " " + arguments[1] + " " + arguments.length;
}
console.log(extra("a", "b"));
// arguments passed to another function still aliases
function mutate(args) { args[0] = "mutated by callee"; }
function caller(p) { mutate(arguments); return p; }
console.log(caller("original"));
// numeric and object parameters
function swap(a, b) {
  const t = arguments[0];
  arguments[0] = arguments[1];
  arguments[1] = t;
  return a + "," + b;
}
console.log(swap(1, 2), swap("x", "y"));
function increment(n) { for (let i = 0; i < 5; i++) arguments[0]++; return n; }
console.log(increment(10));
// length change does not affect mapping
function lengthChange(a, b) { arguments.length = 0; arguments[1] = "still mapped"; return b; }
console.log(lengthChange(1, 2));
