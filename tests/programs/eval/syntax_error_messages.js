// A syntax error in constant eval code is a SyntaxError thrown when the eval runs (the program compiles), with V8's message.
function check(name, f) {
  try { f(); console.log('ok', name) } catch (e) { console.log(name, e.name, e.message) }
}
check("1 +", () => eval("1 +"));
check("var 1", () => eval("var 1"));
check("a b", () => eval("a b"));
check("if (", () => eval("if ("));
check("x = }", () => eval("x = }"));
check("let x = 'abc", () => eval("let x = 'abc"));
check("1 = 2", () => eval("1 = 2"));
check("continue", () => eval("continue"));
check("break", () => eval("break"));
check("return", () => eval("return"));
check("@", () => eval("@"));
check("a => {", () => eval("a => {"));
check("'use strict'; var let = 1", () => eval("'use strict'; var let = 1"));
check("({a:1", () => eval("({a:1"));
check("x ==> y", () => eval("x ==> y"));
check("var if = 1", () => eval("var if = 1"));
check("foo(", () => eval("foo("));
check("`abc", () => eval("`abc"));
check("/re", () => eval("/re"));
check("a.1", () => eval("a.1"));
check("1..", () => eval("1.."));
check("function () {}", () => eval("function () {}"));
check("let let = 1", () => eval("let let = 1"));
check("class { }", () => eval("class { }"));
check("super.x", () => eval("super.x"));
check("yield 1", () => eval("yield 1"));
check("x++ ++", () => eval("x++ ++"));
check("let a; let a", () => eval("let a; let a"));
check("var b; let b", () => eval("var b; let b"));
check("'use strict'; with (a) {}", () => eval("'use strict'; with (a) {}"));
check("'use strict'; delete x", () => eval("'use strict'; delete x"));
check("const c", () => eval("const c"));
console.log('still running');
