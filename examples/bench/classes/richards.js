// A task scheduler in the manner of Martin Richards' benchmark, written with
// a class per task kind: tasks sit in a priority-ordered list, exchange
// packets through queues, and are held, suspended and released; the result
// is the number of queued packets and hold operations.
import { Benchmark, run } from './harness.js';

const ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
const KIND_DEVICE = 0, KIND_WORK = 1;
const DATA_SIZE = 4;

class Packet {
  constructor(link, identity, kind) {
    this.link = link;
    this.identity = identity;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(DATA_SIZE).fill(0);
  }

  // Appends this packet to the queue starting at queueHead; the new head.
  addTo(queueHead) {
    this.link = null;
    if (queueHead === null) return this;
    let next = queueHead;
    while (next.link !== null) next = next.link;
    next.link = this;
    return queueHead;
  }
}

class Task {
  constructor(scheduler, link, identity, priority, queue) {
    this.scheduler = scheduler;
    this.link = link;
    this.identity = identity;
    this.priority = priority;
    this.queue = queue;
    this.packetPending = queue !== null;
    this.taskWaiting = true;
    this.taskHolding = false;
  }

  // Held, or waiting with no packet queued: the scheduler passes it by.
  isHeldOrSuspended() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  // Queues packet for this task; the task to run next.
  checkPriorityAdd(task, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.packetPending = true;
      if (this.priority > task.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return task;
  }

  runTask() {
    let packet = null;
    if (this.packetPending && this.taskWaiting && !this.taskHolding) {
      packet = this.queue;
      this.queue = packet.link;
      this.packetPending = this.queue !== null;
      this.taskWaiting = false;
    }
    return this.fn(packet);
  }

  fn(packet) {
    throw new Error('Task.fn is abstract');
  }
}

class IdleTask extends Task {
  constructor(scheduler, link, identity, priority, queue, count) {
    super(scheduler, link, identity, priority, queue);
    this.control = 1;
    this.count = count;
    this.taskWaiting = false;
  }

  fn(packet) {
    this.count--;
    if (this.count === 0) return this.scheduler.holdSelf();
    if ((this.control & 1) === 0) {
      this.control >>= 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.control = (this.control >> 1) ^ 0xd008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class WorkerTask extends Task {
  constructor(scheduler, link, identity, priority, queue) {
    super(scheduler, link, identity, priority, queue);
    this.destination = ID_HANDLER_A;
    this.count = 0;
  }

  fn(packet) {
    if (packet === null) return this.scheduler.waitSelf();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.identity = this.destination;
    packet.datum = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.count++;
      if (this.count > 26) this.count = 1;
      packet.data[i] = 64 + this.count;
    }
    return this.scheduler.queuePacket(packet);
  }
}

class HandlerTask extends Task {
  constructor(scheduler, link, identity, priority, queue) {
    super(scheduler, link, identity, priority, queue);
    this.workIn = null;
    this.deviceIn = null;
  }

  fn(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.workIn = packet.addTo(this.workIn);
      else this.deviceIn = packet.addTo(this.deviceIn);
    }
    if (this.workIn !== null) {
      const work = this.workIn;
      const count = work.datum;
      if (count >= DATA_SIZE) {
        this.workIn = work.link;
        return this.scheduler.queuePacket(work);
      }
      if (this.deviceIn !== null) {
        const device = this.deviceIn;
        this.deviceIn = device.link;
        device.datum = work.data[count];
        work.datum = count + 1;
        return this.scheduler.queuePacket(device);
      }
    }
    return this.scheduler.waitSelf();
  }
}

class DeviceTask extends Task {
  constructor(scheduler, link, identity, priority, queue) {
    super(scheduler, link, identity, priority, queue);
    this.pending = null;
  }

  fn(packet) {
    if (packet === null) {
      if (this.pending === null) return this.scheduler.waitSelf();
      const v = this.pending;
      this.pending = null;
      return this.scheduler.queuePacket(v);
    }
    this.pending = packet;
    return this.scheduler.holdSelf();
  }
}

class Scheduler {
  constructor() {
    this.queuePacketCount = 0;
    this.holdCount = 0;
    this.tasks = new Array(6).fill(null);
    this.taskList = null;
    this.current = null;
  }

  addTask(task) {
    this.taskList = task;
    this.tasks[task.identity] = task;
  }

  start() {
    this.addTask(new IdleTask(this, this.taskList, ID_IDLE, 0, null, 10000));

    let queue = new Packet(null, ID_WORKER, KIND_WORK);
    queue = new Packet(queue, ID_WORKER, KIND_WORK);
    this.addTask(new WorkerTask(this, this.taskList, ID_WORKER, 1000, queue));

    queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
    queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
    queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
    this.addTask(new HandlerTask(this, this.taskList, ID_HANDLER_A, 2000, queue));

    queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
    queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
    queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
    this.addTask(new HandlerTask(this, this.taskList, ID_HANDLER_B, 3000, queue));

    this.addTask(new DeviceTask(this, this.taskList, ID_DEVICE_A, 4000, null));
    this.addTask(new DeviceTask(this, this.taskList, ID_DEVICE_B, 5000, null));

    this.schedule();
  }

  schedule() {
    this.current = this.taskList;
    while (this.current !== null) {
      if (this.current.isHeldOrSuspended()) {
        this.current = this.current.link;
      } else {
        this.current = this.current.runTask();
      }
    }
  }

  findTask(identity) {
    const task = this.tasks[identity];
    if (task === null) throw new Error(`no task ${identity}`);
    return task;
  }

  holdSelf() {
    this.holdCount++;
    this.current.taskHolding = true;
    return this.current.link;
  }

  waitSelf() {
    this.current.taskWaiting = true;
    return this.current;
  }

  release(identity) {
    const task = this.findTask(identity);
    task.taskHolding = false;
    return task.priority > this.current.priority ? task : this.current;
  }

  queuePacket(packet) {
    const task = this.findTask(packet.identity);
    this.queuePacketCount++;
    packet.link = null;
    packet.identity = this.current.identity;
    return task.checkPriorityAdd(this.current, packet);
  }
}

class Richards extends Benchmark {
  benchmark() {
    const scheduler = new Scheduler();
    scheduler.start();
    return `${scheduler.queuePacketCount}/${scheduler.holdCount}`;
  }

  verifyResult(result) {
    return result === RESULT;
  }
}

const RESULT = '23246/9297';
run('Richards', new Richards(), 100, 2);
