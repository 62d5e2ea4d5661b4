console.log(/^(a+)+$/.test("aaaaaaaaaaaaaaaaaaaaaa"));
console.log(/(\d+)(\d{2})/.exec("12345").slice(1));
console.log(/(\d+?)(\d{2})/.exec("12345").slice(1));
console.log(/^(.*),(.*)$/.exec("a,b,c").slice(1));
console.log(/(a|ab)(c|bcd)(d*)/.exec("abcd").slice(1));
