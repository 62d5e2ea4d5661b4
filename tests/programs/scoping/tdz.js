// let/const are in the temporal dead zone until their declaration runs.
try {
  console.log(early);
  let early = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  c = 2;
  const c = 3;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
function readLater() {
  return laterLet;
}
try {
  readLater();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let laterLet = "now initialised";
console.log(readLater());
try {
  let selfRef = selfRef + 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  typeof inTdz;
  let inTdz;
} catch (e) {
  console.log("typeof does not protect:", e.name);
}
{
  const f = () => blockLet;
  try {
    f();
  } catch (e) {
    console.log("closure in block:", e.message);
  }
  let blockLet = "ok";
  console.log(f());
}
