// An unknown TZ is UTC without a zone name, as in Node (GMT+00:00).
// kiln-test: env TZ=Nowhere/Special
console.log(new Date(0).toString(), new Date(2026, 6, 1).toString(), new Date(0).getTimezoneOffset());
