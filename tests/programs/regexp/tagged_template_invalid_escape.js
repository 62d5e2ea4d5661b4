function tag(s) { return [s[0], s.raw[0], s.length]; }
console.log(tag`\unicode and \u{55}`);
console.log(tag`\xg`);
console.log(tag`\01`);
console.log(tag`ok ${1} \u{zz}`);
function both(s) { return s.map(x => x === undefined ? "undef" : x).join("|") + " / " + s.raw.join("|"); }
console.log(both`a${0}\u{}${1}c`);
