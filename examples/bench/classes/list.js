// Linked lists and the Takeuchi-style recursion over their lengths.
import { Benchmark, run } from './harness.js';

class Element {
  constructor(value) {
    this.value = value;
    this.next = null;
  }

  length() {
    return this.next === null ? 1 : 1 + this.next.length();
  }
}

class List extends Benchmark {
  benchmark() {
    return this.tail(this.makeList(15), this.makeList(10), this.makeList(6)).length();
  }

  makeList(length) {
    if (length === 0) return null;
    const e = new Element(length);
    e.next = this.makeList(length - 1);
    return e;
  }

  isShorterThan(x, y) {
    let xTail = x;
    let yTail = y;
    while (yTail !== null) {
      if (xTail === null) return true;
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  tail(x, y, z) {
    if (this.isShorterThan(y, x)) {
      return this.tail(this.tail(x.next, y, z), this.tail(y.next, z, x), this.tail(z.next, x, y));
    }
    return z;
  }

  verifyResult(result) {
    return result === 10;
  }
}

run('List', new List(), 100, 40);
