// next/return/throw called on something that is not a generator.
function* g() {}
const next = g().next;
for (const recv of [{}, 1, undefined]) {
  try {
    next.call(recv);
  } catch (e) {
    console.log(e.constructor.name);
  }
}
