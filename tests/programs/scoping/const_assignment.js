// Assigning to a const binding throws TypeError at run time.
const k = 1;
try {
  k = 2;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(k);
try {
  k += 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  k++;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
function inner() {
  const local = "x";
  const change = () => { local = "y"; };
  try {
    change();
  } catch (e) {
    return e.name + " from closure: " + e.message;
  }
  return "not reached";
}
console.log(inner());
for (const c = 0; c < 1;) {
  try {
    c++;
  } catch (e) {
    console.log("loop const:", e.message);
    break;
  }
}
let ok = 1;
ok = 2;
console.log("let is assignable:", ok);
