const s = "a😀b";
console.log(s.match(/./g).length, s.match(/./gu).length);
console.log(/^.$/.test("😀"), /^.$/u.test("😀"));
console.log(/\u{1F600}/u.test("😀"), /\u{1F600}/.test("😀"));
console.log(/\u{2}/.test("uu"));
console.log(/😀{2}/u.test("😀😀"), /😀{2}/.test("😀😀"));
console.log(/\p{Lu}/u.test("É"), /\p{Script=Greek}+/u.exec("abc αβγ")[0]);
console.log(/x/u.unicode, /x/.unicode);
