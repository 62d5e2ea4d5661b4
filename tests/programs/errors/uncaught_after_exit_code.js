// process.exitCode is overridden by an uncaught exception (status 1).
process.exitCode = 5;
console.log("exitCode set to", process.exitCode);
const list = [3, 2, 1, 0];
let acc = 60;
for (let i = 0; i < list.length; i++) {
  if (list[i] === 0) throw new RangeError("division by zero at index " + i);
  acc = acc / list[i];
  console.log("acc", acc);
}
