// A class with a constructor and a small method (an inlining candidate).
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() {
    return this.x * this.x + this.y * this.y;
  }
}
const p = new Point(3, 4);
console.log(p.norm2());
