// TDZ and scoping of the bindings a with body falls back to.
with ({}) {
  try { later; } catch (e) { console.log(e.constructor.name, e.message); }
}
let later = 'initialised';
with ({}) { console.log(later); }

// A catch parameter, a function parameter and `arguments`.
function params(p) {
  with ({}) {
    console.log(p, arguments.length);
    p = 'changed';
  }
  with ({ arguments: 'object arguments' }) {
    console.log(arguments);
  }
  return p;
}
console.log(params('P', 2));
try { throw 'E'; } catch (err) {
  with ({}) { console.log(err); }
  with ({ err: 'object err' }) { console.log(err); }
}

// `this` is not a name: never taken from the object.
var holder = {
  name: 'holder',
  run: function () {
    with ({ name: 'object name', self: this }) {
      return [this.name, name, self === this];
    }
  },
};
console.log(holder.run());

// Classes declared in a with body: their code (strict) still looks names
// up in the object.
with ({ greeting: 'hi' }) {
  class Greeter {
    greet(who) { return greeting + ' ' + who; }
  }
  var greeter = new Greeter();
}
console.log(greeter.greet('you'));

// A number kept in a local variable stays a number across with bodies.
function sum(n) {
  var total = 0;
  for (var i = 1; i <= n; i++) {
    with ({}) { total += i; }
  }
  with ({ total: 'shadowed' }) { total += '!'; }
  return total;
}
console.log(sum(10));
