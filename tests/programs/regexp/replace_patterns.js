const s = "John Smith";
console.log(s.replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log(s.replace(/o/, "[$&]"), s.replace(/o/, "[$`]"), s.replace(/o/, "[$']"));
console.log(s.replace(/o/, "$$"), s.replace(/o/, "$"), s.replace(/o/, "$0"));
console.log(s.replace(/(o)/, "$01|$10|$2|$1x"));
console.log("abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1$01-$12"));
console.log(s.replace("o", "$&$&"), s.replace("Smith", "$`"));
