// toUpperCase, toLowerCase, trim, trimStart, trimEnd.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("ÄÖÜ ß é".toUpperCase(), "ÄÖÜ É".toLowerCase());
console.log("straße".toUpperCase(), "İ".toLowerCase().length);
console.log("[" + "  padded  ".trim() + "]");
console.log("[" + "  padded  ".trimStart() + "]");
console.log("[" + "  padded  ".trimEnd() + "]");
console.log("[" + "\t\n\r \v\f x \u00a0\ufeff\u2003".trim() + "]");
console.log("[" + "".trim() + "]", "[" + "   ".trim() + "]");
console.log("abc123".toUpperCase(), "MiXeD".toLowerCase());
