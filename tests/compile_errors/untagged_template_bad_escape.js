function tag(s) { return s.raw[0]; }
console.log(tag`\unicode`);
const t = `\unicode`;
