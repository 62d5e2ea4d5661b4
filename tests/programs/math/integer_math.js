// clz32, imul and integer tricks.
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(1.5));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(-5, 12));
console.log(Math.imul(65536, 65536), Math.imul("3", "4"), Math.imul(2 ** 32 + 3, 2));
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
console.log(hash(""), hash("a"), hash("hello world"), hash("kiln").toString(16));
