const seen = [];
function tag(s) { seen.push(s); return s; }
function twice() { return tag`same`; }
twice(); twice();
for (let i = 0; i < 2; i++) tag`loop`;
tag`same`;
console.log(seen[0] === seen[1], seen[2] === seen[3], seen[0] === seen[4]);
console.log(seen.length, seen[4][0]);
const sites = [1, 2].map(() => tag`arrow`);
console.log(sites[0] === sites[1], tag`arrow` === sites[0]);
