// AggregateError (errors, message, cause) and process.exitCode at a normal end.
const e = new AggregateError([new Error("a"), new TypeError("b")], "several", { cause: 1 });
console.log(e.name, e.message, e.errors.length, e.errors[1].message, e.cause, e instanceof Error, e instanceof AggregateError);
console.log(Object.getOwnPropertyNames(e).join(","));
console.log(String(e), AggregateError.name, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
try { new AggregateError(); } catch (x) { console.log(x.constructor.name, x.message); }
process.exitCode = 3;
console.log("end");
