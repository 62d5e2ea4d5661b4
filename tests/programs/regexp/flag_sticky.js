const re = /foo/y;
console.log(re.test("foofoo"), re.lastIndex);
console.log(re.test("foofoo"), re.lastIndex);
console.log(re.test("foofoo"), re.lastIndex);
re.lastIndex = 1;
console.log(re.test("xfoo"), re.lastIndex);
re.lastIndex = 0;
console.log(re.test("xfoo"), re.lastIndex);
console.log(re.sticky, /a/.sticky);
