// Old-style templating: each template is a function that reads its data's
// fields as plain names through `with`, with helpers and defaults from
// outer objects (a pattern of pre-ES5 libraries).
var helpers = {
  upper: function (s) { return String(s).toUpperCase(); },
  money: function (n) { return '$' + n.toFixed(2); },
  currency: 'USD',
};
var defaults = { title: 'Untitled', currency: 'EUR' };
function compile(parts) {
  return function (data) {
    var out = [];
    with (helpers) {
      with (defaults) {
        with (data) {
          for (var i = 0; i < parts.length; i++) out.push(parts[i]());
        }
      }
    }
    return out.join('');
  };
}
var render;
with (helpers) with (defaults) {
  render = compile([
    function () { return upper(title) + ': '; },
    function () { return items.length + ' items, '; },
    function () { return 'total ' + money(total) + ' ' + currency; },
  ]);
}
var invoices = [
  { title: 'groceries', items: ['milk', 'bread'], total: 7.5 },
  { items: [], total: 0, currency: 'GBP' },
];
for (var k = 0; k < invoices.length; k++) {
  var inv = invoices[k];
  with (inv) {
    // `total` here is the invoice's; the helpers are not in scope.
    console.log(typeof upper, total);
  }
}
var compiled = [];
for (var j = 0; j < invoices.length; j++) {
  with (invoices[j]) {
    compiled.push(function () {
      return (typeof title === 'string' ? title : '?') + '/' + items.length;
    });
  }
}
console.log(compiled.map(function (f) { return f(); }).join(', '));
with (helpers) with (defaults) {
  console.log(typeof money, currency, title);
}
(function () {
  with (helpers) {
    with (defaults) {
      for (var n = 0; n < invoices.length; n++) {
        with (invoices[n]) {
          console.log(upper(title) + ': ' + items.length + ' items, total ' + money(total) + ' ' + currency);
        }
      }
    }
  }
})();
// The parts were created outside `with (data)`: scoping is lexical, so
// they see the helpers and defaults but not the data.
try { console.log(render(invoices[0])); } catch (e) { console.log(e.constructor.name, e.message); }
