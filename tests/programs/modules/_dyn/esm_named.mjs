export const x = 10;
export function y() { return 20; }
