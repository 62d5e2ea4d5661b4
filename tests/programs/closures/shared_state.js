// Several closures sharing the same captured variable.
function makeAccount(balance) {
  let history = "";
  function deposit(n) {
    balance += n;
    history += "+" + n;
    return balance;
  }
  function withdraw(n) {
    if (n > balance) {
      history += "!" + n;
      return "insufficient";
    }
    balance -= n;
    history += "-" + n;
    return balance;
  }
  function report() {
    return "balance " + balance + " history " + history;
  }
  return function (op, n) {
    if (op === "d") return deposit(n);
    if (op === "w") return withdraw(n);
    return report();
  };
}
const acct = makeAccount(10);
console.log(acct("d", 5), acct("w", 3), acct("w", 100), acct("d", 8));
console.log(acct("r"));
const other = makeAccount(0);
console.log(other("r"), acct("w", 20));
