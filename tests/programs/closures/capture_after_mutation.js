// Closures capture variables, not values: they see later assignments.
let v = 1;
const get = () => v;
v = 2;
console.log(get());
function make() {
  let local = "before";
  const f = () => local;
  local = "after";
  return f;
}
console.log(make()());
var hoisted = "initial";
function reader() {
  return hoisted;
}
hoisted = "reassigned";
console.log(reader());
function setterGetter() {
  let secret;
  const set = (s) => { secret = s; };
  const get = () => secret;
  console.log(get());
  set("one");
  console.log(get());
  set(get() + " two");
  return get();
}
console.log(setterGetter());
