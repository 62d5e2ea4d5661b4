// An uncaught instance of a custom Error subclass with an extra field.
class ConfigError extends Error {
  constructor(key, message) {
    super(message);
    this.name = "ConfigError";
    this.key = key;
  }
}
const settings = { mode: "fast", level: 11 };
function validate(s) {
  if (s.mode !== "fast" && s.mode !== "safe") throw new ConfigError("mode", "bad mode " + s.mode);
  if (s.level > 10) throw new ConfigError("level", "level " + s.level + " exceeds 10");
  return true;
}
try {
  validate({ mode: "weird", level: 1 });
} catch (e) {
  console.log(e instanceof ConfigError, e.name, e.key, e.message);
}
console.log("validating settings");
validate(settings);
console.log("never printed");
