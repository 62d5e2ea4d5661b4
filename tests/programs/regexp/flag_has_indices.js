const m = /(?<word>b+)(c)?/d.exec("aabbbd");
console.log(m.indices[0], m.indices[1], m.indices[2]);
console.log(m.indices.groups.word);
console.log(m.indices.length);
const m2 = /x/.exec("ax");
console.log(m2.indices);
console.log(/a/d.hasIndices, /a/.hasIndices, /a/dg.flags);
