// Reading and writing elements with a[i]: growth, holes, string indices, non-index keys.
const a = [];
a[0] = "a";
a[1] = "b";
console.log(a.length, a.join(""));
a[5] = "f";
console.log(a.length, a[3], 3 in a, a.join("."));
a["2"] = "c";
console.log(a[2], a.length);
a["02"] = "not index";
a[-1] = "negative";
a[1.5] = "fraction";
a["1e0"] = "exp";
console.log(a.length, Object.keys(a).join(","));
console.log(a["02"], a[-1], a["-1"], a[1.5], a[1], a["1"]);
a[1.0] = "B";
console.log(a[1]);
// out of bounds reads
console.log(a[100], a[-5], a[6]);
// integer-valued strings and numbers are the same key
const b = [10, 20, 30];
const idx = "1";
console.log(b[idx], b[1], b["1"], b[Number("2")], b[true + 1]);
// counting loops
const sq = [];
for (let i = 0; i < 20; i++) sq[i] = i * i;
console.log(sq.length, sq[19], sq.join(" "));
let sum = 0;
for (let i = sq.length - 1; i >= 0; i--) sum += sq[i];
console.log(sum);
// 2D grid
const grid = [];
for (let r = 0; r < 4; r++) {
  grid[r] = [];
  for (let c = 0; c < 5; c++) grid[r][c] = r * 10 + c;
}
console.log(grid.map(row => row.join(",")).join(" | "));
grid[2][4] += 100;
grid[3][0]++;
console.log(grid[2][4], grid[3][0]);
// element types change freely
const mixed = [1, 2, 3];
mixed[1] = "two";
mixed[2] = { three: 3 };
mixed[3] = 4.5;
mixed[4] = null;
console.log(mixed.length, typeof mixed[0], typeof mixed[1], typeof mixed[2], mixed[2].three, mixed[3], mixed[4]);
// doubles and ints
const nums = [1, 2, 3];
nums[0] = 0.5;
nums[1] = -0;
nums[2] = NaN;
console.log(nums[0], Object.is(nums[1], -0), nums[2], nums.join(","));
// array index with a computed expression and side effects
let k = 0;
const arr = [0, 0, 0];
arr[k++] = k;
arr[k++] = k;
console.log(arr.join(","), k);
// writing to a string index on a string is ignored
const str = "abc";
console.log(str[0], str[5], str["length"]);
// array elements as counters
const counts = [0, 0, 0, 0];
const data = [1, 3, 3, 2, 1, 3, 0, 3];
for (let i = 0; i < data.length; i++) counts[data[i]]++;
console.log(counts.join(","));
