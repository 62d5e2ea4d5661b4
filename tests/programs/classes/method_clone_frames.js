// Errors thrown inside a method's specialised clone show the method's own
// frame names, as V8 names them, and deep recursion through clones still
// ends in a catchable RangeError.

class Tree {
  depth(n, limit) {
    if (n === limit) throw new Error('at ' + n);
    const r = this.depth(n + 1, limit); // not a tail call: the frames stay
    return r;
  }
  deep(n) {
    return n === 0 ? 0 : 1 + this.deep(n - 1);
  }
}

const t = new Tree();
try {
  t.depth(0, 3);
} catch (e) {
  const frames = e.stack.split('\n').slice(0, 5).map((l) => l.replace(/\(.*\//, '(').trim());
  console.log(frames.join('\n'));
}
console.log(t.deep(1000));
try {
  t.deep(1e7);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(t.deep(10));
