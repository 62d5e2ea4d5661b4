// Calling things that are not functions: V8's messages name the callee expression.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message);
  }
}
const obj = { name: "o", nested: { deep: {} }, num: 5, str: "s", nul: null };
let notFn = 42;
let undef;
report("obj.method()", function () { return obj.method(); });
report("obj.nested.deep.run()", function () { return obj.nested.deep.run(); });
report("obj.num()", function () { return obj.num(); });
report("obj.str()", function () { return obj.str(); });
report("obj.nul()", function () { return obj.nul(); });
report("notFn()", function () { return notFn(); });
report("undef()", function () { return undef(); });
report("obj['computed']()", function () { return obj["computed"](); });
report("obj[key]()", function () { const key = "k" + 2; return obj[key](); });
report("'text'()", function () { return "text"(); });
report("obj.name.toUpperCase().foo()", function () { return obj.name.toUpperCase().foo(); });
report("[1, 2].mapp()", function () { return [1, 2].mapp(function (x) { return x; }); });
report("'abc'.reverse()", function () { return "abc".reverse(); });
report("(5).push(1)", function () { return (5).push(1); });
report("result of call()", function () { function make() { return 7; } return make()(); });
report("array element", function () { const fns = [function () { return 1; }, 2]; return fns[0]() + fns[1](); });
report("new-less class method", function () { class K { m() { return "m"; } } return new K().n(); });
report("Math.nope()", function () { return Math.nope(); });
report("console.nope()", function () { return console.nope(); });
// optional call avoids the error only for null/undefined
report("obj.method?.()", function () { return obj.method?.(); });
report("obj.num?.()", function () { return obj.num?.(); });
// the arguments are evaluated before the not-a-function check
let evaluated = [];
function arg(x) { evaluated.push(x); return x; }
report("obj.missing(arg(1), arg(2))", function () { return obj.missing(arg(1), arg(2)); });
console.log("evaluated", evaluated.join(","));
// a callback stored on an object that was overwritten
const handlers = { onDone: function () { return "done"; } };
report("handlers.onDone()", function () { return handlers.onDone(); });
handlers.onDone = "oops";
report("handlers.onDone() after overwrite", function () { return handlers.onDone(); });
// this-less method extraction still works but reading this.x fails
const counter = { n: 1, get: function () { return this.n; } };
const loose = counter.get;
report("loose()", function () { return loose(); });
