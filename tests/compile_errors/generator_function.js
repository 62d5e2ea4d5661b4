// error: 3:17: not supported
let count = 0;
const numbers = function* () {
  yield count;
};
