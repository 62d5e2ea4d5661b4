console.log("aaaa".match(/a{2}/g));
console.log("aaaaa".match(/a{2,3}/g));
console.log("aaaaa".match(/a{2,}/)[0]);
console.log("<a><b>".match(/<.+>/)[0], "<a><b>".match(/<.+?>/)[0]);
console.log("aaa".match(/a??/)[0] === "", "aaa".match(/a*?b?/)[0] === "");
console.log("x{2}".match(/x{2/), /a{,3}/.test("a{,3}"));
console.log(/(a*)*b/.test("aaaaaaaaaaaaaaaaaaaaaab"));
