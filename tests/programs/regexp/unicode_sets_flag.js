console.log(/[\p{L}--[a-z]]/v.exec("abCd")[0]);
console.log(/[[a-z]&&[aeiou]]+/v.exec("xyzaei")[0]);
console.log(/^[^]$/v.test("😀"), /[\q{abc|d}]/v.exec("xxabc")[0]);
console.log(/a/v.unicodeSets, /a/u.unicodeSets, /a/v.flags);
