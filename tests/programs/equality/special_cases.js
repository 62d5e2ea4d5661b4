// The well-known surprises of == and ===.
console.log(null == undefined, null === undefined, null == 0, undefined == 0);
console.log(NaN == NaN, NaN === NaN, NaN != NaN);
console.log(0 == -0, 0 === -0, "0" == false, "" == false, " \n " == 0);
console.log("1" == 1, "1.0" == 1, "1e0" == 1, "0x1" == 1, "one" == 1);
console.log(true == 1, true == "1", true == "true", false == "false", false == "0");
console.log("abc" == "abc", "abc" === "ab" + "c", "a" == "A");
console.log(null == false, undefined == false, null == "", undefined == "undefined");
console.log(Infinity == "Infinity", -Infinity == "-Infinity", Infinity === 1 / 0);
