// min, max, abs, hypot with several and unusual arguments.
console.log(Math.min(3, 1, 2), Math.max(3, 1, 2), Math.min(5), Math.max(-5));
console.log(Math.min(1, NaN, 3), Math.max(1, "7", 3), Math.min("2", "10"));
console.log(Math.max(-0, 0), Math.min(0, -0), Math.max(-Infinity, -1e308));
console.log(Math.abs(-7.5), Math.abs("-3"), Math.abs(null), Math.abs(undefined), Math.abs(-Infinity));
console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1, 1, 1));
console.log(Math.max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Math.min(true, false));
