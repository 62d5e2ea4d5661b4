// err.stack names the functions and source positions of the frames that
// created the error (checked by substring: the absolute path differs per checkout).
function inner(n) {
  if (n === 0) {
    const e = new Error("deep");
    return e.stack;
  }
  const s = inner(n - 1);
  return s;
}
const stack = inner(2);
console.log(stack.startsWith("Error: deep\n    at inner ("));
console.log(stack.includes("stack_trace_positions.js:5:15)"));
console.log(stack.includes("stack_trace_positions.js:8:13)"));
console.log(stack.includes("at Object.<anonymous> ("));
console.log(stack.includes("stack_trace_positions.js:11:15)"));
const arrow = () => {
  return missing;
};
try {
  arrow();
} catch (e) {
  console.log(e.stack.startsWith("ReferenceError: missing is not defined\n    at arrow ("));
  console.log(e.stack.includes("stack_trace_positions.js:18:"));
}
