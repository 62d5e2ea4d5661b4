// A TZif file path as TZ: the zone's offsets, no CLDR name (Node prints GMT+09:00).
// kiln-test: env TZ=:/usr/share/zoneinfo/Asia/Tokyo
console.log(new Date(0).toString(), new Date(Date.UTC(2026, 6, 1)).toTimeString());
