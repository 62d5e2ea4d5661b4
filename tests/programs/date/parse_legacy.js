// kiln-test: env TZ=America/New_York
// Date.parse of the legacy forms V8 accepts (toString/toUTCString output,
// month names, slashes, AM/PM, zone names and offsets) and of what it rejects.
const forms = [
  'Thu Jan 15 2026 12:00:00 GMT+0100 (Central European Standard Time)', 'Thu Jan 15 2026 12:00:00 GMT+0100', 'Thu Jan 15 2026 12:00:00',
  'Thu, 15 Jan 2026 11:00:00 GMT', 'Thu, 15 Jan 2026 11:00:00 UTC', 'Thu, 15 Jan 2026 11:00:00 Z', '15 Jan 2026 11:00 UT',
  'Jan 15 2026', 'Jan 15, 2026', 'January 15, 2026', 'JANUARY 15 2026', 'janvier 15 2026', 'Ja 15 2026', '15 Jan 2026', '2026 Jan 15', 'Jan 2026 15', '15-Jan-2026', 'Jan-15-2026',
  '1/15/2026', '01/15/2026', '1/15/26', '1/15/76', '1/15/99', '1/15/100', '2026/1/15', '2026/01/15 10:20:30', '15/1/2026', '1/32/2026', '13/1/2026',
  '1/15/2026 10:20', '1/15/2026 10:20:30', '1/15/2026 10:20:30.456', '1/15/2026 10:20:30.4', '1/15/2026 10:20:30.4567', '1/15/2026 10:20 AM', '1/15/2026 10:20 PM',
  '1/15/2026 12:00 AM', '1/15/2026 12:00 PM', '1/15/2026 13:00 PM', '1/15/2026 0:00 am', '1/15/2026 24:00', '1/15/2026 24:01', '1/15/2026 10::',
  'Jan 15 2026 10:00 EST', 'Jan 15 2026 10:00 EDT', 'Jan 15 2026 10:00 CST', 'Jan 15 2026 10:00 CDT', 'Jan 15 2026 10:00 MST', 'Jan 15 2026 10:00 MDT', 'Jan 15 2026 10:00 PST', 'Jan 15 2026 10:00 PDT',
  'Jan 15 2026 10:00 GMT+5', 'Jan 15 2026 10:00 GMT-05', 'Jan 15 2026 10:00 GMT+530', 'Jan 15 2026 10:00 GMT+0530', 'Jan 15 2026 10:00 UTC+05:30', 'Jan 15 2026 10:00 +0200', 'Jan 15 2026 10:00 -02:00', 'Jan 15 2026 10:00 GMT+12345',
  'Jan 15 2026 10:00 (comment) GMT', 'Jan 15 2026 (a (nested) comment) 10:00', 'Thursday, January 15, 2026 10:00:00 AM', 'Thu Jan 15 10:00:00 2026', 'Jan 15 10:00 2026',
  'Jan 5', '5 Jan', 'Jan', '2026', '12:00', 'foo', 'foo 2026', 'foo2026', '2026 foo', 'Jan 15 2026 foo', 'Jan 15 2026 10:00 XYZ', '', ' ', '1 2 3 4', '1.2.2026', '2026.01.15',
  'Jan 15 2026 10:00 +', 'Jan 15 2026 -', 'Jan 15 2026)', '(Jan 15 2026', 'Jan 15 2026 T10:00', '2026-01-15 10:00:00', '2026-01-15 10:00:00 GMT', '2026-01-15T10:00:00 GMT',
  '2026-1-15', '2026-01-15T10:00:00+01', 'Jan 15 -2026', 'Jan 15 +2026', 'Jan 15 1969 23:59:59', 'Dec 31 1969 19:00:00 EST', 'Mar 8 2026 02:30', 'Nov 1 2026 01:30', 'Jan 15 2026 10:00 am', '   Jan    15    2026   ',
];
for (const s of forms) console.log(JSON.stringify(s), Date.parse(s));
// Round trips of kiln's own string forms.
const d = new Date(2026, 6, 4, 3, 2, 1);
for (const s of [d.toString(), d.toUTCString(), d.toISOString(), d.toDateString(), d.toLocaleString(), d.toLocaleDateString(), String(new Date(1e15))]) {
  console.log(JSON.stringify(s), Date.parse(s));
}
