// The Mandelbrot set as a bitmap: 8 pixels per byte, the bytes folded into
// a checksum by xor.
import { Benchmark, run } from './harness.js';

class Mandelbrot extends Benchmark {
  constructor(size) {
    super();
    this.size = size;
  }

  benchmark() {
    return this.mandelbrot(this.size);
  }

  mandelbrot(size) {
    let sum = 0;
    let byteAcc = 0;
    let bitNum = 0;
    for (let y = 0; y < size; y++) {
      const ci = (2.0 * y) / size - 1.0;
      for (let x = 0; x < size; x++) {
        let zr = 0.0;
        let zrzr = 0.0;
        let zi = 0.0;
        let zizi = 0.0;
        const cr = (2.0 * x) / size - 1.5;
        let escape = 0;
        for (let z = 0; z < 50; z++) {
          zi = 2.0 * zr * zi + ci;
          zr = zrzr - zizi + cr;
          zrzr = zr * zr;
          zizi = zi * zi;
          if (zrzr + zizi > 4.0) {
            escape = 1;
            break;
          }
        }
        byteAcc = (byteAcc << 1) | (escape ^ 1);
        bitNum++;
        if (bitNum === 8) {
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x === size - 1) {
          byteAcc <<= 8 - bitNum;
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
      }
    }
    return sum;
  }

  verifyResult(result) {
    return result === CHECKSUM;
  }
}

const CHECKSUM = 255;
run('Mandelbrot', new Mandelbrot(500), 10, 1);
