const obj = {
  name: "obj",
  tag(s, v) { return this.name + ":" + s.join("_") + v; },
  inner: { name: "inner", t(s) { return this.name; } },
};
console.log(obj.tag`x${1}y`);
console.log(obj["tag"]`z${2}`);
console.log(obj.inner.t`q`);
function make(prefix) { return (s, ...v) => prefix + s.raw.join("#") + v.join(","); }
console.log(make(">")`a${1}b${2}`);
const f = obj.tag;
function who() { return typeof this; }
console.log(who`w${3}`);
class K { static t(s) { return this === K; } }
console.log(K.t`k`);
