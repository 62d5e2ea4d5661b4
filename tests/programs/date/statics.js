// kiln-test: env TZ=Asia/Kolkata
// Date.UTC, Date.now and Date.parse's ES date-time string forms (in a zone
// other than UTC: date-only forms are UTC, date-time forms local).
console.log(Date.UTC(2026), Date.UTC(2026, 0), Date.UTC(2026, 11, 7, 17, 48, 20, 5), Date.UTC(), Date.UTC(NaN));
console.log(Date.UTC(99), Date.UTC(100), Date.UTC(0, 0, 1), Date.UTC(-1, 0), Date.UTC(2026, 24), Date.UTC(2026, 0, 1, 25, 61, 61, 1001));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(2026.9, 0.9), Date.UTC('2026', '5'));
console.log(Date.UTC.length, Date.parse.length, Date.now.length, Date.UTC.name, Date.now.name);
const t0 = Date.now();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const t1 = Date.now();
const d = new Date();
console.log(typeof t0, Number.isInteger(t0), t1 >= t0, d.getTime() >= t1, d - t0 >= 0, t0 > 1.7e12);
for (const s of [
  '2026', '2026-07', '2026-07-04', '+002026-07-04', '-000001-01-01', '+275760-09-13', '+275760-09-14', '-271821-04-20', '-271821-04-19',
  '2026-07-04T12:00', '2026-07-04T12:00:30', '2026-07-04T12:00:30.1', '2026-07-04T12:00:30.12', '2026-07-04T12:00:30.123', '2026-07-04T12:00:30.1239',
  '2026-07-04T12:00Z', '2026-07-04T12:00+05:30', '2026-07-04T12:00-0800', '2026-07-04T24:00', '2026-07-04T24:00:01', '2026-07-04T23:60',
  '2026-07-04t12:00z', '2026-07-04 12:00', '2026-07-04T12', '2026-7-4', '2026-07-32', '2026-00-10', '2026-02-31', '20260704', '-000000-01-01',
  '2026-07-04T12:00:00.000+25:00', '2026-07-04T12:00:00Z ', ' 2026-07-04', '2026-07-04T12:00:00.Z', '2026-07-04T12:00:00.000ZZ',
]) {
  console.log(JSON.stringify(s), Date.parse(s));
}
console.log(Date.parse(), Date.parse(undefined), Date.parse(null), Date.parse(0), Date.parse({ toString() { return '2026-01-01'; } }));
