// An uncaught TypeError from a runtime fault (reading a property of undefined).
const config = { server: { port: 8080 } };
console.log("port", config.server.port);
function lookup(path) {
  let cur = config;
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    cur = cur[parts[i]];
  }
  return cur;
}
console.log("server.port =", lookup("server.port"));
try {
  lookup("missing.value");
} catch (e) {
  console.log("caught once:", e.message);
}
console.log("database.host =", lookup("database.host"));
console.log("never printed");
