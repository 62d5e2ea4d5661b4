// Reading an undeclared variable throws ReferenceError; typeof does not.
try {
  console.log(nowhere);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(typeof nowhere);
function deep() {
  return missingThing + 1;
}
try {
  deep();
} catch (e) {
  console.log(e.name, e.message);
}
