const re = /a/g;
console.log(re.test("aa"), re.lastIndex);
console.log(re.test("aa"), re.lastIndex);
console.log(re.test("aa"), re.lastIndex);
console.log(re.test("aa"), re.lastIndex);
re.lastIndex = 10;
console.log(re.exec("aaa"), re.lastIndex);
