import { pad, SEP } from './strings.mjs';
export * from './strings.mjs';
export function format(rows) {
  return rows.map(([k, v]) => pad(k, 10) + SEP + v).join('\n');
}
