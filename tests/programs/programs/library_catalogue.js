// A library catalogue: classes with accessors and statics, frozen records,
// sorting with comparators, grouping into objects, and formatted reports.
class Item {
  static #nextId = 1;
  static count = 0;
  #id;
  constructor(title, year, tags = []) {
    this.#id = Item.#nextId++;
    Item.count++;
    this.title = title;
    this.year = year;
    this.tags = Object.freeze([...tags]);
  }
  get id() { return this.#id; }
  get age() { return 2024 - this.year; }
  describe() { return `#${this.id} ${this.title} (${this.year})`; }
  toJSON() { return { id: this.id, kind: this.constructor.name, title: this.title }; }
}
class Book extends Item {
  constructor(title, year, author, pages, tags) { super(title, year, tags); this.author = author; this.pages = pages; }
  describe() { return `${super.describe()} by ${this.author}, ${this.pages}p`; }
}
class Film extends Item {
  constructor(title, year, minutes, tags) { super(title, year, tags); this.minutes = minutes; }
  get long() { return this.minutes > 150; }
  describe() { return `${super.describe()} ${this.minutes}min${this.long ? " (long)" : ""}`; }
}
const items = [
  new Book("Dune", 1965, "Herbert", 412, ["sf", "classic"]),
  new Film("Alien", 1979, 117, ["sf", "horror"]),
  new Book("Emma", 1815, "Austen", 474, ["classic"]),
  new Film("Heat", 1995, 170, ["crime"]),
  new Book("Ubik", 1969, "Dick", 202, ["sf"]),
];
for (const it of items) console.log(it.describe());
const byYear = [...items].sort((a, b) => a.year - b.year).map((i) => i.title);
const byTitle = items.slice().sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)).map((i) => i.title);
console.log(byYear.join(", "), "|", byTitle.join(", "));
const byTag = {};
for (const { title, tags } of items) for (const t of tags) (byTag[t] ||= []).push(title);
console.log(byTag);
const stats = items.reduce((acc, it) => {
  const kind = it.constructor.name;
  acc[kind] = (acc[kind] || 0) + 1;
  return acc;
}, {});
console.log(stats, Item.count, Object.keys(Item));
console.log(JSON.stringify(items.filter((i) => i instanceof Book)));
const oldest = items.reduce((a, b) => (a.age > b.age ? a : b));
console.log(oldest.title, oldest.age, Object.isFrozen(oldest.tags));
try { "use strict"; oldest.tags.push("x"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(items.map((i) => i.id), items.some((i) => i.long), items.every((i) => i.year > 1800));
console.log(items[1], items[0].tags);
