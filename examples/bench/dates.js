// Date formatting and getters (issue #20's benchmark): 10^6 dates an hour
// apart and a minute, each printed with toISOString and read with the local
// and UTC getters (in whatever TZ both engines run with; DST zones included).
let len = 0;
let sum = 0;
const t0 = Date.UTC(2026, 0, 1);
for (let i = 0; i < 1000000; i++) {
  const d = new Date(t0 + i * 3661001);
  len += d.toISOString().length;
  sum += d.getFullYear() + d.getMonth() + d.getDate() + d.getHours() + d.getMinutes() + d.getUTCDay();
}
console.log(len, sum);
