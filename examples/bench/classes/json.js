// A recursive-descent JSON parser producing its own value classes (JsonObject
// keeps its members in a Map, JsonArray in an array), run over a generated
// document; the result counts the values and sums the numbers seen.
import { Benchmark, run, Random } from './harness.js';

class JsonValue {
  isObject() { return false; }
  isArray() { return false; }
}

class JsonLiteral extends JsonValue {
  constructor(value) {
    super();
    this.value = value;
  }
}

class JsonNumber extends JsonValue {
  constructor(text) {
    super();
    this.text = text;
  }

  toNumber() {
    return Number(this.text);
  }
}

class JsonString extends JsonValue {
  constructor(text) {
    super();
    this.text = text;
  }
}

class JsonArray extends JsonValue {
  constructor() {
    super();
    this.values = [];
  }

  isArray() { return true; }

  add(value) {
    this.values.push(value);
  }
}

class JsonObject extends JsonValue {
  constructor() {
    super();
    this.members = new Map();
  }

  isObject() { return true; }

  add(name, value) {
    this.members.set(name, value);
  }
}

class ParseError extends Error {
  constructor(message, index) {
    super(`${message} at ${index}`);
  }
}

class JsonParser {
  constructor(input) {
    this.input = input;
    this.index = 0;
    this.current = '';
    this.captureStart = -1;
  }

  parse() {
    this.read();
    this.skipWhiteSpace();
    const result = this.readValue();
    this.skipWhiteSpace();
    if (!this.isEndOfText()) throw new ParseError('Unexpected character', this.index);
    return result;
  }

  readValue() {
    switch (this.current) {
      case 'n': return this.readLiteral('null', null);
      case 't': return this.readLiteral('true', true);
      case 'f': return this.readLiteral('false', false);
      case '"': return new JsonString(this.readStringInternal());
      case '[': return this.readArray();
      case '{': return this.readObject();
      case '-': case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        return this.readNumber();
      default:
        throw new ParseError('Expected value', this.index);
    }
  }

  readArray() {
    this.read();
    const array = new JsonArray();
    this.skipWhiteSpace();
    if (this.readChar(']')) return array;
    do {
      this.skipWhiteSpace();
      array.add(this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar(']')) throw new ParseError("Expected ',' or ']'", this.index);
    return array;
  }

  readObject() {
    this.read();
    const object = new JsonObject();
    this.skipWhiteSpace();
    if (this.readChar('}')) return object;
    do {
      this.skipWhiteSpace();
      if (this.current !== '"') throw new ParseError('Expected name', this.index);
      const name = this.readStringInternal();
      this.skipWhiteSpace();
      if (!this.readChar(':')) throw new ParseError("Expected ':'", this.index);
      this.skipWhiteSpace();
      object.add(name, this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar('}')) throw new ParseError("Expected ',' or '}'", this.index);
    return object;
  }

  readLiteral(text, value) {
    for (let i = 0; i < text.length; i++) {
      if (!this.readChar(text[i])) throw new ParseError(`Expected '${text[i]}'`, this.index);
    }
    return new JsonLiteral(value);
  }

  readStringInternal() {
    this.read();
    this.startCapture();
    while (this.current !== '"') {
      if (this.current === '\\') {
        this.pauseCapture();
        this.readEscape();
        this.startCapture();
      } else {
        this.read();
      }
    }
    const string = this.endCapture();
    this.read();
    return string;
  }

  readEscape() {
    this.read();
    switch (this.current) {
      case '"': case '/': case '\\': this.captureBuffer += this.current; break;
      case 'b': this.captureBuffer += '\b'; break;
      case 'f': this.captureBuffer += '\f'; break;
      case 'n': this.captureBuffer += '\n'; break;
      case 'r': this.captureBuffer += '\r'; break;
      case 't': this.captureBuffer += '\t'; break;
      default: throw new ParseError('Expected valid escape sequence', this.index);
    }
    this.read();
  }

  readNumber() {
    this.startCapture();
    this.readChar('-');
    const firstDigit = this.current;
    if (!this.readDigit()) throw new ParseError('Expected digit', this.index);
    if (firstDigit !== '0') {
      while (this.readDigit()) { /* more digits */ }
    }
    if (this.readChar('.')) {
      if (!this.readDigit()) throw new ParseError('Expected digit', this.index);
      while (this.readDigit()) { /* more digits */ }
    }
    if (this.readChar('e') || this.readChar('E')) {
      if (!this.readChar('+')) this.readChar('-');
      if (!this.readDigit()) throw new ParseError('Expected digit', this.index);
      while (this.readDigit()) { /* more digits */ }
    }
    return new JsonNumber(this.endCapture());
  }

  readChar(ch) {
    if (this.current !== ch) return false;
    this.read();
    return true;
  }

  readDigit() {
    const c = this.current;
    if (c < '0' || c > '9' || c === '') return false;
    this.read();
    return true;
  }

  skipWhiteSpace() {
    while (this.current === ' ' || this.current === '\t' || this.current === '\n' || this.current === '\r') {
      this.read();
    }
  }

  read() {
    if (this.index < this.input.length) {
      this.current = this.input[this.index];
      this.index++;
    } else {
      this.current = '';
      this.index = this.input.length + 1;
    }
  }

  startCapture() {
    if (this.captureStart === -1) this.captureBuffer = '';
    this.captureStart = this.index - 1;
  }

  pauseCapture() {
    this.captureBuffer += this.input.substring(this.captureStart, this.index - 1);
    this.captureStart = -1;
  }

  endCapture() {
    const captured = this.captureBuffer + this.input.substring(this.captureStart, this.index - 1);
    this.captureBuffer = '';
    this.captureStart = -1;
    return captured;
  }

  isEndOfText() {
    return this.current === '';
  }
}

// Writes a document of nested objects and arrays with every kind of value.
function makeDocument(random, depth) {
  const pick = random.nextInt(depth > 0 ? 8 : 5);
  switch (pick) {
    case 0: return 'null';
    case 1: return random.nextInt(2) === 0 ? 'true' : 'false';
    case 2: return String(random.nextInt(100000) - 50000);
    case 3: return `${random.nextInt(1000)}.${random.nextInt(1000)}e-${random.nextInt(5)}`;
    case 4: return `"text \\"${random.nextInt(1000)}\\"\\n"`;
    case 5:
    case 6: {
      const parts = [];
      const n = 1 + random.nextInt(6);
      for (let i = 0; i < n; i++) parts.push(`"key${i}_${random.nextInt(100)}": ${makeDocument(random, depth - 1)}`);
      return `{ ${parts.join(',\n  ')} }`;
    }
    default: {
      const parts = [];
      const n = 1 + random.nextInt(6);
      for (let i = 0; i < n; i++) parts.push(makeDocument(random, depth - 1));
      return `[${parts.join(', ')}]`;
    }
  }
}

class Json extends Benchmark {
  constructor() {
    super();
    const random = new Random(1234);
    const parts = [];
    for (let i = 0; i < 300; i++) parts.push(makeDocument(random, 6));
    this.text = `[${parts.join(',\n')}]`;
  }

  benchmark() {
    const value = new JsonParser(this.text).parse();
    const totals = { count: 0, sum: 0 };
    this.walk(value, totals);
    return `${totals.count}/${totals.sum.toFixed(3)}`;
  }

  walk(value, totals) {
    totals.count++;
    if (value instanceof JsonNumber) {
      totals.sum += value.toNumber();
    } else if (value.isArray()) {
      for (const v of value.values) this.walk(v, totals);
    } else if (value.isObject()) {
      for (const v of value.members.values()) this.walk(v, totals);
    }
  }

  verifyResult(result) {
    return result === RESULT;
  }
}

const RESULT = '6408/-339504.550';
run('Json', new Json(), 100, 4);
