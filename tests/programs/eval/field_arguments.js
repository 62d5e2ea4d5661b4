// Eval code containing `arguments` in a class field initialiser or static
// block is a SyntaxError when the eval runs (and none of it runs).
var executed = false;
class A {
  x = eval('executed = true; arguments;');
}
try { new A(); } catch (e) { console.log(e.constructor.name, e.message, executed); }

class B {
  f = () => {
    var t = () => eval('executed = true; arguments.length');
    return t();
  };
}
try { new B().f(); } catch (e) { console.log(e.constructor.name, e.message, executed); }

try {
  class C {
    static { eval('executed = true; arguments'); }
  }
} catch (e) { console.log(e.constructor.name, e.message, executed); }

// Without `arguments`, or with it only inside a nested function, the code runs.
class D {
  x = eval('1 + 1');
  y = eval('(function () { return arguments.length; })(1, 2, 3)');
}
var d = new D();
console.log(d.x, d.y);
// In a method, `arguments` is the method's.
class E {
  m() { return eval('arguments.length'); }
}
console.log(new E().m(1, 2));
