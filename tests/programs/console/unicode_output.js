// Non-ASCII strings are written as UTF-8.
console.log("café", "naïve", "Ελληνικά", "日本語", "עברית");
console.log("emoji: \u{1F680}\u{1F30D}", "\u2764");
console.log("lone surrogate length:", "\uD800".length);
console.log("combining: e\u0301", "e\u0301".length);
console.log("box: ┌─┐ └─┘");
