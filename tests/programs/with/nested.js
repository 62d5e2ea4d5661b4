// Nested with statements: the innermost object that has the name wins.
var outer = { a: 'outer a', b: 'outer b' };
var inner = { a: 'inner a' };
var c = 'global c';
with (outer) {
  with (inner) {
    console.log(a, b, c);
    a = 1; b = 2; c = 3;
  }
}
console.log(JSON.stringify(outer), JSON.stringify(inner), c);

// A name added to the inner object between two reads.
with (outer) {
  with (inner) {
    console.log(b);
    inner.b = 'now inner';
    console.log(b);
    delete inner.b;
    console.log(b);
    delete outer.b;
    console.log(typeof b);
  }
}

// with inside a function inside a with.
with ({ p: 'P' }) {
  (function () {
    var q = 'local q';
    with ({ q: 'Q' }) {
      console.log(p, q);
    }
    console.log(p, q);
  })();
}
