function ok() {
  return 1;
}
class Point {
  constructor(x) {}
}
