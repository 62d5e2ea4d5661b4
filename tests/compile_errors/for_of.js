const xs = [1, 2];
for (const x of xs) console.log(x);
