console.log(/a||b/.exec("b").index, /()/.exec("x"));
console.log(/(|a)+/.exec("aa"), /(a|)+/.exec("aa"));
console.log(/(?:)/.test(""), new RegExp("").test("anything"));
console.log(/(a*)+b/.exec("b"));
