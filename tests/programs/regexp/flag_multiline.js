const text = "one\ntwo\nthree";
console.log(text.match(/^\w+$/gm));
console.log(text.match(/^\w+$/g));
console.log(/^two$/m.test(text), /^two$/.test(text));
console.log("a\r\nb".match(/^b/m)[0]);
console.log(/x/m.multiline, /x/.multiline);
