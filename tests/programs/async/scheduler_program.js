// A small task scheduler with async/await: concurrency limit, retries with backoff, timeouts.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function withTimeout(p, ms, name) {
  let timer;
  const t = new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Error(`${name} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
class Scheduler {
  constructor(limit) {
    this.limit = limit;
    this.running = 0;
    this.queue = [];
    this.log = [];
  }
  add(name, fn, { retries = 0, timeout = 1000 } = {}) {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, fn, retries, timeout, resolve, reject });
      this.pump();
    });
  }
  pump() {
    while (this.running < this.limit && this.queue.length > 0) {
      const job = this.queue.shift();
      this.running++;
      this.run(job).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
  async run(job) {
    for (let attempt = 1; ; attempt++) {
      try {
        this.log.push(`start ${job.name}#${attempt}`);
        const v = await withTimeout(job.fn(attempt), job.timeout, job.name);
        this.log.push(`done ${job.name}`);
        job.resolve(v);
        return;
      } catch (e) {
        this.log.push(`fail ${job.name}#${attempt}: ${e.message}`);
        if (attempt > job.retries) {
          job.reject(e);
          return;
        }
        await sleep(attempt * 2);
      }
    }
  }
}
async function main() {
  const s = new Scheduler(2);
  const results = await Promise.allSettled([
    s.add("fast", async () => {
      await sleep(1);
      return 1;
    }),
    s.add(
      "flaky",
      async (attempt) => {
        await sleep(1);
        if (attempt < 3) throw new Error("flake " + attempt);
        return "flaky ok";
      },
      { retries: 3 }
    ),
    s.add("slow", () => sleep(200).then(() => "too slow"), { timeout: 20 }),
    s.add("broken", async () => {
      throw new TypeError("always broken");
    }),
    s.add("sync value", () => 42),
  ]);
  for (const r of results) console.log(r.status, r.value ?? r.reason.message);
  const names = s.log.filter((l) => l.startsWith("done")).sort();
  console.log(names.join(", "));
  console.log(s.log.filter((l) => l.startsWith("fail")).length, "failures logged");
}
main();
