// Huge sparse indices: a[4294967294], a[1e6], and operations on very sparse arrays.
const a = [];
a[1e6] = "million";
console.log(a.length, a[1e6], a[999999], Object.keys(a).join(","));
a[4294967294] = "max";
console.log(a.length, a[4294967294], Object.keys(a).join(","));
a[4294967295] = "named";
a[-1] = "neg";
console.log(a.length, Object.keys(a).join(","));
a.length = 5;
console.log(a.length, Object.keys(a).join(","), a[1e6]);
const s = [1, 2, 3];
s[100000] = 4;
let n = 0;
s.forEach(() => n++);
console.log(s.length, n, s.indexOf(4), s.lastIndexOf(4), s.includes(undefined), s.indexOf(undefined));
console.log(s.filter(x => true).join(","), s.map(x => x * 10)[100000], s.map(x => x)[50]);
let sum = 0;
for (const k in s) sum += s[k];
console.log(sum, s.reduce((acc, x) => acc + x, 0));
s.length = 4;
console.log(s.join(","));
// sparse array push/pop around holes
const p = [];
p[10] = "ten";
p.push("eleven");
console.log(p.length, p[11], p.pop(), p.pop(), p.length, p.pop(), p.length);
// a sparse array turned dense again
const d = [];
d[50] = 50;
for (let i = 0; i < 50; i++) d[i] = i;
let ds = 0;
for (let i = 0; i < d.length; i++) ds += d[i];
console.log(d.length, ds, Object.keys(d).length);
// decreasing indices
const rev = [];
for (let i = 1000; i >= 0; i -= 100) rev[i] = i / 100;
console.log(rev.length, Object.keys(rev).join(","), rev.filter(x => x % 2 === 0).join(""));
// sparse concat, slice and reverse keep holes
const sp = [1, , , 4];
sp[9] = 10;
console.log(sp.slice(2, 5).length, 0 in sp.slice(2, 5), 1 in sp.slice(2, 5));
const r = sp.slice().reverse();
console.log(r.length, r[0], r[9], 1 in r, 6 in r, Object.keys(r).join(","));
const c = sp.concat([, 5]);
console.log(c.length, Object.keys(c).join(","));
// sort moves holes to the end (after undefined)
const st = [3, , undefined, 1, , 2];
st.sort();
console.log(st.length, Object.keys(st).join(","), st[3], st[4], String(st));
// index boundary
const b = [];
b["4294967294"] = 1;
b["4294967295"] = 2;
b["4294967296"] = 3;
console.log(b.length, Object.keys(b).join(","));
