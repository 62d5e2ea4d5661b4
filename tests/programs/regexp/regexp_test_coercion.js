console.log(/undefined/.test(), /null/.test(null), /1/.test(12));
console.log(/true/.test(true), /\[object Object\]/.test({}));
console.log(/^a,b$/.test(["a", "b"]));
const re = /x/g;
console.log(re.test({ toString() { return "zx"; } }), re.lastIndex);
