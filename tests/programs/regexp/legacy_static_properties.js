/(\w+)@(\w+)\.com/.exec("mail bob@example.com now");
console.log(RegExp.$1, RegExp.$2, RegExp.$3 === "");
console.log(RegExp.lastMatch, RegExp["$&"]);
console.log(RegExp.leftContext, "|", RegExp.rightContext);
console.log(RegExp.lastParen, RegExp.input);
"x1y2".replace(/(\d)/g, "");
console.log(RegExp.$1, RegExp.lastMatch);
