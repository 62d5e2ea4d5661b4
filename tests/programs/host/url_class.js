// The WHATWG URL global: parsing with and without a base, components, setters, errors.
function show(u) {
  console.log([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | '));
}
show(new URL('https://user:pw@例え.jp:8080/a b/../c?x=1&y=2#frag'));
show(new URL('HTTP://EXAMPLE.com:80/%7Efoo/./bar'));
show(new URL('../x?y#z', 'https://a.example/b/c/d'));
show(new URL('//other.host/p', 'https://a.example/b'));
show(new URL('file:///tmp/a%20b.txt'));
show(new URL('mailto:someone@example.com'));
show(new URL('http://[::1]:3000/'));
show(new URL('http://192.168.0.1.'));
show(new URL('blob:https://a.b/c'));
const u = new URL('https://example.com/path?q=1#h');
u.port = '8443';
u.pathname = '/new path/ü';
u.hash = 'top';
u.username = 'me';
show(u);
u.protocol = 'http';
u.port = '80';
u.host = 'example.org:81';
show(u);
u.protocol = 'nope:';
u.port = 'abc';
show(u);
u.href = 'ftp://files.example/x';
show(u);
console.log(String(u), JSON.stringify({ u }), u.toJSON(), `${u}`);
console.log(Object.prototype.toString.call(u), Object.keys(URL.prototype).join(','));
console.log(URL.canParse('a:b'), URL.canParse('/x'), URL.canParse('/x', 'http://h'), URL.canParse('http://a b'));

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.input, e.base);
  }
}
check('invalid', () => new URL('nope'));
check('invalid base', () => new URL('x', 'bad'));
check('no args', () => new URL());
check('call', () => URL('http://a'));
check('bad href', () => { u.href = 'bad'; });
check('bad host', () => new URL('http://exa mple.com'));
check('bad port', () => new URL('http://example.com:99999'));
