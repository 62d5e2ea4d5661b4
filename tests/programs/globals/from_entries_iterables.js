// Object.fromEntries over Maps, their iterators and arrays of pairs.
console.log(Object.fromEntries(new Map([["a",1],["b",2]])), Object.fromEntries([["x", 1]]))
const m2 = new Map([["a",1],["b",2]]); const it = m2.entries(); console.log(Object.fromEntries(it), Object.fromEntries(m2))
