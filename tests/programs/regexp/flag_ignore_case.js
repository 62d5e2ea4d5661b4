console.log(/hello/i.test("HeLLo world"));
console.log(/hello/.test("HeLLo world"));
console.log("ABCabc".replace(/b/gi, "_"));
console.log(/[a-z]+/i.exec("123XyZ9")[0]);
console.log(/é/i.test("É"), /straße/i.test("STRASSE"));
console.log(/hello/i.ignoreCase, /hello/.ignoreCase);
