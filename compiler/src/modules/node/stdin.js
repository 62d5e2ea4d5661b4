'use strict';
// process.stdin as a readable stream (an EventEmitter with 'data', 'end',
// 'readable', read(), setEncoding(), pause()/resume(), async iteration),
// compiled into a program whose source mentions process.stdin. Reading
// starts when a consumer appears and goes on as data arrives (the event
// loop polls descriptor 0): a pipe's chunks as they are written, a
// terminal's lines as they are typed. Chunks are Buffers unless an
// encoding is set.
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { readStream, Utf8Stream } = require('node:internal/io');
const stdin = process.stdin;
Object.setPrototypeOf(stdin, EventEmitter.prototype);
EventEmitter.init.call(stdin);

let state = 'idle';
let paused = false;
let stop = null;
let pending = null;
let encoding = null;
let decoder = null;

function toChunk(bytes) {
  if (encoding === null) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (decoder !== null) return decoder.write(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
}

function deliver(chunk) {
  if (chunk.length === 0) return;
  if (stdin.listenerCount('readable') > 0) {
    pending = chunk;
    stdin.emit('readable');
    pending = null;
  } else {
    stdin.emit('data', chunk);
  }
}

function onChunk(bytes) {
  if (bytes !== null) {
    deliver(toChunk(bytes));
    return;
  }
  if (decoder !== null) deliver(decoder.write(null));
  state = 'ended';
  stop = null;
  stdin.readableEnded = true;
  stdin.emit('end');
  stdin.emit('close');
}

function start() {
  if (state !== 'idle' && state !== 'paused') return;
  state = 'reading';
  stop = readStream(0, onChunk);
}

stdin.on('newListener', (event) => {
  if (event === 'data' || event === 'readable' || event === 'end') {
    setImmediate(() => {
      if (!paused) start();
    });
  }
});
stdin.readable = true;
stdin.readableEnded = false;
stdin.setEncoding = function setEncoding(enc) {
  const e = enc === undefined ? 'utf8' : String(enc).toLowerCase();
  encoding = e === 'utf-8' ? 'utf8' : e;
  decoder = encoding === 'utf8' ? new Utf8Stream() : null;
  return this;
};
stdin.resume = function resume() {
  paused = false;
  start();
  return this;
};
stdin.pause = function pause() {
  paused = true;
  if (state === 'reading' && stop) {
    stop();
    stop = null;
    state = 'paused';
  }
  return this;
};
stdin.unref = function unref() { return this; };
stdin.ref = function ref() { return this; };
stdin.read = function read() {
  const chunk = pending;
  pending = null;
  return chunk;
};
stdin[Symbol.asyncIterator] = function () {
  const chunks = [];
  let done = false;
  let wake = null;
  stdin.on('data', (c) => { chunks.push(c); if (wake) { wake(); wake = null; } });
  stdin.on('end', () => { done = true; if (wake) { wake(); wake = null; } });
  return {
    next() {
      if (chunks.length > 0) return Promise.resolve({ value: chunks.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        wake = () => resolve(chunks.length > 0 ? { value: chunks.shift(), done: false } : { value: undefined, done: true });
      });
    },
    return() { return Promise.resolve({ value: undefined, done: true }); },
    [Symbol.asyncIterator]() { return this; },
  };
};
