// String(obj), template literals and concatenation call toString/valueOf (ToPrimitive).
const plain = { a: 1 };
console.log(String(plain), `${plain}`, plain + "", "x" + plain);
console.log(String([1, [2, 3]]), `${[]}`, [] + "", [null] + "", [undefined, 1] + "");
console.log(String(function f() { return 1; }).length > 0, String(Object.create(Array.prototype)));
const both = { toString() { return "fromToString"; }, valueOf() { return 42; } };
console.log(String(both), `${both}`, both + "", both + 1, both * 2, both > 41, both == 42, both === 42);
const onlyValueOf = { valueOf() { return 7; } };
console.log(String(onlyValueOf), `${onlyValueOf}`, onlyValueOf + "", onlyValueOf + 1, -onlyValueOf);
const onlyToString = { toString() { return "5"; } };
console.log(onlyToString + 1, onlyToString * 2, +onlyToString, onlyToString - 1);
// valueOf returning an object falls back to toString
const badValueOf = { valueOf() { return {}; }, toString() { return "fallback"; } };
console.log(badValueOf + "", badValueOf + 1);
// toString returning an object falls back to valueOf for String()
const badToString = { toString() { return {}; }, valueOf() { return "from valueOf"; } };
console.log(String(badToString), `${badToString}`);
// both return objects: TypeError
const neither = { toString() { return {}; }, valueOf() { return {}; } };
try { String(neither); } catch (e) { console.log(e.constructor.name, e.message); }
try { neither + ""; } catch (e) { console.log(e.constructor.name, e.message); }
try { `${neither}`; } catch (e) { console.log(e.constructor.name, e.message); }
// order of calls
const log = [];
const tracer = {
  toString() { log.push("toString"); return "T"; },
  valueOf() { log.push("valueOf"); return 1; },
};
String(tracer); log.push("|");
`${tracer}`; log.push("|");
tracer + ""; log.push("|");
tracer + 1; log.push("|");
tracer * 1; log.push("|");
tracer < 2; log.push("|");
tracer == 1; log.push("|");
[tracer].join(); log.push("|");
const key = {}; key[tracer] = 1;
console.log(log.join(" "));
// toString inherited from a class
class Temp {
  constructor(c) { this.c = c; }
  toString() { return this.c + "°C"; }
  valueOf() { return this.c; }
}
const t1 = new Temp(20), t2 = new Temp(25);
console.log(`${t1}`, String(t2), t1 + t2, t2 > t1, t1 + "", [t1, t2].join(" & "), "now " + t1);
// Date-free sorting by valueOf
const temps = [new Temp(30), new Temp(10), new Temp(20)];
temps.sort((a, b) => a - b);
console.log(temps.join(", "));
// toString on the prototype chain of Object.create
const proto = { toString() { return "proto toString for " + this.n; } };
const ch = Object.create(proto);
ch.n = "child";
console.log(`${ch}`);
// functions and classes as strings
class Named {}
console.log(typeof String(Named), typeof ("" + [].push));
// numbers and booleans wrappers
console.log(String(new Number(5)), `${new Boolean(false)}`, new String("abc") + "!", new Number(2) * new Number(3));
// errors as strings
const err = new RangeError("too far");
console.log(String(err), `${err}`, "msg: " + err, err + "");
