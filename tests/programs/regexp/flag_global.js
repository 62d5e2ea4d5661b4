const re = /o/g;
const s = "foo boo";
let m;
while ((m = re.exec(s)) !== null) {
  console.log(m[0], m.index, re.lastIndex);
}
console.log(re.lastIndex);
console.log(re.global, /o/.global);
