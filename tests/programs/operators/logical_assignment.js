// &&= ||= ??= assign only when needed and short-circuit the right side.
let calls = 0;
function next(v) {
  calls++;
  return v;
}
let a = 1, b = 0, c = null, d = undefined, e = "", f = "set";
a &&= next("A"); console.log(a, calls);
b &&= next("B"); console.log(b, calls);
b ||= next("B2"); console.log(b, calls);
f ||= next("F"); console.log(f, calls);
c ??= next("C"); console.log(c, calls);
d ??= next(0); console.log(d, calls);
d ??= next("never"); console.log(d, calls);
e ||= "empty replaced"; console.log(e);
e &&= e.length; console.log(e);
let z = 0;
z ??= 5; console.log(z);
let count = 0;
for (let i = 0; i < 5; i++) {
  let x = i % 2 === 0 ? null : i;
  x ??= -1;
  count += x;
}
console.log(count);
