// Typed-array kernels: a Float64Array matrix multiply, FNV-1a over a 10 MB
// Uint8Array, and a DataView record encoder/decoder. Prints checksums.
function matmul(n) {
  const a = new Float64Array(n * n);
  const b = new Float64Array(n * n);
  const c = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) {
    a[i] = (i % 7) * 0.5;
    b[i] = (i % 5) - 1.5;
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
  let s = 0;
  for (let i = 0; i < n * n; i++) s += c[i];
  return s;
}

function fnv(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function records(n) {
  const size = 16;
  const dv = new DataView(new ArrayBuffer(n * size));
  for (let i = 0; i < n; i++) {
    const o = i * size;
    dv.setUint32(o, i, true);
    dv.setInt16(o + 4, i % 1000 - 500);
    dv.setUint16(o + 6, i & 0xffff, true);
    dv.setFloat64(o + 8, i / 3, true);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const o = i * size;
    sum += dv.getUint32(o, true) + dv.getInt16(o + 4) + dv.getUint16(o + 6, true) + dv.getFloat64(o + 8, true);
  }
  return sum;
}

const bytes = new Uint8Array(10 * 1024 * 1024);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 255;
console.log(matmul(200));
console.log(fnv(bytes));
console.log(records(300000));
