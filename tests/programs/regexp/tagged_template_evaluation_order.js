const log = [];
function tag(s, ...v) { log.push("tag"); return v.join(); }
function val(x) { log.push("v" + x); return x; }
function getTag() { log.push("getTag"); return tag; }
console.log(getTag()`${val(1)}-${val(2)}`);
console.log(log.join(" "));
console.log(((s) => s.length)`a${1}b${2}c${3}d`);
