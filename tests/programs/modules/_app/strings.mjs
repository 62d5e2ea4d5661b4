export function pad(s, n) { return String(s).padEnd(n, '.'); }
export const SEP = ' | ';
