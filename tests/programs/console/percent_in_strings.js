// A first argument containing % followed by a character that is not a format directive prints unchanged.
console.log("100% sure");
console.log("50% off", "today");
console.log("%");
console.log("a % b", 3);
console.log("discount: " + 25 + "%");
console.log("x", "%s", "y");
