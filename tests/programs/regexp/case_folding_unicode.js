console.log(/\u212a/i.test("k"), /\u212a/iu.test("k"));
console.log(/ß/iu.test("ẞ"), /σ/i.test("ς"), /Σ/iu.test("ς"));
console.log(/[a-z]/i.test("K"));
console.log(/ÿ/i.test("Ÿ"), /ǆ/i.test("ǅ"));
console.log("İstanbul".match(/i/gi));
console.log("ΑΒΓ".replace(/[α-γ]/gi, "x"));
