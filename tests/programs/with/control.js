// Control flow through with bodies: return, break, continue, labels,
// exceptions, switch and loops, generators.
function find(list, name) {
  for (var i = 0; i < list.length; i++) {
    with (list[i]) {
      if (id === name) return value;
      if (id === 'stop') break;
      if (id === 'skip') continue;
    }
  }
  return 'not found';
}
var items = [{ id: 'a', value: 1 }, { id: 'skip' }, { id: 'b', value: 2 }, { id: 'stop' }, { id: 'c', value: 3 }];
console.log(find(items, 'b'), find(items, 'c'));

outer: with ({ n: 0 }) {
  while (true) {
    n++;
    if (n > 3) break outer;
  }
  console.log('not reached');
}

try {
  with ({ msg: 'thrown from with' }) {
    throw new Error(msg);
  }
} catch (e) {
  console.log(e.message);
}

with ({ k: 2 }) {
  switch (k) {
    case 1: console.log('one'); break;
    case 2: console.log('two'); break;
  }
  for (let j = 0; j < k; j++) console.log('j', j, k);
  try { k = 5; throw k; } catch (k) { console.log('caught', k); } finally { console.log('finally', k); }
}

function* gen() {
  with ({ a: 1, b: 2 }) {
    yield a;
    yield b;
    a = 10;
    yield a;
  }
}
console.log([...gen()]);

async function af(o) {
  with (o) {
    await null;
    return x * 2;
  }
}
af({ x: 21 }).then(function (v) { console.log('async', v); });

// The with statement's completion value, seen through eval.
console.log(eval('with ({}) { 1; }'), eval('2; with ({}) {}'));
