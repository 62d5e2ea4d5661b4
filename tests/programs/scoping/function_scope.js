// Each call gets fresh locals; nested function declarations are local to their function.
function counter() {
  var count = 0;
  count++;
  return count;
}
console.log(counter(), counter(), counter());
function outer() {
  function helper() {
    return "outer's helper";
  }
  return helper();
}
function other() {
  function helper() {
    return "other's helper";
  }
  return helper();
}
console.log(outer(), other());
console.log(typeof helper);
function blockFunction() {
  let r = "";
  {
    r += typeof inner;
    function inner() { return " called"; }
    r += inner();
  }
  return r;
}
console.log(blockFunction());
