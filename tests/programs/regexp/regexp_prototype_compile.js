const re = /a/g;
re.lastIndex = 3;
const r = re.compile("b+", "i");
console.log(r === re, String(re), re.lastIndex);
console.log(re.test("xBBx"));
re.compile(/q/m);
console.log(String(re));
re.compile();
console.log(String(re));
try { re.compile(/q/, "g"); } catch (e) { console.log(e.name, e.message); }
