const re = /o/g;
re.lastIndex = 5;
console.log("foo boo".match(re), re.lastIndex);
re.lastIndex = 5;
console.log("foo boo".replace(re, "0"), re.lastIndex);
const y = /o/y;
y.lastIndex = 1;
console.log("foo".replace(y, "0"), y.lastIndex);
console.log("foo".replace(y, "0"), y.lastIndex);
