const m = /(\d+)-(\d+)?/.exec("call 555- now");
console.log(m.length, m[0], m[1], m[2]);
console.log(m.index, m.input);
console.log(m.groups);
console.log(Array.isArray(m));
console.log(Object.keys(m));
console.log(m);
console.log(/x/.exec("abc"));
