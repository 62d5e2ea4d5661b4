// kiln-test: env TZ=America/New_York
// The UTC setters, setTime, setYear/getYear: argument counts, rollover,
// NaN handling, conversion order and return values.
const d = new Date(Date.UTC(2026, 0, 31, 12, 0, 0, 0));
const log = (r) => console.log(r, d.toISOString === undefined ? '' : (isNaN(d) ? 'Invalid Date' : d.toISOString()));
log(d.setUTCMonth(1));
log(d.setUTCDate(0));
log(d.setUTCDate(366));
log(d.setUTCFullYear(2024, 1, 29));
log(d.setUTCFullYear(2025));
log(d.setUTCHours(-1));
log(d.setUTCHours(23, 59, 59, 999));
log(d.setUTCMinutes(60, 60, 1000));
log(d.setUTCSeconds(-1, -1));
log(d.setUTCMilliseconds(1e9));
log(d.setUTCMonth(-13, 15));
log(d.setUTCHours());
log(d.setTime(0));
log(d.setTime('86400000'));
log(d.setTime(8.64e15 + 1));
log(d.setUTCMinutes(5));
log(d.setUTCFullYear(2000));
log(d.setTime());
log(d.setUTCFullYear(1999, 11, 31));
log(d.setUTCFullYear(275760, 8, 13));
log(d.setUTCDate(14));
log(d.setTime(0));
log(d.setUTCHours(1, 2, 3, 4, 5));
log(d.setUTCFullYear(1.9, 0.9, 1.9));
log(d.setUTCMonth(Infinity));
// The arguments are converted even when the date is invalid, in order.
const order = [];
const spy = (v) => ({ valueOf() { order.push(v); return v; } });
const bad = new Date(NaN);
console.log(bad.setUTCHours(spy(1), spy(2), spy(3), spy(4)), order.join(','));
console.log(bad.setUTCMinutes(spy(5)), bad.setUTCSeconds(spy(6)), bad.setUTCMilliseconds(spy(7)), bad.setUTCDate(spy(8)), bad.setUTCMonth(spy(9)), order.join(','));
console.log(new Date(NaN).setUTCFullYear(2026), new Date(NaN).setFullYear(2026, 5));
// setYear and getYear (Annex B).
const y = new Date(Date.UTC(2026, 5, 15, 12));
console.log(y.getYear(), y.setYear(99), y.getFullYear(), y.setYear(5), y.getFullYear(), y.setYear(2026.5), y.getFullYear(), y.setYear(-1), y.getFullYear());
console.log(y.setYear(NaN), y.getYear(), new Date(NaN).setYear(2000));
console.log(Date.prototype.setUTCHours.length, Date.prototype.setHours.length, Date.prototype.setFullYear.length, Date.prototype.setMonth.length, Date.prototype.setSeconds.length, Date.prototype.setMilliseconds.length, Date.prototype.setTime.length, Date.prototype.setYear.length);
try { Date.prototype.setUTCHours.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const frozen = Object.freeze(new Date(0));
console.log(frozen.setTime(1), frozen.getTime());
