const re = /(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/g;
console.log("2024-01-31 and 1999-12-01".replace(re, "$<d>/$<m>/$<y>"));
console.log("2024-01-31".replace(re, "[$<nope>]"));
console.log("2024-01-31".replace(/(\d+)/, "$<y>"));
console.log("2024-01-31".replace(re, (...args) => JSON.stringify(args[args.length - 1])));
