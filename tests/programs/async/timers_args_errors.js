// Callbacks must be functions (Node's ERR_INVALID_ARG_TYPE); delays are coerced.
setTimeout(() => console.log("negative delay is 1"), -5);
setTimeout(() => console.log("NaN delay is 1"), NaN);
setTimeout(() => console.log("string delay '40'"), "40");
setTimeout(() => console.log("delay 80"), 80);
for (const f of [setTimeout, setInterval, setImmediate]) {
  for (const bad of [undefined, 5, "s", {}, null]) {
    try {
      f(bad, 1);
    } catch (e) {
      console.log(f.name, e.name, e.code, e.message);
    }
  }
}
