console.log(JSON.stringify({ r: /a/g, list: [/b/] }));
console.log(Object.keys(/x/), typeof /x/);
const o = {};
o[/k/] = 1;
console.log(Object.keys(o));
console.log(/a/ == "/a/", /a/ + "", [/a/] + "");
