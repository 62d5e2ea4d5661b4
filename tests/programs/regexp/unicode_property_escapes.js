console.log("aΩ1_ж".match(/\p{L}/gu).join(""));
console.log("aΩ1_ж".match(/\P{L}/gu).join(""));
console.log(/\p{Emoji_Presentation}/u.test("😀"), /\p{N}/u.test("٣"));
console.log("Hello Мир".replace(/\p{Script=Cyrillic}/gu, "*"));
console.log(/[\p{Lu}\d]+/u.exec("abcDE12fg")[0]);
console.log(/^\p{ASCII}+$/u.test("abc"), /^\p{ASCII}+$/u.test("abé"));
