// Symbol.toPrimitive is honoured by ToPrimitive, Symbol.hasInstance by instanceof.
const money = {
  [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default'; },
};
console.log(+money, `${money}`, money + '', money * 2, String(money), money == 'default');
const obj = { valueOf() { return 7; } };
console.log(obj + 1, `${{ toString() { return 's'; } }}`);
for (const v of ['x', {}, true, 1, Symbol('s')]) {
  try { +{ [Symbol.toPrimitive]: v }; } catch (e) { console.log(e.name, e.message); }
  try { 1 instanceof { [Symbol.hasInstance]: v }; } catch (e) { console.log(e.name, e.message); }
}
try { `${{ [Symbol.toPrimitive]() { return {}; } }}`; } catch (e) { console.log(e.name, e.message); }
console.log(+{ [Symbol.toPrimitive]: undefined, valueOf() { return 3; } });
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
console.log(1 instanceof { [Symbol.hasInstance]: (v) => v === 1 ? 'yes' : 0 });
const bound = function () {}.bind(null);
console.log({} instanceof bound, [] instanceof Array, Object.create(Array.prototype) instanceof Array);
try { 1 instanceof { [Symbol.hasInstance]: null }; } catch (e) { console.log(e.name, e.message); }
