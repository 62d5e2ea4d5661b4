// An uncaught Error ends the program with status 1; earlier output is kept.
function process_items(items) {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    try {
      if (items[i] < 0) throw new RangeError("negative item " + items[i]);
      total += items[i];
    } catch (e) {
      console.log("skipping:", e.message);
    } finally {
      console.log("processed index", i);
    }
  }
  return total;
}
console.log("total", process_items([1, -2, 3]));
function check(total) {
  if (total !== 0) throw new Error("unexpected total " + total);
}
console.log("about to fail");
check(4);
console.log("never printed");
