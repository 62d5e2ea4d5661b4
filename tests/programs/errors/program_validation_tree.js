// Recursive schema validation that reports the path of the first error, or all errors.
class SchemaError extends Error {
  constructor(path, msg) {
    super((path || "<root>") + ": " + msg);
    this.name = "SchemaError";
    this.path = path;
  }
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
function check(schema, value, path) {
  const t = typeName(value);
  if (schema.type !== t) throw new SchemaError(path, "expected " + schema.type + ", got " + t);
  if (schema.type === "object") {
    const keys = Object.keys(schema.props);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (!(k in value)) {
        if (schema.props[k].optional) continue;
        throw new SchemaError(path ? path + "." + k : k, "missing");
      }
      check(schema.props[k], value[k], path ? path + "." + k : k);
    }
  } else if (schema.type === "array") {
    value.forEach(function (item, i) { check(schema.items, item, path + "[" + i + "]"); });
  } else if (schema.type === "number" && schema.min !== undefined && value < schema.min) {
    throw new SchemaError(path, value + " is below " + schema.min);
  }
}
function checkAll(schema, value, path, errors) {
  const composite = schema.type === "object" || schema.type === "array";
  try {
    if (composite && typeName(value) !== schema.type) throw new SchemaError(path, "expected " + schema.type + ", got " + typeName(value));
    if (!composite) check(schema, value, path);
  } catch (e) {
    errors.push(e.message);
    return errors;
  }
  if (schema.type === "object") {
    Object.keys(schema.props).forEach(function (k) {
      const p = path ? path + "." + k : k;
      if (!(k in value)) { if (!schema.props[k].optional) errors.push(p + ": missing"); }
      else checkAll(schema.props[k], value[k], p, errors);
    });
  } else if (schema.type === "array") {
    value.forEach(function (item, i) { checkAll(schema.items, item, path + "[" + i + "]", errors); });
  }
  return errors;
}
const schema = {
  type: "object",
  props: {
    name: { type: "string" },
    age: { type: "number", min: 0 },
    tags: { type: "array", items: { type: "string" } },
    address: { type: "object", optional: true, props: { city: { type: "string" }, zip: { type: "number", min: 1000 } } },
  },
};
const docs = [
  { name: "ann", age: 30, tags: ["a", "b"] },
  { name: "bob", age: -2, tags: [] },
  { name: "cy", age: 5, tags: ["x", 7, null] },
  { name: 12, tags: "none", address: { city: "Oslo", zip: 12 } },
  { name: "dee", age: 40, tags: [], address: { zip: 5000 } },
  null,
];
for (let i = 0; i < docs.length; i++) {
  try {
    check(schema, docs[i], "");
    console.log("doc", i, "valid");
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    console.log("doc", i, "first error:", e.message, "| path:", showPath(e.path));
  }
  const all = checkAll(schema, docs[i], "", []);
  console.log("  all errors (" + all.length + "):", all.join("; "));
}
function showPath(p) { return p === "" ? "(root)" : p; }
