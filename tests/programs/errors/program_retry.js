// Retrying flaky operations deterministically, with error classification.
class TransientError extends Error {
  constructor(msg, attempt) { super(msg); this.name = "TransientError"; this.attempt = attempt; }
}
class PermanentError extends Error {
  constructor(msg) { super(msg); this.name = "PermanentError"; }
}
function makeFlaky(name, failuresBeforeSuccess, permanentAt) {
  let calls = 0;
  return function () {
    calls++;
    if (calls === permanentAt) throw new PermanentError(name + " broke permanently on call " + calls);
    if (calls <= failuresBeforeSuccess) throw new TransientError(name + " busy", calls);
    return name + " succeeded after " + calls + " call(s)";
  };
}
function retry(op, maxAttempts) {
  const failures = [];
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return op();
    } catch (e) {
      if (!(e instanceof TransientError)) throw e;
      failures.push(e);
      console.log("  attempt", attempt, "failed:", e.message);
    } finally {
      console.log("  attempt", attempt, "finished");
    }
  }
  throw new AggregateError(failures, "gave up after " + maxAttempts + " attempts");
}
const jobs = [
  ["fast", makeFlaky("fast", 0, -1), 3],
  ["slow", makeFlaky("slow", 2, -1), 3],
  ["stuck", makeFlaky("stuck", 10, -1), 3],
  ["broken", makeFlaky("broken", 1, 2), 5],
];
for (let i = 0; i < jobs.length; i++) {
  console.log("job", jobs[i][0]);
  try {
    console.log("  result:", retry(jobs[i][1], jobs[i][2]));
  } catch (e) {
    if (e instanceof AggregateError) {
      console.log("  " + e.name + ":", e.message, "attempts:", e.errors.map(function (x) { return x.attempt; }).join(","));
    } else {
      console.log("  " + e.name + ":", e.message);
    }
  }
}
// a circuit breaker that opens after consecutive failures
function breaker(op, threshold) {
  let consecutive = 0, open = false;
  return function (x) {
    if (open) throw new Error("circuit open");
    try {
      const r = op(x);
      consecutive = 0;
      return r;
    } catch (e) {
      consecutive++;
      if (consecutive >= threshold) open = true;
      throw e;
    }
  };
}
const guarded = breaker(function (x) { if (x < 0) throw new RangeError("negative " + x); return Math.sqrt(x); }, 2);
const inputs = [4, -1, 9, -2, -3, 16];
for (let i = 0; i < inputs.length; i++) {
  try { console.log("sqrt", inputs[i], "=", guarded(inputs[i])); }
  catch (e) { console.log("sqrt", inputs[i], "failed:", e.message); }
}
