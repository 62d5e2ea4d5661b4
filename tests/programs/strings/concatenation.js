// + with strings and every other primitive; left-to-right evaluation.
console.log("a" + "b", "a" + 1, 1 + "a", "a" + true, "a" + null, "a" + undefined);
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + (2 + "3"));
console.log("x" + -0, "x" + 1e21, "x" + 0.1, "x" + NaN);
let s = "start";
s += "-";
s += 42;
s += true;
console.log(s);
let acc = "";
for (let i = 0; i < 5; i++) acc += i;
console.log(acc, acc.length);
console.log("" + 1 + 1, "" - 1 + 1);
