// Surrogate pairs, code points and non-ASCII text.
const smile = "\u{1F600}";
console.log(smile, smile.length, smile.codePointAt(0), smile.codePointAt(0).toString(16));
console.log(smile.charCodeAt(0).toString(16), smile.charCodeAt(1).toString(16));
const mixed = "añ日😀";
let count = 0;
for (let i = 0; i < mixed.length; i++) {
  const c = mixed.codePointAt(i);
  if (c > 0xffff) i++;
  count++;
}
console.log(mixed.length, "code points:", count);
console.log("Grüße".length, "Grüße".toUpperCase(), "Grüße".indexOf("ß"));
console.log(smile + smile, (smile + smile).length, (smile + smile).lastIndexOf(smile));
console.log("ℝ∑∞".charCodeAt(2), "ℝ∑∞".at(-1));
