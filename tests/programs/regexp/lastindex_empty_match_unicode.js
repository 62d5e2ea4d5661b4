const s = "😀x";
console.log(s.match(/(?:)/g).length, s.match(/(?:)/gu).length);
console.log(s.replace(/(?:)/g, "-").length, s.replace(/(?:)/gu, "-"));
console.log(s.split(/(?:)/u), s.split(/(?:)/).length);
const re = /(?:)/gu;
re.lastIndex = 1;
const m = re.exec(s);
console.log(m.index, re.lastIndex);
console.log([..."a😀".matchAll(/|/gu)].map(m => m.index));
