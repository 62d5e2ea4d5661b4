// Local-time behaviour, run by the date/local_*.js programs under several TZ values.
const show = (d) => `${d.toString()} | ${d.getTimezoneOffset()} | ${d.toISOString()}`;

// Instants across history (local mean time, standard-time changes, DST rules).
for (const y of [-271821, -5000, -1, 0, 1, 99, 1000, 1800, 1883, 1900, 1916, 1942, 1945, 1968, 1970, 1971, 1977, 1996, 2000, 2007, 2011, 2014, 2026, 2038, 2040, 9999, 10000, 275760]) {
  for (const m of y === -271821 ? [5, 6] : [0, 6]) {
    const d = new Date(0);
    d.setUTCFullYear(y, m, y === 275760 ? 1 : 15);
    d.setUTCHours(12, 34, 56, 789);
    console.log(show(d));
  }
}

// Every 37 hours through 2026: both DST transitions of every zone.
let last = '';
for (let h = 0; h < 24 * 366; h += 37) {
  const d = new Date(Date.UTC(2026, 0, 1) + h * 3600e3 + 17 * 60e3);
  const off = d.getTimezoneOffset();
  if (String(off) !== last) console.log('offset change', show(d));
  last = String(off);
}

// Hour by hour around the 2026 transitions of the zones tested.
for (const start of [Date.UTC(2026, 2, 8, 0), Date.UTC(2026, 2, 29, 0), Date.UTC(2026, 3, 4, 12), Date.UTC(2026, 9, 3, 12), Date.UTC(2026, 9, 25, 0), Date.UTC(2026, 10, 1, 0)]) {
  for (let i = 0; i < 12; i++) {
    const d = new Date(start + i * 1800e3);
    console.log(d.getHours(), d.getMinutes(), d.getDate(), d.getDay(), d.getTimezoneOffset(), d.toTimeString());
  }
}

// Local-time construction in the gaps and folds (the offset before the transition applies).
for (const [y, m, dd] of [[2026, 2, 8], [2026, 2, 29], [2026, 10, 1], [2026, 9, 25], [2026, 3, 5], [2026, 9, 4], [1945, 3, 2]]) {
  for (let h = 0; h < 4; h++) {
    for (const mi of [0, 15, 30, 45]) {
      const d = new Date(y, m, dd, h, mi);
      console.log(`${y}-${m + 1}-${dd} ${h}:${mi} ->`, d.toISOString(), d.getHours(), d.getMinutes());
    }
  }
}

// Getters and the local string forms.
const d = new Date(2026, 11, 7, 17, 48, 20, 5);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getYear());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.toDateString(), '|', d.toTimeString(), '|', d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
console.log(String(d), `${d}`, d + '', d.toUTCString());
console.log(new Date(2026, 0, 1, 0, 0, 0).toLocaleString(), new Date(2026, 0, 1, 12, 0, 0).toLocaleTimeString(), new Date(-1, 0, 1).toLocaleString());

// Local setters, with rollover and across transitions.
const s = new Date(2026, 2, 28, 1, 30);
console.log(s.setDate(29), s.toString());
console.log(s.setHours(2, 30), s.toString());
console.log(s.setHours(26), s.toString());
console.log(s.setMinutes(-1), s.toString());
console.log(s.setMonth(9, 25), s.toString());
console.log(s.setHours(2, 30, 0, 0), s.toString());
console.log(s.setFullYear(1999, 1, 29), s.toString());
console.log(s.setSeconds(3600), s.toString());
console.log(s.setMilliseconds(-1), s.toString());
console.log(s.setYear(5), s.toString());
const n = new Date(NaN);
console.log(n.setFullYear(2026), n.toString());
console.log(new Date(NaN).setHours(1), new Date(NaN).getHours(), new Date(NaN).getTimezoneOffset());

// Local forms of Date.parse and of the constructor with a string.
for (const str of ['2026-07-04T12:00', '2026-07-04T12:00:00.5', '2026-07-04', 'Jul 4 2026', 'July 4, 2026 12:00:00', '7/4/2026', '7/4/2026 12:00 PM', 'Sat Jul 04 2026 12:00:00', 'Sat Jul 04 2026 12:00:00 GMT+0200', '2026/07/04 23:59:59', '4 Jul 2026 00:00', 'Thu Jan 01 1970 00:00:00', 'Mar 29 2026 02:30', 'Nov 1 2026 01:30']) {
  console.log(JSON.stringify(str), Date.parse(str), new Date(str).toString());
}
