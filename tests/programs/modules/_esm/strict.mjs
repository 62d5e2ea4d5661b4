export function assignUndeclared() {
  try { undeclaredVariable = 1; return 'no error'; } catch (e) { return e.name; }
}
export function plainThis() { return this; }
