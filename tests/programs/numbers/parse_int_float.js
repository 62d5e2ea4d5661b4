// parseInt and parseFloat on strings of every shape.
console.log(parseInt("42"), parseInt("  42  "), parseInt("42px"), parseInt("px42"));
console.log(parseInt("-17"), parseInt("+17"), parseInt("3.99"), parseInt("-3.99"));
console.log(parseInt("0x1A"), parseInt("0X1a"), parseInt("1A", 16), parseInt("z", 36));
console.log(parseInt("101", 2), parseInt("777", 8), parseInt("12", 3), parseInt("9", 8));
console.log(parseInt(""), parseInt("abc"), parseInt("  "), parseInt("-"));
console.log(parseInt("0b11"), parseInt("0o7"), parseInt("010"));
console.log(parseInt("123", 0), parseInt("123", 1), parseInt("123", 37));
console.log(parseInt(null), parseInt(undefined), parseInt(true));
console.log(parseInt(15.99), parseInt(-0.5), parseInt(1e21), parseInt(0.0000005));
console.log(parseInt("Infinity"), parseInt("12e3"));
console.log(parseFloat("3.14"), parseFloat("  3.14abc"), parseFloat(".5"), parseFloat("-.5e2"));
console.log(parseFloat("1e3"), parseFloat("1e"), parseFloat("1e+"), parseFloat("e1"));
console.log(parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("inf"));
console.log(parseFloat(""), parseFloat("0x10"), parseFloat("1.2.3"), parseFloat("-0"));
console.log(parseFloat("  \n 7.5 "), parseFloat("+1.5"), parseFloat("00.1"));
