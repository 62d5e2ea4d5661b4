const k = "a";
class A {
  [k] = 1;
}
