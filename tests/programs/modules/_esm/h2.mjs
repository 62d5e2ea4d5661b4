function helper() { return 'h2'; }
export class Klass {
  who() { return 'K:' + helper(); }
  static make() { return new Klass(); }
}
export { helper };
