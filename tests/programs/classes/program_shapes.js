// A class hierarchy program: polymorphism, static registries, private state, toString and inspection.
class Shape {
  static #count = 0;
  static registry = {};
  #id;
  constructor(name) {
    this.name = name;
    this.#id = ++Shape.#count;
    Shape.registry[this.#id] = this;
  }
  get id() { return this.#id; }
  area() { throw new Error(this.constructor.name + " must implement area"); }
  perimeter() { return 0; }
  toString() { return this.name + "#" + this.#id + "(area=" + this.area().toFixed(2) + ")"; }
  static count() { return Shape.#count; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
  perimeter() { return 2 * Math.PI * this.r; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = "square"; }
}
class Broken extends Shape { constructor() { super("broken"); } }
const shapes = [new Circle(1), new Rect(2, 3), new Square(2), new Circle(0.5), new Rect(1, 10)];
shapes.forEach(s => console.log(String(s), s.perimeter().toFixed(3)));
console.log(shapes);
console.log(Shape.count(), Object.keys(Shape.registry).join(","), Shape.registry[3] === shapes[2]);
try { String(new Broken()); } catch (e) { console.log(e.message); }
console.log(Shape.count());
// sorting by area, grouping by class name
const sorted = shapes.slice().sort((a, b) => a.area() - b.area());
console.log(sorted.map(s => s.name + ":" + s.id).join(" "));
const groups = {};
shapes.forEach(s => { const k = s.constructor.name; groups[k] = (groups[k] || 0) + 1; });
console.log(groups);
// instanceof checks through the hierarchy
console.log(shapes.map(s => (s instanceof Rect ? "R" : "-") + (s instanceof Square ? "S" : "-")).join(" "));
// total area computed with reduce and method calls
const total = shapes.reduce((sum, s) => sum + s.area(), 0);
console.log(total.toFixed(4));
// class fields holding instances, printed by console.log
class Scene {
  items = [];
  title = "scene";
  add(s) { this.items.push(s); return this; }
}
const scene = new Scene().add(new Square(1)).add(new Circle(2));
console.log(scene);
console.log({ largest: sorted[sorted.length - 1] });
