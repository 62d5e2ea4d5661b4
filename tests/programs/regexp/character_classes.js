console.log("a1_ -Z\t".match(/\w/g).join(""));
console.log("a1_ -Z\t".match(/\W/g).length);
console.log("x 1\u00a0\ufeff".match(/\s/g).length);
console.log("3.14 and 42".match(/\d+/g));
console.log("a-z".match(/[a\-z]/g), "b".match(/[^a-c]/));
console.log("[]".match(/[\]\[]/g));
console.log("\b".match(/[\b]/) !== null);
