// GC test: deep recursive structures built, walked, dropped and rebuilt
// (about 3e5 nodes in total): binary trees, n-ary trees whose children live in
// arrays, and trees with parent back-pointers (cycles). One tree of each kind
// stays alive the whole time and is checked at the end.
function makeTree(depth, seed) {
  if (depth === 0) return { left: null, right: null, v: seed };
  return { left: makeTree(depth - 1, seed * 2), right: makeTree(depth - 1, seed * 2 + 1), v: seed };
}
function checkTree(t) {
  if (t.left === null) return t.v & 0xff;
  return ((t.v & 0xff) + checkTree(t.left) - checkTree(t.right)) | 0;
}
function countTree(t) {
  return t === null ? 0 : 1 + countTree(t.left) + countTree(t.right);
}

const longLived = makeTree(12, 1);
const longCheck = checkTree(longLived);

let acc = 0;
for (let round = 0; round < 40; round++) {
  const t = makeTree(11, round + 1); // 4095 nodes, dropped at the end of the round
  acc = (acc + checkTree(t) + countTree(t)) | 0;
  const small = [];
  for (let k = 0; k < 50; k++) small.push(makeTree(4, k)); // 31 nodes each
  for (const s of small) acc = (acc + checkTree(s)) | 0;
}
console.log("binary", acc, checkTree(longLived) === longCheck, countTree(longLived));

// n-ary trees: children in arrays, names as strings.
function makeNary(depth, width, name) {
  const node = { name, children: [] };
  if (depth > 0) {
    for (let i = 0; i < width; i++) node.children.push(makeNary(depth - 1, width, name + "." + i));
  }
  return node;
}
function walkNary(node) {
  let h = node.name.length;
  for (const c of node.children) h = (Math.imul(h, 17) + walkNary(c)) | 0;
  return h;
}
function deepestName(node) {
  return node.children.length === 0 ? node.name : deepestName(node.children[node.children.length - 1]);
}
const keptNary = makeNary(5, 4, "root"); // 1365 nodes
const keptNaryHash = walkNary(keptNary);
let naryAcc = 0;
for (let round = 0; round < 30; round++) {
  const t = makeNary(4, 5, "t" + round); // 781 nodes + names
  naryAcc = (naryAcc + walkNary(t)) | 0;
}
console.log("nary", naryAcc, walkNary(keptNary) === keptNaryHash, deepestName(keptNary));

// Trees with parent pointers (every node is on a cycle with its parent).
function makeLinked(depth, parent, id) {
  const node = { id, parent, kids: [] };
  if (depth > 0) {
    node.kids.push(makeLinked(depth - 1, node, id * 3 + 1));
    node.kids.push(makeLinked(depth - 1, node, id * 3 + 2));
    node.kids.push(makeLinked(depth - 1, node, id * 3 + 3));
  }
  return node;
}
function leafPathSum(node) {
  // From every leaf, walk up to the root through the parent pointers.
  if (node.kids.length === 0) {
    let s = 0;
    for (let n = node; n !== null; n = n.parent) s += n.id % 1000;
    return s;
  }
  let s = 0;
  for (const k of node.kids) s += leafPathSum(k);
  return s;
}
const keptLinked = makeLinked(6, null, 0); // 1093 nodes
const keptLinkedSum = leafPathSum(keptLinked);
let linkedAcc = 0;
for (let round = 0; round < 25; round++) {
  const t = makeLinked(6, null, round);
  linkedAcc += leafPathSum(t);
  // Keep only a leaf of this round's tree: its whole tree stays reachable
  // through the parent pointers until the next round replaces it.
  if (round === 24) {
    let leaf = t;
    while (leaf.kids.length) leaf = leaf.kids[1];
    globalThis.lastLeaf = leaf;
  }
}
let up = globalThis.lastLeaf;
while (up.parent !== null) up = up.parent;
console.log("linked", linkedAcc, leafPathSum(keptLinked) === keptLinkedSum, keptLinkedSum, up.id, leafPathSum(up));
