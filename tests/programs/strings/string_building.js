// Building strings in loops: a multiplication table, a staircase and a ruler.
let table = "";
for (let i = 1; i <= 5; i++) {
  let row = "";
  for (let j = 1; j <= 5; j++) {
    row += String(i * j).padStart(4);
  }
  table += row + "\n";
}
console.log(table);
for (let i = 1; i <= 4; i++) {
  console.log(" ".repeat(4 - i) + "#".repeat(i));
}
let ruler = "";
for (let i = 0; i <= 30; i++) {
  ruler += i % 10 === 0 ? "|" : i % 5 === 0 ? ":" : ".";
}
console.log(ruler);
let big = "";
for (let i = 0; i < 2000; i++) big += "ab";
console.log(big.length, big.slice(0, 6), big.lastIndexOf("ba"));
