// Collision detection for aircraft: each frame, every aircraft's motion since
// the previous frame (kept in a red-black tree keyed by call sign) is drawn
// into a voxel map (a red-black tree keyed by voxel), and motions sharing a
// voxel are tested pairwise for closest approach below a radius.
import { Benchmark, run } from './harness.js';

const RADIUS = 1.0;
const VOXEL = 2.0 * RADIUS;

class Vector2 {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  plus(o) { return new Vector2(this.x + o.x, this.y + o.y); }
  minus(o) { return new Vector2(this.x - o.x, this.y - o.y); }
  times(k) { return new Vector2(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }

  compareTo(o) {
    if (this.x !== o.x) return this.x < o.x ? -1 : 1;
    if (this.y !== o.y) return this.y < o.y ? -1 : 1;
    return 0;
  }
}

const RED = true, BLACK = false;

class TreeNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.parent = null;
    this.color = RED;
  }
}

// A red-black tree ordered by compare(a, b) (negative, zero, positive).
class RedBlackTree {
  constructor(compare) {
    this.compare = compare;
    this.root = null;
    this.size = 0;
  }

  get(key) {
    let node = this.root;
    while (node !== null) {
      const c = this.compare(key, node.key);
      if (c === 0) return node.value;
      node = c < 0 ? node.left : node.right;
    }
    return undefined;
  }

  // Sets key to value; the previous value or undefined.
  put(key, value) {
    let parent = null;
    let node = this.root;
    let c = 0;
    while (node !== null) {
      c = this.compare(key, node.key);
      if (c === 0) {
        const old = node.value;
        node.value = value;
        return old;
      }
      parent = node;
      node = c < 0 ? node.left : node.right;
    }
    const added = new TreeNode(key, value);
    added.parent = parent;
    if (parent === null) this.root = added;
    else if (c < 0) parent.left = added;
    else parent.right = added;
    this.size++;
    this.fixAfterInsert(added);
    return undefined;
  }

  fixAfterInsert(node) {
    let x = node;
    while (x !== this.root && x.parent.color === RED) {
      const p = x.parent;
      const g = p.parent;
      if (p === g.left) {
        const uncle = g.right;
        if (uncle !== null && uncle.color === RED) {
          p.color = BLACK;
          uncle.color = BLACK;
          g.color = RED;
          x = g;
        } else {
          if (x === p.right) {
            x = p;
            this.rotateLeft(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.rotateRight(x.parent.parent);
        }
      } else {
        const uncle = g.left;
        if (uncle !== null && uncle.color === RED) {
          p.color = BLACK;
          uncle.color = BLACK;
          g.color = RED;
          x = g;
        } else {
          if (x === p.left) {
            x = p;
            this.rotateRight(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.rotateLeft(x.parent.parent);
        }
      }
    }
    this.root.color = BLACK;
  }

  rotateLeft(x) {
    const y = x.right;
    x.right = y.left;
    if (y.left !== null) y.left.parent = x;
    this.replaceChild(x, y);
    y.left = x;
    x.parent = y;
  }

  rotateRight(x) {
    const y = x.left;
    x.left = y.right;
    if (y.right !== null) y.right.parent = x;
    this.replaceChild(x, y);
    y.right = x;
    x.parent = y;
  }

  replaceChild(x, y) {
    y.parent = x.parent;
    if (x.parent === null) this.root = y;
    else if (x === x.parent.left) x.parent.left = y;
    else x.parent.right = y;
  }

  // Calls fn(key, value) in key order.
  forEach(fn) {
    const stack = [];
    let node = this.root;
    while (node !== null || stack.length > 0) {
      while (node !== null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      fn(node.key, node.value);
      node = node.right;
    }
  }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

class Motion {
  constructor(callsign, from, to) {
    this.callsign = callsign;
    this.from = from;
    this.to = to;
  }

  delta() {
    return this.to.minus(this.from);
  }

  // Whether the two aircraft come closer than RADIUS during the frame, both
  // moving linearly: minimises |p + t v| over t in [0, 1].
  collidesWith(other) {
    const p = this.from.minus(other.from);
    const v = this.delta().minus(other.delta());
    const vv = v.dot(v);
    let t = 0;
    if (vv > 0) t = Math.min(1, Math.max(0, -p.dot(v) / vv));
    const closest = p.plus(v.times(t));
    return closest.dot(closest) < RADIUS * RADIUS;
  }
}

class CollisionDetector {
  constructor() {
    this.state = new RedBlackTree((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  handleNewFrame(frame) {
    const motions = [];
    for (const aircraft of frame) {
      let old = this.state.put(aircraft.callsign, aircraft.position);
      if (old === undefined) old = aircraft.position;
      motions.push(new Motion(aircraft.callsign, old, aircraft.position));
    }
    let collisions = 0;
    for (const group of this.reduceCollisionSet(motions)) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          if (group[i].collidesWith(group[j])) collisions++;
        }
      }
    }
    return collisions;
  }

  // Groups of motions that share a voxel of the swept bounding boxes.
  reduceCollisionSet(motions) {
    const voxelMap = new RedBlackTree((a, b) => a.compareTo(b));
    for (const motion of motions) this.drawMotion(voxelMap, motion);
    const groups = [];
    voxelMap.forEach((voxel, group) => {
      if (group.length > 1) groups.push(group);
    });
    return groups;
  }

  drawMotion(voxelMap, motion) {
    const x0 = Math.floor((Math.min(motion.from.x, motion.to.x) - RADIUS) / VOXEL);
    const x1 = Math.floor((Math.max(motion.from.x, motion.to.x) + RADIUS) / VOXEL);
    const y0 = Math.floor((Math.min(motion.from.y, motion.to.y) - RADIUS) / VOXEL);
    const y1 = Math.floor((Math.max(motion.from.y, motion.to.y) + RADIUS) / VOXEL);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const voxel = new Vector2(x, y);
        const group = voxelMap.get(voxel);
        if (group === undefined) voxelMap.put(voxel, [motion]);
        else group.push(motion);
      }
    }
  }
}

// Aircraft on circles around two centres, some pairs flying towards each other.
class Simulator {
  constructor(count) {
    this.count = count;
  }

  frame(time) {
    const frame = [];
    for (let i = 0; i < this.count; i++) {
      const angle = time * 0.1 + i * 0.7;
      const ring = 10 + (i % 10) * 3;
      const direction = i % 2 === 0 ? 1 : -1;
      const x = ring * Math.cos(direction * angle) + (i % 3) * 2;
      const y = ring * Math.sin(direction * angle);
      frame.push(new Aircraft(`flight${i}`, new Vector2(x, y)));
    }
    return frame;
  }
}

class CD extends Benchmark {
  constructor(count) {
    super();
    this.count = count;
  }

  benchmark() {
    const simulator = new Simulator(this.count);
    const detector = new CollisionDetector();
    let collisions = 0;
    for (let t = 0; t < 100; t++) collisions += detector.handleNewFrame(simulator.frame(t));
    return collisions;
  }

  verifyResult(result) {
    return result === RESULT;
  }
}

const RESULT = 1536;
run('CD', new CD(100), 20, 1);
