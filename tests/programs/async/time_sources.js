// performance.now and process.hrtime are monotonic; timers wait at least their delay.
const t0 = performance.now();
const h0 = process.hrtime();
console.log(typeof t0, t0 >= 0, Array.isArray(h0), h0.length, Number.isInteger(h0[0]), h0[1] < 1e9);
setTimeout(() => {
  const dt = performance.now() - t0;
  const [s, ns] = process.hrtime(h0);
  console.log("waited at least 20ms:", dt >= 19, s * 1e3 + ns / 1e6 >= 19);
}, 20);
