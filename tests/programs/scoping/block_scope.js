// let and const are block scoped; var is not.
{
  var fnScoped = "var escapes";
  let blockScoped = "let stays";
  console.log(blockScoped);
}
console.log(fnScoped);
console.log(typeof blockScoped);
if (true) {
  const c = "in if";
  console.log(c);
}
console.log(typeof c);
let i = "outer i";
for (let i = 0; i < 2; i++) {}
console.log(i);
function blocks() {
  let r = "";
  for (let n = 0; n < 3; n++) {
    let n2 = n;
    {
      let n2 = "x";
      r += n2;
    }
    r += n2;
  }
  return r;
}
console.log(blocks());
