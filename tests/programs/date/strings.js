// kiln-test: env TZ=Europe/Berlin
// The string forms: toISOString (extended years, RangeError on invalid),
// toJSON, toUTCString/toGMTString, toString/toDateString/toTimeString, and
// the invalid date.
const dates = [0, -1, 1, 1e12, -1e12, 8.64e15, -8.64e15, Date.UTC(-1, 0), Date.UTC(0, 0) - 1, Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0), -62198755200000];
for (const t of dates) {
  const d = new Date(t);
  console.log(d.toISOString(), '|', d.toUTCString(), '|', d.toString(), '|', d.toDateString(), '|', d.toTimeString());
}
const bad = new Date(NaN);
console.log(bad.toString(), bad.toUTCString(), bad.toDateString(), bad.toTimeString(), bad.toLocaleString(), String(bad), `${bad}`, bad.toJSON());
try { bad.toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.toGMTString.name);
console.log(JSON.stringify({ when: new Date(0), bad, list: [new Date(1e12)] }));
console.log(new Date(0).toJSON(), new Date(0).toJSON('ignored'));
// toJSON is generic: ToPrimitive(number), then this.toISOString().
console.log(Date.prototype.toJSON.call({ valueOf() { return 1; }, toISOString() { return 'custom'; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return 'never'; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return 'str'; }, toISOString() { return 'from a string'; } }));
try { Date.prototype.toJSON.call({ toISOString: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toJSON.call(null); } catch (e) { console.log(e.constructor.name); }
const sub = new Date(5);
sub.toISOString = function () { return 'own ' + Date.prototype.toISOString.call(this); };
console.log(JSON.stringify(sub));
for (const m of ['toString', 'toISOString', 'toUTCString', 'toDateString', 'toTimeString', 'toLocaleString', 'valueOf', 'getTime']) {
  try { Date.prototype[m].call({}); } catch (e) { console.log(m, e.constructor.name, e.message); }
}
try { Date.prototype.getFullYear.call(Object.create(Date.prototype)); } catch (e) { console.log(e.message); }
console.log(Date.prototype.toString.call(new Date(86400000)));
