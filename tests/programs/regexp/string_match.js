console.log("The Quick Brown".match(/[A-Z]/g));
console.log("nothing".match(/\d/g), "nothing".match(/\d/));
const m = "key=value".match(/(\w+)=(\w+)/);
console.log(m[1], m[2], m.index, m.input);
console.log("a.b".match("."), "a+b".match("\\+b"));
console.log("abc".match(), "".match(/^$/)[0] === "");
