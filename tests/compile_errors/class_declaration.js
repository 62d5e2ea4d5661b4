// error: 5:1: not supported
function ok() {
  return 1;
}
class Point {
  constructor(x) {}
}
