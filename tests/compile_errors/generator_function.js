let count = 0;
const numbers = function* () {
  yield count;
};
