'use strict';
// Node's zlib, the one-shot part: gzipSync/gunzipSync, deflateSync/
// inflateSync, deflateRawSync/inflateRawSync, unzipSync and their callback
// forms (run from an immediate), over the natives of
// runtime/src/builtins/node/zlib.rs (`process.binding('zlib')`). Not here:
// the streaming classes (createGzip, ...) and brotli.
const native = process.binding('zlib');
const { received } = process.binding('kiln');
const { Buffer } = require('buffer');

const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
};

function bytesOf(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  const e = new TypeError('The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received ' + received(buffer));
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function levelOf(opts) {
  if (opts === undefined || opts === null || opts.level === undefined) return -1;
  const level = opts.level;
  if (typeof level !== 'number') {
    const e = new TypeError('The "options.level" property must be of type number. Received ' + received(level));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (!(level >= -1 && level <= 9) || !Number.isInteger(level)) {
    const e = new RangeError('The value of "options.level" is out of range. It must be >= -1 and <= 9. Received ' + level);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return level;
}

function run(kind, buffer, opts) {
  const out = native.process(kind, bytesOf(buffer), levelOf(opts));
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

const exported = { constants };
for (const kind of ['gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip']) {
  const sync = function (buffer, opts) { return run(kind, buffer, opts); };
  Object.defineProperty(sync, 'name', { value: kind + 'Sync' });
  const callback = function (buffer, opts, cb) {
    if (typeof opts === 'function') {
      cb = opts;
      opts = undefined;
    }
    if (typeof cb !== 'function') {
      const e = new TypeError('The "callback" argument must be of type function. Received ' + received(cb));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const data = bytesOf(buffer);
    const level = levelOf(opts);
    setImmediate(() => {
      let out;
      try {
        out = native.process(kind, data, level);
      } catch (e) {
        cb(e);
        return;
      }
      cb(null, Buffer.from(out.buffer, out.byteOffset, out.byteLength));
    });
  };
  Object.defineProperty(callback, 'name', { value: kind });
  exported[kind + 'Sync'] = sync;
  exported[kind] = callback;
}

module.exports = exported;
