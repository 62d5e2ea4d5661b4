// Benchmark: binary trees (the benchmarks-game algorithm, written for kiln),
// max depth 16. Allocates and drops many short-lived perfect binary trees
// while one long-lived tree stays reachable: a garbage collector benchmark
// (issue 4). binary_trees_18.js is the same program with MAX_DEPTH = 18.
const MAX_DEPTH = 16;
const MIN_DEPTH = 4;

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
}

// A perfect binary tree of the given depth (depth 0: a single leaf).
function bottomUpTree(depth) {
  return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
}

// The number of nodes in a tree.
function itemCheck(node) {
  return node.left === null ? 1 : 1 + itemCheck(node.left) + itemCheck(node.right);
}

function main(maxDepth) {
  maxDepth = Math.max(MIN_DEPTH + 2, maxDepth);
  const stretchDepth = maxDepth + 1;
  console.log(`stretch tree of depth ${stretchDepth}\t check: ${itemCheck(bottomUpTree(stretchDepth))}`);

  const longLived = bottomUpTree(maxDepth);

  for (let depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + MIN_DEPTH);
    let check = 0;
    for (let i = 0; i < iterations; i++) check += itemCheck(bottomUpTree(depth));
    console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
  }
  console.log(`long lived tree of depth ${maxDepth}\t check: ${itemCheck(longLived)}`);
}

main(MAX_DEPTH);
