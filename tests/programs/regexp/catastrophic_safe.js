const words = [];
for (let i = 0; i < 200; i++) words.push("w" + i);
const text = words.join(" ");
console.log(text.match(/\bw1\d\b/g).join(","));
console.log(text.replace(/w(\d+)/g, (m, n) => (n % 50 === 0 ? "[" + n + "]" : "")).replace(/\s+/g, " ").trim());
console.log(/^(?:w\d+ ?)+$/.test(text));
