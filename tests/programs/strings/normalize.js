// String.prototype.normalize: the four forms, the default, composition
// and decomposition (Hangul, compatibility characters, canonical order of
// combining marks), lone surrogates, and the errors.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
const samples = ['café', 'cafe\u0301', 'Å', 'A\u030a', '\u212b', 'ﬁ', '①', 'ｱ', '한국어', '\u1100\u1161\u11a8', 'e\u0323\u0302', 'e\u0302\u0323', 'x²', '\u1e9b\u0323', 'ǅ', '', 'plain ascii', 'a\ud800\u0301b', '\udc00e\u0301', '😀é'];
for (const s of samples) {
  console.log(JSON.stringify(s), '|', hex(s.normalize()), '|', hex(s.normalize('NFD')), '|', hex(s.normalize('NFKC')), '|', hex(s.normalize('NFKD')));
}
console.log('cafe\u0301'.normalize() === 'café', 'café'.normalize('NFD').length, 'ﬁ'.normalize('NFKC'), '①'.normalize('NFKD'), 'x'.normalize(undefined));
for (const f of ['nfc', 'NFX', '', null, 'NFC ']) {
  try { 'a'.normalize(f); console.log('ok', f); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(String.prototype.normalize.call(123), String.prototype.normalize.length, String.prototype.normalize.name);
