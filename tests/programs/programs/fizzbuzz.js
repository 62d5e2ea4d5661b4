// FizzBuzz with a switch, a conditional chain and string building.
for (let i = 1; i <= 30; i++) {
  let out = "";
  if (i % 3 === 0) out += "Fizz";
  if (i % 5 === 0) out += "Buzz";
  console.log(out || i);
}
let counts = 0;
for (let i = 1; i <= 100; i++) {
  switch (0) {
    case i % 15:
      counts += 100;
      break;
    case i % 5:
      counts += 10;
      break;
    case i % 3:
      counts += 1;
      break;
  }
}
console.log("fizzbuzz/buzz/fizz counts:", Math.floor(counts / 100), Math.floor(counts / 10) % 10, counts % 10);
