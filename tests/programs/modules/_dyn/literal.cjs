const a = 1, c = 3;
module.exports = { a, b: c, 'quoted': a, d: 4, e: a };
