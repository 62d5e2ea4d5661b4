const re = /a/g;
re.lastIndex = 2;
const it = "aaaa".matchAll(re);
console.log(re.lastIndex);
console.log([...it].map(m => m.index));
console.log(re.lastIndex);
const y = /a/gy;
console.log([..."aab".matchAll(y)].length);
