console.log("price: 100USD 200EUR".match(/\d+(?=EUR)/)[0]);
console.log("a1 b2 c3".match(/[a-z](?!2)/g));
console.log(/^(?=.*\d)(?=.*[A-Z]).{6,}$/.test("abcD12"), /^(?=.*\d)(?=.*[A-Z]).{6,}$/.test("abcd12"));
console.log(/(?=(a+))/.exec("baaa").slice(0));
console.log(/(?=a)*/.test("x"));
