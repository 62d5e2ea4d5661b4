function tag(strings, ...values) {
  console.log(strings, values);
  console.log(strings.raw);
  console.log(Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings));
  return "done";
}
console.log(tag`a${1}b${"two"}c`);
console.log(tag``);
console.log(tag`${0}`);
