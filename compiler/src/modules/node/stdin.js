'use strict';
// process.stdin as a readable stream (an EventEmitter with 'data', 'end',
// 'readable', read(), setEncoding(), async iteration), compiled into a
// program whose source mentions process.stdin. kiln reads stdin whole when
// the event loop first runs after a consumer appears (piped input and
// files; an interactive terminal is read to its end). Chunks are strings:
// kiln has no Buffer yet.
const EventEmitter = require('events');
const fs = require('fs');
const stdin = process.stdin;
Object.setPrototypeOf(stdin, EventEmitter.prototype);
EventEmitter.init.call(stdin);

let state = 'idle';
let pending = null;

function start() {
  if (state !== 'idle') return;
  state = 'reading';
  setImmediate(() => {
    let text = '';
    try {
      text = fs.readFileSync(0, 'utf8');
    } catch (e) {
      state = 'ended';
      stdin.emit('error', e);
      return;
    }
    if (stdin.listenerCount('readable') > 0) {
      pending = text.length > 0 ? text : null;
      stdin.emit('readable');
      pending = null;
    } else if (text.length > 0) {
      stdin.emit('data', text);
    }
    state = 'ended';
    stdin.readableEnded = true;
    stdin.emit('end');
    stdin.emit('close');
  });
}

stdin.on('newListener', (event) => {
  if (event === 'data' || event === 'readable' || event === 'end') start();
});
stdin.readable = true;
stdin.readableEnded = false;
stdin.setEncoding = function setEncoding() { return this; };
stdin.resume = function resume() { start(); return this; };
stdin.pause = function pause() { return this; };
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
