// Towers of Hanoi: count and print moves recursively.
let moves = 0;
let firstMoves = "";
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (moves <= 7) firstMoves += from + "->" + to + " ";
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
console.log(moves, firstMoves);
moves = 0;
hanoi(16, "A", "C", "B");
console.log("16 disks:", moves, "moves");
