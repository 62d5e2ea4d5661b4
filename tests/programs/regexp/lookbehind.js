console.log("$10 €20 $30".match(/(?<=\$)\d+/g));
console.log("$10 €20 $30".match(/(?<!\$)\b\d+/g));
console.log(/(?<=(\d+)(\d+))$/.exec("1053").slice(1));
console.log(/(?<=\1(a))b/.exec("aab").index);
const re = /(?<=x)y/g;
re.lastIndex = 1;
console.log(re.exec("xyxy").index);
