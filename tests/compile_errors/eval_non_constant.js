function run(code) {
  eval(code);
}
run("1 + 1");
