// Number() and unary plus on primitives and on strings of every shape.
function show(label, v) {
  console.log(label, Number(v), +v);
}
show("undefined", undefined);
show("null", null);
show("true", true);
show("false", false);
show("empty", "");
show("spaces", "   ");
show("'12'", "12");
show("' 3 '", " 3 ");
show("'\\n\\t7\\n'", "\n\t7\n");
show("'abc'", "abc");
show("'1e3'", "1e3");
show("'-1.5e-2'", "-1.5e-2");
show("'.5'", ".5");
show("'5.'", "5.");
show("'0x1F'", "0x1F");
show("'0o17'", "0o17");
show("'0b101'", "0b101");
show("'-0x10'", "-0x10");
show("'Infinity'", "Infinity");
show("'-Infinity'", "-Infinity");
show("'infinity'", "infinity");
show("'12px'", "12px");
show("'1_000'", "1_000");
show("'+42'", "+42");
show("'- 1'", "- 1");
show("'00012'", "00012");
show("'-0'", "-0");
console.log(Number());
