try {
} catch (e) {
  let e = 1;
}
