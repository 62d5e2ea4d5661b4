// Property keys are printed bare when they are identifiers, quoted otherwise.
console.log({ simple: 1, camelCase: 2, snake_case: 3, _leading: 4, trailing_: 5, a1: 6 });
console.log({ "a-b": 1, "a b": 2, "1a": 3, "a.b": 4, "a:b": 5 });
console.log({ 0: "zero", 1: "one", 10: "ten" });
console.log({ "-1": "neg", "1.5": "frac", "01": "leading zero" });
console.log({ $: 1, $x: 2, x$: 3, _: 4 });
console.log({ "": 1 });
console.log({ "é": 1, "ñandú": 2, "日本": 3 });
console.log({ if: 1, class: 2, null: 3, true: 4, undefined: 5 });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ "with\ttab": 1, "with\nnewline": 2 });
console.log({ "CONSTANT_NAME": 1, "Mixed_Case9": 2 });
console.log({ "9lives": 1, lives9: 2 });
const arr = [1];
arr["a-b"] = 2;
arr.ok = 3;
arr["-1"] = 4;
console.log(arr);
class K { constructor() { this["weird key"] = 1; this.normal = 2; } }
console.log(new K());
function f() {}
f["odd-prop"] = 1;
console.log(f);
console.log({ "   ": "spaces" });
console.log({ "key'quote": "value'quote" });
