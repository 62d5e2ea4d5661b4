// The order of cleanup when a consumer stops early through nested generators.
function* source() {
  try {
    for (let i = 0; ; i++) {
      console.log("source yields", i);
      yield i;
    }
  } finally {
    console.log("source closed");
  }
}
function* map(it, f) {
  try {
    for (const x of it) yield f(x);
  } finally {
    console.log("map closed");
  }
}
function* filter(it, p) {
  try {
    for (const x of it) if (p(x)) yield x;
  } finally {
    console.log("filter closed");
  }
}
for (const v of filter(map(source(), (x) => x * 3), (x) => x % 2 === 0)) {
  console.log("consumer got", v);
  if (v >= 6) break;
}
