// kiln-test: env TZ=America/New_York
// toLocaleString / toLocaleDateString / toLocaleTimeString in the default
// en-US locale, with an explicit en-US locale and with the timeZone option.
const dates = [Date.UTC(2026, 11, 7, 17, 48, 20), Date.UTC(2026, 0, 1, 0, 0, 0), Date.UTC(2026, 6, 4, 12, 5, 9), Date.UTC(1999, 11, 31, 23, 59, 59), Date.UTC(1, 0, 1), Date.UTC(0, 5, 1), Date.UTC(-5, 5, 1), Date.UTC(12345, 0, 1)];
for (const t of dates) {
  const d = new Date(t);
  console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
  console.log(d.toLocaleString('en-US'), '|', d.toLocaleString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleDateString(undefined, { timeZone: 'Asia/Tokyo' }), '|', d.toLocaleTimeString('en-US', { timeZone: 'Asia/Kolkata' }));
}
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString());
console.log(new Date(0).toLocaleString(['en-US']), new Date(0).toLocaleString('en-US', {}), new Date(0).toLocaleString(undefined, { timeZone: 'Europe/Berlin' }));
try { new Date(0).toLocaleString('en-US', { timeZone: 'Mars/Olympus' }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toLocaleString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toLocaleString.length, Date.prototype.toLocaleDateString.length, Date.prototype.toLocaleTimeString.length);
