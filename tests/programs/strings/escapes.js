// Every string escape sequence.
console.log("tab:\t|newline:\n|end");
console.log("backslash: \\ single: \' double: \"");
console.log('single-quoted with "double" and \'single\'');
console.log("hex: \x41\x42\x43 \x7e");
console.log("unicode: \u0041\u00e9\u4e2d");
console.log("code point: \u{1F600} \u{41} \u{10FFFF}".length);
console.log("smile \u{1F600}!");
console.log("nul char length:", "a\0b".length, "a\0b".charCodeAt(1));
console.log("line \
continuation");
console.log("cr:", "\r".charCodeAt(0), "vt:", "\v".charCodeAt(0), "ff:", "\f".charCodeAt(0), "bs:", "\b".charCodeAt(0));
console.log("non-escape: \q \m".length, "\q\m");
console.log("\u2028".length, "\u00A0".charCodeAt(0));
console.log("surrogates:", "\uD83D\uDE00" === "\u{1F600}");
