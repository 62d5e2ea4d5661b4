// Errors thrown by the language itself are catchable with the right name and message.
try {
  undefinedFunction();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let notFn = 5;
try {
  notFn();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let u;
try {
  u();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  (1).toFixed(101);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  (255).toString(1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  "abc".repeat(-2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  null.length;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
