console.log(/a/gimsuyd.flags);
console.log(new RegExp("a", "yusmigd").flags);
console.log(/a/.flags === "");
console.log(new RegExp("a", "v").flags, new RegExp("a", "v").unicodeSets);
const o = { global: true, sticky: 1, unicode: "", hasIndices: 0, dotAll: {} };
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(o));
