// Typed arrays whose element type the compiler knows (`const a = new
// Int8Array(n)`, parameters of functions only called with them): every
// element type's store conversion and read, inline and as operands of
// numeric operators (where an out-of-bounds read is NaN, not undefined).
const values = [0, -0, 1, -1, 1.5, -1.5, 2.5, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536,
  2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 1e10, -1e10, 2 ** 53, 2 ** 63, -(2 ** 64),
  1e300, NaN, Infinity, -Infinity, 3.4028235677973366e38, 1.401298464324817e-45, 0.1];

function show(name, xs) {
  console.log(name, xs.map((x) => (Object.is(x, -0) ? '-0' : String(x))).join(' '));
}

function roundTrip(a) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    a[0] = values[i];
    out.push(a[0]);
  }
  return out;
}

const i8 = new Int8Array(2);
const u8 = new Uint8Array(2);
const c8 = new Uint8ClampedArray(2);
const i16 = new Int16Array(2);
const u16 = new Uint16Array(2);
const i32 = new Int32Array(2);
const u32 = new Uint32Array(2);
const f32 = new Float32Array(2);
const f64 = new Float64Array(2);
show('Int8', roundTrip(i8));
show('Uint8', roundTrip(u8));
show('Uint8Clamped', roundTrip(c8));
show('Int16', roundTrip(i16));
show('Uint16', roundTrip(u16));
show('Int32', roundTrip(i32));
show('Uint32', roundTrip(u32));
show('Float32', roundTrip(f32));
show('Float64', roundTrip(f64));

// Uint8Clamped rounds half to even and clamps.
const clamp = new Uint8ClampedArray(12);
const cv = [0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, -1, 300, NaN, 0.49999999999999994, 1.0000000000000002];
for (let i = 0; i < cv.length; i++) clamp[i] = cv[i];
show('clamped', Array.from(clamp));

// Stores of values that are not numbers convert them (ToNumber, valueOf in order).
const log = [];
const obj = { valueOf() { log.push('valueOf'); return 7.9; } };
const conv = new Int16Array(8);
conv[0] = '12';
conv[1] = true;
conv[2] = null;
conv[3] = undefined;
conv[4] = obj;
conv[5] = '0x10';
conv[6] = [5];
conv[7] = 'abc';
show('converted', Array.from(conv));
console.log(log.join(','));

// Float64 stores keep -0 and give one NaN; reads through another view see the bytes.
f64[0] = -0;
f64[1] = 0 / 0;
console.log(Object.is(f64[0], -0), Number.isNaN(f64[1]), Array.from(new Uint8Array(f64.buffer, 0, 8)).join(' '));
f32[0] = -0;
console.log(Object.is(f32[0], -0));
const bits = new Uint32Array(f64.buffer);
bits[0] = 1; // a signalling NaN's payload
bits[1] = 0x7ff00000;
console.log(f64[0], Number.isNaN(f64[0]), f64[0] === f64[0], [f64[0]].includes(NaN));
// Bits that are no number a value can hold (all ones, the sign bit set) read as NaN.
bits[0] = 0xffffffff;
bits[1] = 0xffffffff;
bits[2] = 0;
bits[3] = 0xfff80000;
const ones = f64[0];
console.log(ones, typeof ones, ones + 1, f64[1] * 2, [f64[0], f64[1]], f64[0] | 0, Object.is(f64[1], NaN));
const f32bits = new Uint32Array(f32.buffer);
f32bits[0] = 0xffffffff;
console.log(f32[0], typeof f32[0], f32[0] - 1);

// Reads as operands: in bounds, out of bounds (NaN), fractional, negative and NaN indices.
const r = new Float64Array([1.5, -2, 4]);
const ri = new Int32Array([-7, 9]);
console.log(r[0] * 2, r[1] - 1, r[2] / 2, r[3] * 2, r[-1] - 1, r[0.5] + 1, r[NaN] * 1);
console.log(ri[0] | 0, ri[1] ^ 3, ri[5] | 0, ri[2] >>> 0, ~ri[0], -ri[1], ri[0] % 4, ri[1] ** 2);
console.log(r[3] + 1, 1 + r[3], r[3] + 'x', 'x' + r[3], r[0] + true, r[9] + undefined, r[0] + '!');
console.log(r[0] < 2, r[5] < 2, r[5] >= 0, Math.sqrt(r[2]), Math.floor(r[0]), Math.imul(ri[0], 3), Math.sqrt(r[7]));
let h = 5;
h ^= ri[1];
h += r[0];
h -= r[10];
console.log(h);

