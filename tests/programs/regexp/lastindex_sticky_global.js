const re = /\d/gy;
const s = "12a3";
console.log(re.exec(s)[0], re.lastIndex);
console.log(re.exec(s)[0], re.lastIndex);
console.log(re.exec(s), re.lastIndex);
console.log("12a3".match(/\d/gy));
console.log("12a3".replace(/\d/gy, "#"));
console.log("a12".replace(/\d/y, "#"));
