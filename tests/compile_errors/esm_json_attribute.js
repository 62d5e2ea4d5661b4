import data from './_esm/data.json';
console.log(data);
