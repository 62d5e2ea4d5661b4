'use strict';
// Reading a descriptor as its data arrives (the event loop's poll phase,
// `process.binding('io')`), for process.stdin and readline, and a UTF-8
// decoder that keeps a character split across two chunks whole.
const native = process.binding('io');

// Calls onChunk(bytes) for each chunk read from fd and onChunk(null) at
// its end; returns a function that stops reading.
function readStream(fd, onChunk) {
  native.readStart(fd, onChunk);
  return () => native.readStop(fd);
}

// How many bytes at the end of `bytes` begin a UTF-8 sequence that the
// next chunk completes.
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class Utf8Stream {
  constructor() {
    this.rest = new Uint8Array(0);
    this.decoder = new TextDecoder();
  }

  // The text of `bytes` after what was held back; at the end (`null`),
  // what is left.
  write(bytes) {
    if (bytes === null) {
      const text = this.rest.length ? this.decoder.decode(this.rest) : '';
      this.rest = new Uint8Array(0);
      return text;
    }
    let all = bytes;
    if (this.rest.length) {
      all = new Uint8Array(this.rest.length + bytes.length);
      all.set(this.rest, 0);
      all.set(bytes, this.rest.length);
    }
    const keep = incompleteTail(all);
    this.rest = all.slice(all.length - keep);
    return this.decoder.decode(all.subarray(0, all.length - keep));
  }
}

module.exports = { readStream, Utf8Stream };
