// Towers of Hanoi with real disks: each pile is a linked stack of Disk
// objects, and moving a larger disk onto a smaller one is an error.
import { Benchmark, run } from './harness.js';

class Disk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers extends Benchmark {
  benchmark() {
    this.piles = [null, null, null];
    this.buildTowerAt(0, 13);
    this.movesDone = 0;
    this.moveDisks(13, 0, 1);
    return this.movesDone;
  }

  pushDisk(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) {
      throw new Error('Cannot put a big disk on a smaller one');
    }
    disk.next = top;
    this.piles[pile] = disk;
  }

  popDiskFrom(pile) {
    const top = this.piles[pile];
    if (top === null) throw new Error('Attempting to remove a disk from an empty pile');
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTopDisk(from, to) {
    this.pushDisk(this.popDiskFrom(from), to);
    this.movesDone++;
  }

  buildTowerAt(pile, disks) {
    for (let i = disks; i >= 0; i--) this.pushDisk(new Disk(i), pile);
  }

  moveDisks(disks, from, to) {
    if (disks === 1) {
      this.moveTopDisk(from, to);
    } else {
      const other = 3 - from - to;
      this.moveDisks(disks - 1, from, other);
      this.moveTopDisk(from, to);
      this.moveDisks(disks - 1, other, to);
    }
  }

  verifyResult(result) {
    return result === 8191;
  }
}

run('Towers', new Towers(), 100, 40);
