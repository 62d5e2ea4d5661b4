// Private methods, private accessors and static private methods.
class Account {
  #balance = 0;
  #log = [];
  #record(kind, amount) { this.#log.push(kind + ":" + amount); }
  get #formatted() { return "$" + this.#balance.toFixed(2); }
  set #safeBalance(v) { this.#balance = v < 0 ? 0 : v; }
  deposit(n) { this.#record("dep", n); this.#safeBalance = this.#balance + n; return this; }
  withdraw(n) { this.#record("wd", n); this.#safeBalance = this.#balance - n; return this; }
  report() { return this.#formatted + " [" + this.#log.join(" ") + "]"; }
  static #validate(n) { return typeof n === "number" && n > 0; }
  static isValid(n) { return Account.#validate(n); }
}
const acc = new Account().deposit(100).withdraw(30).withdraw(500).deposit(5.5);
console.log(acc.report());
console.log(Account.isValid(5), Account.isValid(-1), Account.isValid("5"));
console.log(typeof acc.record, typeof acc["#record"], Object.getOwnPropertyNames(Account.prototype).join(","));
// private methods are not writable
class Fixed {
  #m() { return "original"; }
  tryOverwrite() { try { this.#m = () => "new"; return "overwrote"; } catch (e) { return e.constructor.name + ": " + e.message; } }
  call() { return this.#m(); }
}
const fx = new Fixed();
console.log(fx.tryOverwrite(), fx.call());
// getter-only private accessor cannot be assigned
class GetOnly {
  get #v() { return 1; }
  tryWrite() { try { this.#v = 2; return "wrote"; } catch (e) { return e.constructor.name + ": " + e.message; } }
}
console.log(new GetOnly().tryWrite());
// setter-only private accessor cannot be read
class SetOnly {
  set #v(x) {}
  tryRead() { try { return this.#v; } catch (e) { return e.constructor.name + ": " + e.message; } }
}
console.log(new SetOnly().tryRead());
// private methods on foreign objects
class Brand {
  #secret() { return "secret"; }
  static callOn(o) { try { return o.#secret(); } catch (e) { return e.constructor.name + ": " + e.message; } }
}
console.log(Brand.callOn(new Brand()), Brand.callOn({}));
// private method identity is shared between instances
class Same {
  #m() {}
  static same(a, b) { return a.#m === b.#m; }
}
console.log(Same.same(new Same(), new Same()));
// this inside private methods
class Greeter {
  #name;
  constructor(n) { this.#name = n; }
  #greet(greeting) { return greeting + ", " + this.#name; }
  greetAll(list) { return list.map(g => this.#greet(g)).join("; "); }
}
console.log(new Greeter("Ada").greetAll(["Hi", "Hello"]));
// private methods with recursion
class Math2 {
  static #fact(n) { return n <= 1 ? 1 : n * Math2.#fact(n - 1); }
  static fact(n) { return Math2.#fact(n); }
}
console.log(Math2.fact(10));
// private method called with call()
class Caller {
  #who() { return this.tag; }
  run() { return this.#who.call({ tag: "other this" }); }
}
console.log(new Caller().run());
