// A small event simulation with closures as accounts and exceptions for failures.
function account(name, balance) {
  let log = "";
  return (op, amount) => {
    if (op === "balance") return balance;
    if (op === "log") return name + ":" + log;
    if (typeof amount !== "number" || !(amount > 0)) throw new TypeError("bad amount " + amount);
    if (op === "deposit") {
      balance += amount;
      log += " +" + amount;
    } else if (op === "withdraw") {
      if (amount > balance) throw new RangeError(name + " cannot withdraw " + amount);
      balance -= amount;
      log += " -" + amount;
    } else {
      throw new Error("unknown op " + op);
    }
    return balance;
  };
}
const alice = account("alice", 100);
const bob = account("bob", 20);
function transfer(from, to, amount) {
  try {
    from("withdraw", amount);
    to("deposit", amount);
    return "ok";
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(transfer(alice, bob, 30));
console.log(transfer(bob, alice, 100));
console.log(transfer(alice, bob, -5));
console.log(transfer(alice, bob, "10"));
try {
  alice("steal", 1);
} catch (e) {
  console.log(e.message);
}
for (let day = 1; day <= 5; day++) {
  alice("deposit", day * 10);
  if (day % 2 === 0) transfer(alice, bob, day * 7);
}
console.log(alice("balance"), bob("balance"));
console.log(alice("log"));
console.log(bob("log"));
