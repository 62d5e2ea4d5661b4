// process.argv (user arguments from index 2; none in the test), process.env, process.platform.
const args = process.argv.slice(2);
console.log(args.length, JSON.stringify(args), typeof process.argv[0], process.argv.length >= 2);
console.log(typeof process.env, typeof process.env.PATH, process.platform);
