// Sloppy mode: writes to the read-only globals undefined, NaN and Infinity are
// silently ignored; the expression's value is what was computed.
console.log(--Infinity, Infinity);
console.log(NaN++, NaN);
console.log((undefined = 5), undefined);
console.log((Infinity += 1), (NaN -= 2), typeof undefined);
function f() { undefined = "changed"; return undefined; }
console.log(f());
