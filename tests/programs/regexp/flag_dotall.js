console.log(/a.b/.test("a\nb"));
console.log(/a.b/s.test("a\nb"));
console.log(/a.b/.test("a\u2028b"), /a.b/s.test("a\u2028b"));
console.log(/^.$/.test("\r"), /^.$/s.test("\r"));
console.log(/a[^]b/.test("a\nb"));
console.log(/x/s.dotAll, /x/.dotAll, /x/s.flags);
