// atob/btoa: forgiving base64 over Latin-1 strings, with Node's errors.
console.log(btoa('abc'), btoa(''), btoa('\u00ff\u0000a'), btoa(12), btoa(null));
console.log(atob('YWJj'), JSON.stringify(atob('')), atob(' YW Jj\n'), atob('YQ'), atob('YQ=='), atob('YWI='));
console.log(JSON.stringify(atob(btoa('\u00e9\u00ff\u0001'))), atob('/+8=').charCodeAt(0), atob('/+8=').charCodeAt(1));
for (const bad of ['a', 'YQ=', 'YQ===', 'Y=Q=', 'YW*j', '€', 'YQ==YQ==']) {
  try {
    console.log(JSON.stringify(bad), JSON.stringify(atob(bad)));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.code, e.message);
  }
}
for (const bad of ['€', '\u0100', 'ok😀']) {
  try {
    btoa(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  atob();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(atob.length, btoa.length, atob.name, Object.keys(globalThis).includes('atob'));
