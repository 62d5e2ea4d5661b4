const re = /(?<q>['"])(?<body>.*?)\k<q>/;
console.log(re.exec(`say "hi" and 'bye'`).groups.body);
console.log(re.exec(`'mixed"`));
console.log(/\k<a>(?<a>x)/.test("x"));
console.log(/(?<a>.)\k<a>/.test("aa"), /(?<a>.)\k<a>/.test("ab"));
console.log(/\k/.test("k"), /\k<x>/.test("k<x>"));
