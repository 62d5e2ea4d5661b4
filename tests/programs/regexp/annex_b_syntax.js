console.log(/]/.test("]"), /{/.test("{"), /}/.test("}"), /a{/.test("a{"));
console.log(/\c/.test("\\c"), /\c1/.test("\\c1"), /[\c1]/.test("\u0011"), /[\c_]/.test("\u001f"));
console.log(/\cJ/.test("\n"), /[\c]/.test("c"), /\c*/.exec("\\cc")[0]);
console.log(/\101/.test("A"), /\0/.test("\0"), /[\101]/.test("A"), /\x4/.test("x4"));
console.log(/\u{3}/.test("uuu"), /\u12/.test("u12"), /\p{L}/.test("p{L}"));
console.log(/[\d-z]/.test("-"), /a{,2}/.test("a{,2}"));
