const xs = [1, 2];
async function* load() {
  yield xs;
}
