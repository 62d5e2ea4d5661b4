// Benchmark: an operating-system style task scheduler in the spirit of Martin
// Richards' classic benchmark (independently written). Task control blocks sit
// in a priority-ordered linked list; tasks exchange packets through per-task
// queues (linked lists); an idle task wakes two device tasks; a worker task
// fills work packets that two handler tasks spell out, one character per
// device packet. Exercises classes, method calls, field access and linked
// list manipulation.

const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const TASK_COUNT = 6;
const KIND_DEVICE = 0, KIND_WORK = 1;
const PAYLOAD_SIZE = 4;

class Packet {
  constructor(dest, kind) {
    this.next = null;
    this.dest = dest;
    this.kind = kind;
    this.index = 0;
    this.payload = [];
    for (let i = 0; i < PAYLOAD_SIZE; i++) this.payload.push(0);
  }
}

// Append packet p to the queue starting at head; returns the new head.
function enqueue(head, p) {
  p.next = null;
  if (head === null) return p;
  let q = head;
  while (q.next !== null) q = q.next;
  q.next = p;
  return head;
}

class Tcb {
  constructor(id, priority, task, waiting) {
    this.next = null;
    this.id = id;
    this.priority = priority;
    this.task = task;
    this.queue = null;
    this.waiting = waiting;
    this.held = false;
  }
  blocked() { return this.held || (this.waiting && this.queue === null); }
}

class Kernel {
  constructor() {
    this.table = [];
    for (let i = 0; i < TASK_COUNT; i++) this.table.push(null);
    this.head = null;
    this.current = null;
    this.sends = 0;
    this.holds = 0;
    this.output = 0;
  }
  spawn(id, priority, task, waiting, packets) {
    const tcb = new Tcb(id, priority, task, waiting);
    for (let i = 0; i < packets.length; i++) tcb.queue = enqueue(tcb.queue, packets[i]);
    this.table[id] = tcb;
    // keep the list sorted by descending priority
    if (this.head === null || this.head.priority < priority) {
      tcb.next = this.head;
      this.head = tcb;
    } else {
      let t = this.head;
      while (t.next !== null && t.next.priority >= priority) t = t.next;
      tcb.next = t.next;
      t.next = tcb;
    }
  }
  run() {
    let tcb = this.head;
    while (tcb !== null) {
      if (tcb.blocked()) {
        tcb = tcb.next;
        continue;
      }
      this.current = tcb;
      let packet = null;
      if (tcb.waiting) {
        packet = tcb.queue;
        tcb.queue = packet.next;
        packet.next = null;
        tcb.waiting = false;
      }
      tcb = tcb.task.step(this, packet);
    }
  }
  // Scheduling primitives: each returns the next task control block to consider.
  wait() {
    this.current.waiting = true;
    return this.current;
  }
  hold() {
    this.holds++;
    this.current.held = true;
    return this.current.next;
  }
  release(id) {
    const t = this.table[id];
    t.held = false;
    return t.priority > this.current.priority ? t : this.current;
  }
  send(packet) {
    const target = this.table[packet.dest];
    this.sends++;
    packet.dest = this.current.id;
    const wasEmpty = target.queue === null;
    target.queue = enqueue(target.queue, packet);
    if (wasEmpty && target.priority > this.current.priority) return target;
    return this.current;
  }
}

class IdleTask {
  constructor(seed, rounds) { this.seed = seed; this.rounds = rounds; }
  step(k, packet) {
    if (--this.rounds === 0) return k.hold();
    this.seed = (this.seed * 75 + 74) % 65537;
    return k.release((this.seed & 1) === 0 ? DEVICE_A : DEVICE_B);
  }
}

class WorkerTask {
  constructor() { this.target = HANDLER_A; this.letter = 0; }
  step(k, packet) {
    if (packet === null) return k.wait();
    this.target = this.target === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.dest = this.target;
    packet.index = 0;
    for (let i = 0; i < PAYLOAD_SIZE; i++) {
      this.letter = (this.letter + 1) % 26;
      packet.payload[i] = 65 + this.letter;
    }
    return k.send(packet);
  }
}

class HandlerTask {
  constructor() { this.work = null; this.devices = null; }
  step(k, packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = enqueue(this.work, packet);
      else this.devices = enqueue(this.devices, packet);
    }
    if (this.work !== null) {
      const w = this.work;
      if (w.index >= PAYLOAD_SIZE) {
        this.work = w.next;
        return k.send(w);
      }
      if (this.devices !== null) {
        const d = this.devices;
        this.devices = d.next;
        d.index = w.payload[w.index];
        w.index++;
        return k.send(d);
      }
    }
    return k.wait();
  }
}

class DeviceTask {
  constructor() { this.pending = null; }
  step(k, packet) {
    if (packet === null) {
      if (this.pending === null) return k.wait();
      const p = this.pending;
      this.pending = null;
      return k.send(p);
    }
    this.pending = packet;
    k.output = (k.output * 31 + packet.index) % 1000003;
    return k.hold();
  }
}

function runOnce(rounds) {
  const k = new Kernel();
  k.spawn(IDLE, 0, new IdleTask(1, rounds), false, []);
  k.spawn(WORKER, 1000, new WorkerTask(), true, [new Packet(IDLE, KIND_WORK), new Packet(IDLE, KIND_WORK)]);
  k.spawn(HANDLER_A, 2000, new HandlerTask(), true,
    [new Packet(DEVICE_A, KIND_DEVICE), new Packet(DEVICE_A, KIND_DEVICE), new Packet(DEVICE_A, KIND_DEVICE)]);
  k.spawn(HANDLER_B, 3000, new HandlerTask(), true,
    [new Packet(DEVICE_B, KIND_DEVICE), new Packet(DEVICE_B, KIND_DEVICE), new Packet(DEVICE_B, KIND_DEVICE)]);
  k.spawn(DEVICE_A, 4000, new DeviceTask(), true, []);
  k.spawn(DEVICE_B, 5000, new DeviceTask(), true, []);
  k.run();
  return k;
}

let sends = 0, holds = 0, output = 0;
for (let i = 0; i < 1000; i++) {
  const k = runOnce(10000 + i);
  sends += k.sends;
  holds += k.holds;
  output = (output * 7 + k.output) % 1000003;
}
console.log("sends", sends, "holds", holds, "output", output);
