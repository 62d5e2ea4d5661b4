console.log(/\u0041/.test("A"), /\x41/.test("A"), /\101/.test("A"));
console.log(/\u{1F600}/u.test("😀"), /^\uD83D\uDE00$/u.test("😀"), /^[\uD83D\uDE00]$/u.test("😀"));
console.log(/^[\uD83D\uDE00]$/.test("😀"), /[\uD83D\uDE00]/.exec("😀").index);
console.log(/\uD83D/.test("😀"), /\uD83D/u.test("😀"));
console.log(/^\S$/u.test("😀"), /^\S$/.test("😀"));
