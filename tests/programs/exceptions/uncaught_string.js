// An uncaught thrown string (not an Error).
console.log("about to throw a string");
throw "plain string thrown";
