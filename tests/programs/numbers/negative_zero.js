// -0 prints as -0 from console.log but as "0" when converted to a string.
const nz = -0;
console.log(nz);
console.log(0 * -1);
console.log(-0 + 0, -0 - 0, -0 * 5);
console.log(String(nz), nz + "", `${nz}`);
console.log(nz === 0, nz == 0);
console.log(1 / nz, 1 / 0);
console.log(Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9));
console.log(Math.sign(-0), Math.abs(-0));
console.log(-0 < 0, -0 > 0, -0 == 0);
console.log((-0).toString(), (-0).toFixed(2));
console.log(Math.min(0, -0), Math.max(-0, 0));
console.log(-(0), -(-0));
console.log(Number("-0"), parseInt("-0"), parseFloat("-0"));
