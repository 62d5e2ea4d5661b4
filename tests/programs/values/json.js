// JSON.stringify (indentation, replacers, toJSON, wrappers, escapes, cycles) and JSON.parse (revivers, V8's SyntaxErrors).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } };
t(() => JSON.parse('{"a":}'));
t(() => JSON.parse(''));
t(() => JSON.parse('[1,2'));
t(() => JSON.parse('tru'));
t(() => JSON.parse('{"a":1}x'));
t(() => JSON.parse("{'a':1}"));
t(() => { const o = {}; o.self = o; return JSON.stringify(o); });
t(() => { const o = { a: [ {} ] }; o.a[0].back = o; return JSON.stringify(o); });
t(() => JSON.stringify({ a: [1, { b: 2 }], c: "x" }, null, 2));
t(() => JSON.stringify([undefined, function(){}, null, NaN, -0, 1e21, "é\u2028\n\"\\"]));
t(() => JSON.stringify({ u: undefined, d: new Error("x"), n: null }));
t(() => JSON.parse('{"a":1', null));
t(() => JSON.parse('{'));
t(() => JSON.parse('"abc'));
t(() => JSON.parse('[1,]'));
t(() => JSON.parse('-'));
t(() => JSON.parse('1.'));
t(() => JSON.parse('"\\x"'));
t(() => JSON.parse(' {"a": [1, 2.5e3, -0, true, false, null, "s\\n\\u0041"], "b": {"c": {}}} '));
t(() => JSON.stringify(JSON.parse('{"a":[1,{"b":2}],"c":"x"}', (k, v) => typeof v === "number" ? v * 10 : v)));
t(() => JSON.stringify({ a: 1, b: [1, 2], c: { d: 1 } }, ["a", "c"]));
t(() => JSON.stringify({ a: 1, b: "x" }, (k, v) => (k === "a" ? undefined : v)));
t(() => JSON.stringify({ toJSON() { return { z: 1 }; } }));
t(() => JSON.stringify([new Number(3), new String("s"), new Boolean(false)]));
t(() => JSON.stringify({ a: [] , b: {} }, null, "--"));
t(() => JSON.stringify("\u0007\ud800"));
t(() => JSON.stringify(undefined));
t(() => JSON.stringify(function () {}));
t(() => JSON.stringify({ nested: { arr: [1, [2, [3]]] } }, null, 4));
class P { constructor() { this.x = 1; this.y = [1, 2]; } }
t(() => JSON.stringify(new P()));
t(() => JSON.parse("[1, 2, 3]").length);
try{JSON.parse("\"\\u00zz\"")}catch(e){console.log(e.message)}
