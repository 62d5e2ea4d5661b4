console.log(/\w/iu.test("ſ"), /\w/iu.test("\u212a"));
console.log(/\W/iu.test("ſ"), /\W/u.test("ſ"));
console.log(/\bſ\b/iu.test("ſ"));
console.log(/\b/iu.exec("ſ").index);
console.log("hello world".match(/\b\w/g));
console.log("a_b c-d".split(/\b/));
console.log(/\B/.exec("ab").index);
