// throw(e) raises e at the paused yield; a catch there can resume yielding.
function* g() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      console.log("caught", e.message);
      if (e.message === "stop") return "stopped";
    }
  }
}
const it = g();
console.log(it.next());
console.log(it.throw(new Error("first")));
console.log(it.throw(new Error("stop")));
console.log(it.next());
