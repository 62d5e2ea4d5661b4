// Integers print without a decimal point up to 1e21, then in exponent form.
console.log(0, 1, -1, 10, 100, 1000000);
console.log(123456789012345680000);
console.log(999999999999999900000);
console.log(1e20, 1e21, 1e22);
console.log(-1e21, -1e20);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2);
console.log(2 ** 64);
console.log(9007199254740993);
console.log(4294967295, 4294967296, -2147483648);
console.log(1.0, 5.000, -3.0);
console.log(0x10, 0o17, 0b1010, 0xff, 0XAB);
console.log(1_000_000, 0.000_001);
