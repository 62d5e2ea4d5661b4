// A read and a store through property sites that may see several shapes:
// entry 0 of the inline cache is checked first, then the other entries are
// scanned inline (the loop over the ways), and only then the runtime called.
function getX(o) {
  return o.x;
}
function setY(o, v) {
  o.y = v;
}
setY({ y: 0 }, getX({ x: 1 }));
