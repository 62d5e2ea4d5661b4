// this, arguments, default and rest parameters inside generators.
function* g(a, b = a * 2, ...rest) {
  yield this === undefined ? "undefined this" : this.name;
  yield arguments.length;
  yield [a, b, rest];
}
const o = { name: "obj", g };
console.log([...o.g(1)]);
console.log([...g.call({ name: "called" }, 1, 2, 3, 4, 5)]);
function* destr({ x, y } = { x: 1, y: 2 }, [p, q] = [3, 4]) {
  yield x + y + p + q;
}
console.log([...destr()], [...destr({ x: 10, y: 20 }, [30, 40])]);
