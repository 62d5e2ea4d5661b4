// URIError from the URI decoding/encoding functions.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message, e instanceof URIError);
  }
}
report("decodeURIComponent('%')", function () { return decodeURIComponent("%"); });
report("decodeURIComponent('%zz')", function () { return decodeURIComponent("%zz"); });
report("decodeURIComponent('%E0%A4%A')", function () { return decodeURIComponent("%E0%A4%A"); });
report("decodeURIComponent('%C3%A9')", function () { return decodeURIComponent("%C3%A9"); });
report("decodeURIComponent('a%20b')", function () { return decodeURIComponent("a%20b"); });
report("decodeURI('%')", function () { return decodeURI("%"); });
report("decodeURI('%FF')", function () { return decodeURI("%FF"); });
report("decodeURI('%2F')", function () { return decodeURI("%2F"); });
report("encodeURIComponent(lone surrogate)", function () { return encodeURIComponent("\uD800"); });
report("encodeURI(lone low surrogate)", function () { return encodeURI("a\uDC00b"); });
report("encodeURIComponent('a b&c')", function () { return encodeURIComponent("a b&c"); });
report("encodeURI('a b&c')", function () { return encodeURI("a b&c"); });
// decoding user input safely
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    if (e instanceof URIError) return "[undecodable: " + s + "]";
    throw e;
  }
}
const inputs = ["hello%20world", "100%", "caf%C3%A9", "%%", "plain"];
console.log(inputs.map(safeDecode).join(" | "));
// query string parsing that collects errors
function parseQuery(q) {
  const result = {};
  const problems = [];
  const pairs = q.split("&");
  for (let i = 0; i < pairs.length; i++) {
    const kv = pairs[i].split("=");
    try {
      result[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || "");
    } catch (e) {
      problems.push(e.name + " in pair " + i);
    }
  }
  return Object.keys(result).map(function (k) { return k + "=" + result[k]; }).join(";") + " / " + problems.join(",");
}
console.log(parseQuery("a=1&b=%zz&c%20d=x%2By&e=50%"));
// a URIError created by hand
const u = new URIError("custom uri problem");
console.log(u.name, u.message, String(u), u instanceof Error);
