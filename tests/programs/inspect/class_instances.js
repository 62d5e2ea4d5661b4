// Class instances print with their constructor name; empty instances as Name {}.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
class WithMethods { constructor() { this.v = 1; } method() {} get g() { return 1; } }
console.log(new WithMethods());
class Sub extends Point { constructor() { super(3, 4); this.z = 5; } }
console.log(new Sub());
console.log([new Point(0, 0), new Empty()]);
console.log({ origin: new Point(0, 0) });
function Legacy() { this.legacy = true; }
console.log(new Legacy());
function EmptyLegacy() {}
console.log(new EmptyLegacy());
const anon = new (class { constructor() { this.a = 1; } })();
console.log(anon);
const anonEmpty = new (class {})();
console.log(anonEmpty);
class Fields { pub = 1; #priv = 2; static s = 3; }
console.log(new Fields());
class Line { constructor() { this.from = new Point(0, 0); this.to = new Point(10, 10); } }
console.log(new Line());
class Deep { constructor(n) { this.n = n; this.child = n > 0 ? new Deep(n - 1) : null; } }
console.log(new Deep(4));
class Arr extends Array {}
const arr = new Arr();
arr.push(1, 2);
console.log(arr);
console.log(new Arr());
class Obj extends Object {}
console.log(new Obj());
// Object.create with a constructor-bearing prototype
const proto = { constructor: Point };
console.log(Object.create(proto));
// prototype without constructor property
const noCtorProto = Object.create({ hello: 1 });
noCtorProto.own = 2;
console.log(noCtorProto);
// changing the constructor name via the prototype
function Renamed() { this.r = 1; }
Object.defineProperty(Renamed, "name", { value: "NewName" });
console.log(new Renamed());
// many fields wrap
class Wide { constructor() { this.alpha = "aaaaaaaaaa"; this.beta = "bbbbbbbbbb"; this.gamma = "cccccccccc"; this.delta = "dddd"; } }
console.log(new Wide());
// instance with array and function fields
class Mixed { constructor() { this.list = [1, 2]; this.fn = function helper() {}; this.arrow = () => {}; } }
console.log(new Mixed());
// class with a toString does not change console.log output
class Pretty { constructor() { this.p = 1; } toString() { return "Pretty!"; } }
console.log(new Pretty(), String(new Pretty()));
// instance whose constructor is a subclass of Error-free base with same name as a builtin
class Map2 { constructor() { this.size = 0; } }
console.log(new Map2());
