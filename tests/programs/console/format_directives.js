// Node formats the first argument when it is a string with % directives: %s %d %i %f %%.
console.log("%s is %d years", "kiln", 1);
console.log("%i and %f", 3.7, 3.7);
console.log("100%% literal", "extra");
console.log("%d", "42abc");
console.log("%s", null, "rest");
console.log("missing %s and %d");
console.log("%s-%s", "a");
