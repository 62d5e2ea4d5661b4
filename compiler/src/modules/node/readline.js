'use strict';
// Node's readline: line events, async iteration and question() over an
// input stream. A stream with a descriptor (process.stdin) is read as its
// data arrives (the event loop polls it), so a line typed at a terminal or
// written to a pipe is answered at once; any other input is an
// EventEmitter whose 'data' and 'end' events are followed.
const EventEmitter = require('events');
const { readStream, Utf8Stream } = require('node:internal/io');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    const opts = input && typeof input === 'object' && !('fd' in input) && input.input !== undefined
      ? input
      : { input, output, completer, terminal };
    this.input = opts.input;
    this.output = opts.output;
    this.terminal = !!opts.terminal;
    this.line = '';
    this.closed = false;
    this._prompt = opts.prompt === undefined ? '> ' : String(opts.prompt);
    this._buffer = '';
    this._questions = [];
    this._lines = [];
    this._waiters = [];
    const input_ = this.input;
    if (input_ && typeof input_.fd === 'number') {
      // The descriptor is read as data arrives: a line is answered as soon
      // as it is complete.
      const text = new Utf8Stream();
      setImmediate(() => {
        if (this.closed) return;
        this._stop = readStream(input_.fd, (bytes) => {
          if (bytes === null) {
            this._stop = null;
            this._feed(text.write(null), true);
            this._end();
          } else {
            this._feed(text.write(bytes), false);
          }
        });
      });
    } else if (input_ && typeof input_.on === 'function') {
      input_.on('data', (d) => this._feed(String(d)));
      input_.on('end', () => this._end());
    }
  }

  _feed(text, last = true) {
    if (this.closed) return;
    this._buffer += text;
    let i;
    // A '\r' ending a chunk may be the first half of a '\r\n'.
    const eol = last ? /\r\n|\n|\r/ : /\r\n|\n|\r(?!$)/;
    while (!this.closed && (i = this._buffer.search(eol)) >= 0) {
      const line = this._buffer.slice(0, i);
      const nl = this._buffer[i] === '\r' && this._buffer[i + 1] === '\n' ? 2 : 1;
      this._buffer = this._buffer.slice(i + nl);
      this._online(line);
    }
  }

  _online(line) {
    const q = this._questions.shift();
    if (q) {
      q(line);
      return;
    }
    if (this._waiters.length > 0) this._waiters.shift()({ value: line, done: false });
    else if (this._iterating) this._lines.push(line);
    this.emit('line', line);
  }

  _end() {
    if (this.closed) return;
    if (this._buffer.length > 0) {
      const rest = this._buffer;
      this._buffer = '';
      this._online(rest);
    }
    this.close();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (this._stop) {
      this._stop();
      this._stop = null;
    }
    for (const w of this._waiters.splice(0)) w({ value: undefined, done: true });
    this.emit('close');
  }

  setPrompt(p) { this._prompt = String(p); }
  getPrompt() { return this._prompt; }
  prompt() {
    if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
  }
  write(data) {
    if (this.output && typeof this.output.write === 'function' && data !== undefined) this.output.write(String(data));
  }
  pause() { return this; }
  resume() { return this; }

  question(query, options, cb) {
    if (typeof options === 'function') cb = options;
    if (this.closed) {
      const e = new Error('readline was closed');
      e.code = 'ERR_USE_AFTER_CLOSE';
      throw e;
    }
    if (this.output && typeof this.output.write === 'function') this.output.write(String(query));
    this._questions.push(cb);
  }

  [Symbol.asyncIterator]() {
    this._iterating = true;
    const self = this;
    return {
      next() {
        if (self._lines.length > 0) return Promise.resolve({ value: self._lines.shift(), done: false });
        if (self.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => self._waiters.push(resolve));
      },
      return() {
        self.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class PromisesInterface extends Interface {
  question(query, options) {
    return new Promise((resolve) => super.question(query, options, resolve));
  }
}

module.exports = {
  Interface,
  createInterface,
  promises: {
    Interface: PromisesInterface,
    createInterface: (input, output, completer, terminal) => new PromisesInterface(input, output, completer, terminal),
  },
};
