// setImmediate runs after the timers phase; immediates queued while they run wait a turn.
setTimeout(() => {
  console.log("timeout");
  setImmediate(() => {
    console.log("immediate 1");
    setImmediate(() => console.log("immediate 3 (next turn)"));
    process.nextTick(() => console.log("tick after immediate 1"));
  });
  setImmediate(() => console.log("immediate 2"));
  setTimeout(() => console.log("timeout 50 from timeout"), 50);
  }, 2);
const imm = setImmediate(() => console.log("cleared immediate"));
clearImmediate(imm);
