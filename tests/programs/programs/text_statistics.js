// Word, line and vowel counts over a multi-line template literal.
const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`;
let lines = 1, words = 0, vowels = 0, inWord = false, longest = "", current = "";
for (let i = 0; i <= text.length; i++) {
  const c = i < text.length ? text[i] : " ";
  if (c === "\n") lines++;
  const isLetter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
  if (isLetter) {
    if (!inWord) words++;
    inWord = true;
    current += c;
    if ("aeiouAEIOU".includes(c)) vowels++;
  } else {
    if (current.length > longest.length) longest = current;
    current = "";
    inWord = false;
  }
}
console.log("characters:", text.length);
console.log("lines:", lines, "words:", words, "vowels:", vowels);
console.log("longest word:", longest);
let count = 0, pos = text.indexOf("it was");
while (pos !== -1) {
  count++;
  pos = text.indexOf("it was", pos + 1);
}
console.log("'it was' occurs", count, "times (case-sensitive)");
console.log(text.toUpperCase().slice(0, 25) + "...");
