console.log(/abc/g);
console.log([/a/, /b/i, new RegExp("c/d")]);
console.log({ re: /x+/y, nested: { r: /\d/ } });
console.log(new RegExp(""));
const re = /z/g;
re.lastIndex = 3;
console.log(re);
console.log(String([/a/, /b/]));
