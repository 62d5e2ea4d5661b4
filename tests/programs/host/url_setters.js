// URL setters on special and non-special URLs: what the URL Standard ignores, encodes or normalises.
const u = new URL('https://example.com/a/b?x#y');
const steps = [
  ['protocol', 'ftp'], ['protocol', 'foo'], ['protocol', 'http:extra'], ['username', 'us er'], ['password', 'p@ss'],
  ['host', 'other.org:8080'], ['hostname', 'ÉXAMPLE.org'], ['port', '80'], ['port', '65536'], ['port', '12ab'],
  ['pathname', 'c d/%zz/..'], ['search', '?a=1&b= 2'], ['search', ''], ['hash', '#frag ment'], ['hash', ''],
  ['host', ''], ['hostname', 'a b'],
];
for (const [k, v] of steps) {
  u[k] = v;
  console.log(k.padEnd(8), JSON.stringify(v).padEnd(16), u.href);
}
const m = new URL('mailto:me@example.com');
m.pathname = 'you@example.com';
m.host = 'ignored';
m.search = 'subject=hi there';
console.log(m.href, m.host, m.pathname);
const f = new URL('file:///etc/hosts');
f.host = 'server';
f.port = '21';
console.log(f.href, f.port);
