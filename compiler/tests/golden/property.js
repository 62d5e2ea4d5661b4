// Property reads and writes through inline caches, and a compound update.
const o = { x: 1, y: 2 };
o.x += o.y;
o.z = "three";
console.log(o.x, o["z"]);
