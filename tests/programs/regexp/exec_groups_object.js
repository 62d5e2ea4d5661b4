const m = /(?<first>\w+) (?<last>\w+)(?<mid> \w+)?/.exec("Ada Lovelace");
console.log(m.groups.first, m.groups.last, m.groups.mid);
console.log(Object.getPrototypeOf(m.groups));
console.log(Object.keys(m.groups));
console.log(m.groups);
const { groups: { first } } = m;
console.log(first);
