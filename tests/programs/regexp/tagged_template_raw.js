function tag(s) { return JSON.stringify([s[0], s.raw[0]]); }
console.log(tag`a\nb`);
console.log(tag`\u0041\x41`);
console.log(tag`line1
line2`);
console.log(tag`\``, tag`$\{x}`);
console.log(String.raw`C:\new\table${1 + 1}\x`);
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3, 4));
console.log(String.raw({ raw: "xyz" }, "-", "+"));
