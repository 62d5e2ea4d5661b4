// require('url'): the URL classes, fileURLToPath, pathToFileURL, domainToASCII, and their errors.
const url = require('url');
const { URL: U, URLSearchParams: P, fileURLToPath, pathToFileURL } = require('node:url');

console.log(url.URL === URL, U === URL, P === URLSearchParams);
console.log(fileURLToPath('file:///tmp/a%20b.txt'), fileURLToPath(new URL('file://localhost/etc/x%C3%A9')));
console.log(pathToFileURL('/tmp/a b#?%.txt').href, pathToFileURL('/tmp/dir/').href, pathToFileURL('/tmp/ü\t').href);
console.log(pathToFileURL('rel/x').href === 'file://' + require('path').resolve('rel/x'));
console.log(pathToFileURL('/x') instanceof URL, fileURLToPath(pathToFileURL('/a/b c/d%e')));
console.log(url.domainToASCII('münchen.de'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')), url.domainToASCII('EXAMPLE.com'));

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('scheme', () => fileURLToPath('http://x/y'));
check('host', () => fileURLToPath('file://host/y'));
check('encoded slash', () => fileURLToPath('file:///a%2fb'));
check('type', () => fileURLToPath(5));
check('invalid', () => fileURLToPath('not a url'));
check('path type', () => pathToFileURL(5));
