// Other ways of calling the global eval indirectly: `eval?.(…)` and an
// alias bound once to `eval` (`var e = eval`, `const e = eval`). Both run
// the code in the global scope, not the caller's.
globalThis.where = 'global';
function optional() {
  var where = 'local';
  return [eval('where'), eval?.('where')];
}
console.log(optional());

var aliasVar = eval;
const aliasConst = eval;
function aliased() {
  var where = 'local';
  return [aliasVar('where'), aliasConst('typeof where + " " + where')];
}
console.log(aliased());

function declares() {
  var e = eval;
  e('var declaredByAlias = "global var"');
  eval?.('function declaredByOptional() { return "global function"; }');
  return typeof declaredByAlias;
}
console.log(declares(), declaredByAlias, declaredByOptional());

// The completion value and a non-string argument.
console.log(aliasVar('1 + 1; if (true) { "if"; }'), aliasConst(42), eval?.({ a: 1 }));

// A syntax error in the code is a SyntaxError when the call runs.
try { aliasVar('var ='); } catch (e) { console.log(e.constructor.name, e.message); }
try { eval?.('1 +'); } catch (e) { console.log(e.constructor.name, e.message); }
