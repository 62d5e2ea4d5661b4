// The Ackermann function for small arguments.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
for (let m = 0; m <= 3; m++) {
  let row = "";
  for (let n = 0; n <= 4; n++) row += ack(m, n) + " ";
  console.log("m=" + m + ":", row);
}
console.log("ack(2, 3) =", ack(2, 3));
console.log("ack(3, 5) =", ack(3, 5));
