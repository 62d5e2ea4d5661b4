console.log("hello world".search(/o/), "hello".search(/z/));
console.log("a.b".search("."), "a.b".search("\\."));
const re = /o/g;
re.lastIndex = 7;
console.log("foo".search(re), re.lastIndex);
console.log("abc".search(/(?=c)/));
