for (let x of [1]) {
  var x = 2;
}
