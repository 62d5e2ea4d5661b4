// Conway's Game of Life on a small torus stored in a string.
const W = 10, H = 8;
function cell(grid, x, y) {
  const xx = (x + W) % W, yy = (y + H) % H;
  return grid[yy * W + xx] === "#" ? 1 : 0;
}
function step(grid) {
  let out = "";
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) if (dx !== 0 || dy !== 0) n += cell(grid, x + dx, y + dy);
      const alive = cell(grid, x, y) === 1;
      out += (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? "#" : ".";
    }
  }
  return out;
}
function show(grid, gen) {
  console.log("generation " + gen);
  for (let y = 0; y < H; y++) console.log(grid.slice(y * W, y * W + W));
}
let grid =
  ".#........" +
  "..#......." +
  "###......." +
  ".........." +
  "......##.." +
  "......##.." +
  ".........." +
  "..........";
show(grid, 0);
for (let g = 1; g <= 4; g++) grid = step(grid);
show(grid, 4);
function population(grid) {
  let alive = 0;
  for (let i = 0; i < grid.length; i++) if (grid[i] === "#") alive++;
  return alive;
}
let history = "";
for (let g = 5; g <= 40; g++) {
  grid = step(grid);
  if (g % 5 === 0) history += g + ":" + population(grid) + " ";
}
console.log("population", history);
