console.log(/(\w)\1/.exec("abccd")[0]);
console.log(/(a)|\1b/.exec("b"));
console.log(/\1(a)/.exec("aa")[0]);
console.log(/(a)\1/i.test("aA"));
console.log("aabbcdd".replace(/(.)\1/g, "[$1]"));
console.log(/(?:(a)|b)\1c/.exec("bc")[0]);
console.log(/\2(a)/.test("\u0002a"), /\8/.test("8"));
