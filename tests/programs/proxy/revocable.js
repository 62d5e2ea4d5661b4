// Proxy.revocable: the pair, revoking twice, every operation on a revoked
// proxy, and what survives revocation (typeof).
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length, revoke.name === '');
console.log(Object.keys(Proxy.revocable({}, {})));
console.log(revoke(), revoke());
const t = (what, f) => {
  try { f(); console.log(what, 'no error'); } catch (e) { console.log(what, e.constructor.name + ': ' + e.message); }
};
t('get', () => proxy.a);
t('set', () => { proxy.a = 1; });
t('has', () => 'a' in proxy);
t('delete', () => delete proxy.a);
t('keys', () => Object.keys(proxy));
t('proto', () => Object.getPrototypeOf(proxy));
t('isArray', () => Array.isArray(proxy));
t('json', () => JSON.stringify(proxy));
t('for-in', () => { for (const k in proxy); });
const fr = Proxy.revocable(function () {}, {});
fr.revoke();
console.log(typeof fr.proxy);
t('call', () => fr.proxy());
t('new', () => new fr.proxy());
// A revoked proxy may still be a new proxy's target.
t('wrap', () => new Proxy(proxy, {}));
