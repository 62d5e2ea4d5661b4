// Havlak's loop-nesting algorithm over a generated control-flow graph: a DFS
// numbering, then union-find over the nodes from the innermost headers out,
// building a loop structure graph; the result counts loops and nesting.
import { Benchmark, run } from './harness.js';

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }
}

class ControlFlowGraph {
  constructor() {
    this.blocks = new Map();
    this.startNode = null;
  }

  createNode(name) {
    let block = this.blocks.get(name);
    if (block === undefined) {
      block = new BasicBlock(name);
      this.blocks.set(name, block);
      if (this.startNode === null) this.startNode = block;
    }
    return block;
  }

  addEdge(from, to) {
    const source = this.createNode(from);
    const target = this.createNode(to);
    source.outEdges.push(target);
    target.inEdges.push(source);
  }

  numNodes() {
    return this.blocks.size;
  }
}

class SimpleLoop {
  constructor(header, isReducible) {
    this.header = header;
    this.isReducible = isReducible;
    this.isRoot = false;
    this.parent = null;
    this.basicBlocks = new Set();
    this.children = new Set();
    this.nestingLevel = 0;
    this.depthLevel = 0;
    this.counter = 0;
    if (header !== null) this.basicBlocks.add(header);
  }

  addNode(block) {
    this.basicBlocks.add(block);
  }

  setParent(parent) {
    this.parent = parent;
    parent.children.add(this);
  }

  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) this.isRoot = true;
  }
}

class LoopStructureGraph {
  constructor() {
    this.root = new SimpleLoop(null, true);
    this.root.setNestingLevel(0);
    this.loops = [this.root];
    this.loopCounter = 1;
  }

  createNewLoop(header, isReducible) {
    const loop = new SimpleLoop(header, isReducible);
    loop.counter = this.loopCounter++;
    this.loops.push(loop);
    return loop;
  }

  calculateNestingLevel() {
    for (const loop of this.loops) {
      if (!loop.isRoot && loop.parent === null) loop.setParent(this.root);
    }
    this.calculateNestingLevelRec(this.root, 0);
  }

  calculateNestingLevelRec(loop, depth) {
    loop.depthLevel = depth;
    for (const child of loop.children) {
      this.calculateNestingLevelRec(child, depth + 1);
      loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
    }
  }

  numLoops() {
    return this.loops.length;
  }
}

class UnionFindNode {
  constructor() {
    this.parent = this;
    this.block = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  initNode(block, dfsNumber) {
    this.parent = this;
    this.block = block;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  // The set's representative, compressing the path to it.
  findSet() {
    const path = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) path.push(node);
      node = node.parent;
    }
    for (const n of path) n.parent = node.parent;
    return node;
  }

  union(other) {
    this.parent = other;
  }
}

const UNVISITED = -1;
const BB_NONHEADER = 1, BB_REDUCIBLE = 2, BB_SELF = 3, BB_IRREDUCIBLE = 4, BB_DEAD = 5;

class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.number = new Map();
    this.nodes = [];
    this.last = [];
  }

  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  doDFS(block, current) {
    this.nodes[current].initNode(block, current);
    this.number.set(block, current);
    let lastId = current;
    for (const target of block.outEdges) {
      if (this.number.get(target) === UNVISITED) lastId = this.doDFS(target, lastId + 1);
    }
    this.last[current] = lastId;
    return lastId;
  }

  findLoops() {
    const size = this.cfg.numNodes();
    const nonBackPreds = [];
    const backPreds = [];
    const header = [];
    const type = [];
    for (let i = 0; i < size; i++) {
      nonBackPreds.push(new Set());
      backPreds.push([]);
      header.push(0);
      type.push(BB_NONHEADER);
      this.nodes.push(new UnionFindNode());
      this.last.push(0);
    }
    for (const block of this.cfg.blocks.values()) this.number.set(block, UNVISITED);
    this.doDFS(this.cfg.startNode, 0);

    for (let w = 0; w < size; w++) {
      const blockW = this.nodes[w].block;
      if (blockW === null) {
        type[w] = BB_DEAD;
        continue;
      }
      for (const blockV of blockW.inEdges) {
        const v = this.number.get(blockV);
        if (v === UNVISITED) continue;
        if (this.isAncestor(w, v)) backPreds[w].push(v);
        else nonBackPreds[w].add(v);
      }
    }

    for (let w = size - 1; w >= 0; w--) {
      const blockW = this.nodes[w].block;
      if (blockW === null) continue;
      const nodePool = new Set();
      for (const v of backPreds[w]) {
        if (v !== w) nodePool.add(this.nodes[v].findSet());
        else type[w] = BB_SELF;
      }
      const workList = [...nodePool];
      if (nodePool.size !== 0) type[w] = BB_REDUCIBLE;
      for (let i = 0; i < workList.length; i++) {
        const x = workList[i];
        for (const y of nonBackPreds[x.dfsNumber]) {
          const ydash = this.nodes[y].findSet();
          if (!this.isAncestor(w, ydash.dfsNumber)) {
            type[w] = BB_IRREDUCIBLE;
            nonBackPreds[w].add(ydash.dfsNumber);
          } else if (ydash.dfsNumber !== w && !nodePool.has(ydash)) {
            workList.push(ydash);
            nodePool.add(ydash);
          }
        }
      }
      if (nodePool.size > 0 || type[w] === BB_SELF) {
        const loop = this.lsg.createNewLoop(blockW, type[w] !== BB_IRREDUCIBLE);
        this.nodes[w].loop = loop;
        for (const node of nodePool) {
          header[node.dfsNumber] = w;
          node.union(this.nodes[w]);
          if (node.loop !== null) node.loop.setParent(loop);
          else loop.addNode(node.block);
        }
      }
    }
  }
}

// Builds the graph: chains, diamonds and loops nested three deep, repeated.
class GraphBuilder {
  constructor(cfg) {
    this.cfg = cfg;
  }

  straight(start, n) {
    for (let i = 0; i < n; i++) this.cfg.addEdge(start + i, start + i + 1);
    return start + n;
  }

  diamond(start) {
    this.cfg.addEdge(start, start + 1);
    this.cfg.addEdge(start, start + 2);
    this.cfg.addEdge(start + 1, start + 3);
    this.cfg.addEdge(start + 2, start + 3);
    return start + 3;
  }

  // A loop whose body holds two diamonds, one of them looping back.
  baseLoop(from) {
    const header = this.straight(from, 1);
    const diamond1 = this.diamond(header);
    const d11 = this.straight(diamond1, 1);
    const diamond2 = this.diamond(d11);
    const footer = this.straight(diamond2, 1);
    this.cfg.addEdge(diamond2, d11);
    this.cfg.addEdge(diamond1, header);
    this.cfg.addEdge(footer, from);
    return this.straight(footer, 1);
  }

  build(outer, inner) {
    let n = this.straight(0, 2);
    for (let i = 0; i < outer; i++) {
      const top = n;
      n = this.straight(n, 1);
      for (let j = 0; j < inner; j++) {
        const middle = n;
        n = this.straight(n, 1);
        for (let k = 0; k < 3; k++) n = this.baseLoop(n);
        this.cfg.addEdge(n, middle);
        n = this.straight(n, 1);
      }
      this.cfg.addEdge(n, top);
      n = this.straight(n, 1);
    }
    return n;
  }
}

class Havlak extends Benchmark {
  benchmark() {
    const cfg = new ControlFlowGraph();
    new GraphBuilder(cfg).build(10, 5);
    let loops = 0;
    let depth = 0;
    for (let i = 0; i < 5; i++) {
      const lsg = new LoopStructureGraph();
      new HavlakLoopFinder(cfg, lsg).findLoops();
      lsg.calculateNestingLevel();
      loops += lsg.numLoops();
      depth += lsg.root.nestingLevel;
    }
    return `${cfg.numNodes()}/${loops}/${depth}`;
  }

  verifyResult(result) {
    return result === RESULT;
  }
}

const RESULT = '1623/2555/20';
run('Havlak', new Havlak(), 20, 5);
