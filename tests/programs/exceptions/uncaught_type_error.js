// An uncaught TypeError thrown by the program.
console.log("start");
throw new TypeError("expected a number");
