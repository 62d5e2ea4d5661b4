// A cycle: events.mjs imports store.mjs, which imports events.mjs.
import { Store } from './store.mjs';
export const log = [];
export function emit(name, key) { log.push(`${name}:${key}`); }
export function makeStore() { return new Store(); }
