// Eval code sees and assigns the caller's bindings, and closures over
// bindings an eval declared work like any other.
function counter() {
  let count = 0;
  const inc = eval('(function () { return ++count })');
  inc();
  inc();
  eval('count += 10');
  return count;
}
console.log(counter());

function makeAdders() {
  eval('var base = 100');
  const adders = [];
  for (let i = 0; i < 3; i++) {
    adders.push(eval('() => base + i'));
  }
  base = 200;
  return adders.map((f) => f());
}
console.log(makeAdders());

function shadow(x) {
  const r1 = eval('x * 2');
  eval('x = 21');
  return [r1, x];
}
console.log(shadow(5));

let topLet = 'module';
function readsTop() {
  return eval('topLet + "!"');
}
console.log(readsTop());
eval('topLet = "changed"');
console.log(topLet);

// A closure made inside eval code keeps the eval's own let bindings.
function evalLet() {
  const get = eval('let secret = 7; () => secret++');
  return [get(), get(), typeof secret];
}
console.log(evalLet());

// TDZ: eval code reading a let before its declaration ran.
function tdz() {
  try {
    eval('later');
  } catch (e) {
    console.log(e.name, e.message);
  }
  let later = 1;
  return eval('later');
}
console.log(tdz());
// const stays constant.
function constant() {
  const c = 1;
  try { eval('c = 2') } catch (e) { return e.name + ': ' + e.message }
}
console.log(constant());
