// Errors thrown by eval code propagate to the caller, with V8's frame for
// the eval code.
function f() {
  eval('1;\n  throw new Error("from eval")');
}
try {
  f();
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n').slice(0, 3).map((l) => l.replace(/\(\/.*\//, '(')).join('\n'));
}
try {
  eval('null.x');
} catch (e) {
  console.log(e.name, e.message);
}
function g() {
  try {
    eval('throw 5');
  } catch (v) {
    return v;
  }
}
console.log(g());
// finally in the caller runs.
function h() {
  try {
    return eval('undefinedName');
  } catch (e) {
    return e.name + ': ' + e.message;
  } finally {
    console.log('finally');
  }
}
console.log(h());
// Uncaught, from eval code.
eval('throw new TypeError("uncaught from eval")');
