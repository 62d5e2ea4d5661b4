let a = 1;
const point = { x: a, y: 2 };
console.log(point);
