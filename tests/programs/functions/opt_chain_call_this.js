// `(a?.m)(...)` keeps `this` = a, with or without spread arguments.
const a = {
  v: 10,
  m(...xs) {
    return this.v + xs.length;
  },
};
console.log((a?.m)(1, 2), (a?.m)(...[1, 2, 3]), a?.m(...[1]), (a.m)(...[]));
const none = null;
console.log(none?.m(...[1]), (none?.m));
try {
  (none?.m)(...[1]);
} catch (e) {
  console.log(e.constructor.name);
}
