// encodeURIComponent / encodeURI / decodeURIComponent / decodeURI and URIError.
const s = "héllo wörld/?a=1&b=2#x 😀";
console.log(encodeURIComponent(s)); console.log(encodeURI(s));
console.log(decodeURIComponent(encodeURIComponent(s)) === s, decodeURI(encodeURI(s)) === s);
console.log(decodeURI("%3B%2F%41"), decodeURIComponent("%3B%2F%41"));
const bads = ["%", "%E0%A4%A", "%C0"]; for (let i = 0; i < bads.length; i++) { try { decodeURIComponent(bads[i]); } catch (e) { console.log(e.name, e.message); } }
try { encodeURIComponent("\uD800"); } catch (e) { console.log(e.name, e.message); }
