// GC test: linked lists rebuilt repeatedly (about 4e5 nodes in total) while one
// persistent list lives through the whole run and keeps receiving nodes that
// were allocated in between the garbage.
function build(n, base) {
  let head = null;
  for (let i = 0; i < n; i++) head = { value: base + i, next: head };
  return head;
}
function sumList(l) {
  let s = 0;
  let n = 0;
  while (l !== null) { s += l.value; n++; l = l.next; }
  return [s, n];
}
function reverse(l) {
  let prev = null;
  while (l !== null) { const next = l.next; l.next = prev; prev = l; l = next; }
  return prev;
}
function mapList(l, f) {
  // Builds a new list (copies), keeping the order.
  const dummy = { value: 0, next: null };
  let tail = dummy;
  while (l !== null) { tail.next = { value: f(l.value), next: null }; tail = tail.next; l = l.next; }
  return dummy.next;
}
function filterList(l, pred) {
  const dummy = { value: 0, next: null };
  let tail = dummy;
  while (l !== null) { if (pred(l.value)) { tail.next = { value: l.value, next: null }; tail = tail.next; } l = l.next; }
  return dummy.next;
}

let persistent = build(1000, 0);
let total = 0;
let count = 0;
for (let round = 0; round < 200; round++) {
  let l = build(500, round);
  l = reverse(l);
  const m = mapList(l, (v) => v * 2 + 1);
  const f = filterList(m, (v) => v % 3 === 0);
  const [s1, n1] = sumList(l);
  const [s2, n2] = sumList(m);
  const [s3, n3] = sumList(f);
  total += s1 + s2 + s3;
  count += n1 + n2 + n3;
  // Move one node of this round's list into the persistent list.
  const moved = f;
  const rest = moved.next;
  moved.next = persistent;
  persistent = moved;
  if (rest === null) console.log("empty rest");
}
const [ps, pn] = sumList(persistent);
console.log("total", total, "count", count);
console.log("persistent", ps, pn);

// A doubly-linked list with a class, nodes removed and inserted while
// lots of garbage is made.
class Node {
  constructor(value) { this.value = value; this.prev = null; this.next = null; this.label = "node" + value; }
}
class DList {
  constructor() { this.head = null; this.tail = null; this.size = 0; }
  push(v) {
    const n = new Node(v);
    if (this.tail === null) { this.head = this.tail = n; } else { n.prev = this.tail; this.tail.next = n; this.tail = n; }
    this.size++;
    return n;
  }
  remove(n) {
    if (n.prev) n.prev.next = n.next; else this.head = n.next;
    if (n.next) n.next.prev = n.prev; else this.tail = n.prev;
    n.prev = n.next = null;
    this.size--;
  }
  check() {
    let s = 0;
    let n = this.head;
    let prev = null;
    let k = 0;
    while (n !== null) {
      if (n.prev !== prev) return "broken back link at " + k;
      if (n.label !== "node" + n.value) return "broken label at " + k;
      s += n.value;
      prev = n;
      n = n.next;
      k++;
    }
    if (prev !== this.tail || k !== this.size) return "broken tail";
    return s;
  }
}
const dl = new DList();
const handles = [];
for (let i = 0; i < 20000; i++) {
  handles.push(dl.push(i));
  if (i % 3 === 2) {
    const victim = handles[(i * 7) % handles.length];
    if (victim.prev !== null || victim.next !== null || dl.head === victim) dl.remove(victim);
  }
}
console.log("dlist", dl.size, dl.check(), dl.head.label, dl.tail.label);
