// URLSearchParams: parsing, serialization (form encoding), methods, and the link with URL.search.
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20d+e&&=x&flag');
console.log(p.get('a'), p.getAll('a'), p.has('b'), p.has('a', '3'), p.has('a', '9'), JSON.stringify(p.get('c')), p.get('zz'));
console.log(p.toString(), p.size, [...p.keys()], [...p.values()]);
p.sort();
console.log(p.toString());
p.delete('a', '3');
console.log(p.toString());
p.delete('a');
p.set('b', 'x y');
p.append('b', 'z');
p.set('new', 'é&=+/?');
console.log(p.toString());
console.log(new URLSearchParams({ a: 1, b: 'é', c: undefined }).toString());
console.log(new URLSearchParams([['x', '1'], ['y', '2']]).toString(), new URLSearchParams(new Map([['m', 'n']])).toString());
console.log(new URLSearchParams('a=%zz&b=%41%42&c=%e2%9c%93&d=%ff').toString(), new URLSearchParams('c=%e2%9c%93').get('c'));
console.log(new URLSearchParams('*-._~!').toString());
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 'this' });
for (const [k, v] of new URLSearchParams('q=1&r=2')) console.log(k, v);
console.log(Object.prototype.toString.call(p));

const u = new URL('https://h.example/p?x=1&y=2');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('y'));
sp.append('z', 'a&b');
console.log(u.href);
u.search = '?only=1';
console.log([...sp], u.search);
sp.delete('only');
console.log(u.href, JSON.stringify(u.search));
u.search = 'q=a b';
console.log(u.href, sp.get('q'));

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('tuple', () => new URLSearchParams([['x']]));
check('tuple not iterable', () => new URLSearchParams([5]));
check('get no args', () => p.get());
check('append one arg', () => p.append('a'));
check('forEach', () => p.forEach(5));
