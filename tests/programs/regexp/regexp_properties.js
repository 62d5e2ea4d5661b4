const re = /a/g;
console.log(Object.getOwnPropertyNames(re));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(re, "lastIndex")));
console.log(Object.getOwnPropertyNames(RegExp.prototype).sort().join());
console.log(re.hasOwnProperty("source"), "source" in re, "global" in re);
try { RegExp.prototype.global; console.log(RegExp.prototype.global); } catch (e) { console.log(e.name); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}); } catch (e) { console.log(e.name, e.message); }
