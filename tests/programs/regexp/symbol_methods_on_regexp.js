const re = /(\d)/g;
console.log(re[Symbol.match]("a1b2"));
console.log(re[Symbol.replace]("a1b2", "<$1>"));
console.log(/-/[Symbol.split]("a-b-c", 2));
console.log(/b/[Symbol.search]("abc"));
console.log([...re[Symbol.matchAll]("a1b2")].map(m => m.index));
console.log(typeof RegExp.prototype[Symbol.replace], RegExp.prototype[Symbol.split].name);
