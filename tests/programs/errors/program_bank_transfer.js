// Bank transfers with validation errors and rollback in finally/catch.
class InsufficientFunds extends Error {
  constructor(account, needed) {
    super("account " + account.id + " needs " + needed + " more");
    this.name = "InsufficientFunds";
    this.account = account.id;
    this.shortfall = needed;
  }
}
class FrozenAccount extends Error {
  constructor(id) { super("account " + id + " is frozen"); this.name = "FrozenAccount"; }
}
class Account {
  #balance;
  constructor(id, balance, frozen) { this.id = id; this.#balance = balance; this.frozen = !!frozen; }
  get balance() { return this.#balance; }
  withdraw(n) {
    if (this.frozen) throw new FrozenAccount(this.id);
    if (!(n > 0)) throw new RangeError("withdrawal must be positive, got " + n);
    if (n > this.#balance) throw new InsufficientFunds(this, n - this.#balance);
    this.#balance -= n;
  }
  deposit(n) {
    if (this.frozen) throw new FrozenAccount(this.id);
    if (!(n > 0)) throw new RangeError("deposit must be positive, got " + n);
    this.#balance += n;
  }
}
const accounts = { A: new Account("A", 100), B: new Account("B", 50), C: new Account("C", 10, true) };
const journal = [];
let openTransactions = 0;
function transfer(from, to, amount) {
  openTransactions++;
  const src = accounts[from], dst = accounts[to];
  let withdrawn = false;
  try {
    if (!src || !dst) throw new ReferenceError("unknown account " + (src ? to : from));
    src.withdraw(amount);
    withdrawn = true;
    dst.deposit(amount);
    journal.push(from + "->" + to + ":" + amount);
    return "ok";
  } catch (e) {
    if (withdrawn) {
      src.deposit(amount);                 // roll back
      journal.push("rollback " + from + ":" + amount);
    }
    throw e;
  } finally {
    openTransactions--;
  }
}
const requests = [["A", "B", 30], ["B", "A", 500], ["A", "C", 10], ["C", "A", 5], ["A", "Z", 1], ["B", "A", -5], ["B", "A", 80]];
for (let i = 0; i < requests.length; i++) {
  const r = requests[i];
  try {
    console.log(r.join(" "), "=>", transfer(r[0], r[1], r[2]));
  } catch (e) {
    let extra = "";
    if (e instanceof InsufficientFunds) extra = " (shortfall " + e.shortfall + ")";
    console.log(r.join(" "), "=>", e.name + ": " + e.message + extra);
  }
}
console.log("balances", accounts.A.balance, accounts.B.balance, accounts.C.balance);
console.log("journal", journal.join(", "));
console.log("open transactions", openTransactions);
// a batch that must be all-or-nothing
function batch(list) {
  const done = [];
  try {
    for (let i = 0; i < list.length; i++) {
      transfer(list[i][0], list[i][1], list[i][2]);
      done.push(list[i]);
    }
    return "batch committed (" + done.length + ")";
  } catch (e) {
    for (let j = done.length - 1; j >= 0; j--) transfer(done[j][1], done[j][0], done[j][2]);
    return "batch reverted " + done.length + " after " + e.name;
  }
}
console.log(batch([["A", "B", 10], ["B", "A", 5]]));
console.log(batch([["A", "B", 10], ["B", "A", 1000]]));
console.log("balances", accounts.A.balance, accounts.B.balance, accounts.C.balance);
