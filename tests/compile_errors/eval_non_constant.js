// error: 3:3: eval
function run(code) {
  eval(code);
}
run("1 + 1");
