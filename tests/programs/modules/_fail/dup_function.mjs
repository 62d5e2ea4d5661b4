// Valid in a script, an early error in a module: a function is lexical there.
var smoosh; function smoosh() {}
