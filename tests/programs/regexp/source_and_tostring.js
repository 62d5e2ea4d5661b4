console.log(/a\/b/.source);
console.log(new RegExp("a/b").source);
console.log(new RegExp("").source, String(new RegExp("")));
console.log(new RegExp("\n").source);
console.log(/[/]/.source);
console.log(String(/x+y/gi), /x/.toString(), `${/q/m}`);
console.log(RegExp.prototype.toString.call({ source: "S", flags: "F" }));
console.log(RegExp.prototype.source, RegExp.prototype.flags);
