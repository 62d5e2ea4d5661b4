const re = /a/;
re.custom = 42;
console.log(re.custom, Object.keys(re));
const m = new Map([[re, "v"]]);
console.log(m.get(re));
const frozen = Object.freeze(/f/g);
try { frozen.exec("f"); } catch (e) { console.log(e.name); }
try { frozen.lastIndex = 1; console.log("silently ignored", frozen.lastIndex); } catch (e) { console.log(e.name); }
