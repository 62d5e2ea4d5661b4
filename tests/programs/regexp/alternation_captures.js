console.log(/(a)|(b)/.exec("b"));
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"));
console.log(/(?:(a)|b)+/.exec("ab"));
console.log(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac"));
console.log(/a|ab/.exec("abc")[0], /((a)|(ab))((c)|(bc))/.exec("abc"));
