const log = [];
const re = /x/g;
const fake = {
  get flags() { log.push("flags"); return "g"; },
  get global() { log.push("global"); return true; },
  get unicode() { log.push("unicode"); return false; },
  set lastIndex(v) { log.push("set lastIndex " + v); },
  get lastIndex() { log.push("get lastIndex"); return 0; },
  exec(s) { log.push("exec"); return null; },
};
console.log(RegExp.prototype[Symbol.replace].call(fake, "abc", "z"));
console.log(log.join(", "));
