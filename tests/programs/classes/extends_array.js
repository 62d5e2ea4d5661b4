// Extending Array: length tracking, methods returning subclass instances, custom methods.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  get top() { return this.peek(); }
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s.top, s.sum(), Array.isArray(s), s instanceof Stack, s instanceof Array);
s[10] = 11;
console.log(s.length, s.peek());
s.length = 2;
console.log(s.length, s.join(","), s.sum());
// map/filter/slice/concat create Stack instances (species)
const m = s.map(x => x * 10);
console.log(m instanceof Stack, m.constructor.name, m.join(","), m.sum());
const f = s.filter(x => x > 1);
console.log(f instanceof Stack, f.length, s.slice(0, 1) instanceof Stack, s.concat([9]) instanceof Stack);
// constructor arguments behave like Array
const one = new Stack(3);
console.log(one.length, 0 in one);
const two = new Stack(3, 4);
console.log(two.length, two.join("+"));
// Stack.of / Stack.from
console.log(Stack.of(7, 8).sum(), Stack.of(7, 8) instanceof Stack);
// custom constructor
class Matrix extends Array {
  constructor(rows, cols) {
    super();
    for (let r = 0; r < rows; r++) {
      const row = [];
      for (let c = 0; c < cols; c++) row.push(r * cols + c);
      this.push(row);
    }
    this.rows = rows;
  }
  transpose() {
    const t = [];
    for (let c = 0; c < this[0].length; c++) t.push(this.map(row => row[c]));
    return t;
  }
}
const mx = new Matrix(2, 3);
console.log(mx.length, mx.rows, mx[1].join(","), Object.keys(mx).join(","));
const mm = mx.map(row => row.length);
console.log(mm instanceof Matrix, mm.length, mm.rows, mm.join(","), mx.transpose().map(r => r.join("")).join(" "));
// toString and join via Array.prototype
const st = Stack.of(1, 2);
console.log(String(st), `${st}`, st + "", Object.prototype.toString.call(st));
// sort and reverse return the same instance
const srt = Stack.of(3, 1, 2);
console.log(srt.sort() === srt, srt.join(""), srt.reverse().peek());
// override push
class Logged extends Array {
  push(v) { this.pushes = (this.pushes || 0) + 1; return super.push(v); }
}
const lg = new Logged();
lg.push("a"); lg.push("b");
console.log(lg.length, lg.pushes, lg.join(""), Object.keys(lg).join(","));
// Array.isArray of subclass created via Object.create is false
const fake = Object.create(Stack.prototype);
console.log(Array.isArray(fake), fake instanceof Stack, fake.length);
