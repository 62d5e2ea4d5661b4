var o = {};
with (o) function f() {}
