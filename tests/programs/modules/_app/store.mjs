import { emit, log } from './events.mjs';
export class Store {
  #items = new Map();
  set(k, v) { this.#items.set(k, v); emit('set', k); return this; }
  get size() { return this.#items.size; }
  entries() { return [...this.#items]; }
}
export const created = () => log.length;
