//! Local time: the offset of the process's time zone at an instant (LocalTZA,
//! ECMA-262 §21.4.1.25), UTC(t) of a local time, and the long zone name Node
//! prints in `toString`'s parentheses.
//!
//! The zone comes from the system tz database through the `jiff` crate
//! (`TimeZone::system()`: honours `TZ` — an IANA name, a TZif path or a POSIX
//! rule — else `/etc/localtime`; reads `/usr/share/zoneinfo`). jiff is used
//! because it is a maintained, pure-Rust tz implementation with exact
//! transitions (historical offsets, DST, fractional local mean time) and
//! the gap/fold classification the spec needs; the calendar arithmetic stays
//! in `time.rs` (Date's range, ±275,760 years, is wider than jiff's ±9999;
//! instants beyond jiff's range take the offset at its nearest end).
//!
//! Long names: Node asks ICU for the zone's CLDR "long" name, standard or
//! daylight. `zone_names.rs` holds those names for every zone file of the tz
//! database, generated from Node's ICU (`scripts/gen-zone-names.js`); a zone
//! without a CLDR name (`Etc/GMT-3`, an unknown `TZ`) prints ICU's fallback
//! `GMT+03:00`, as Node does. [`name_at`] says which of the two names applies.

use super::zone_names::ZONE_NAMES;
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::Timestamp;
use std::cell::{Cell, RefCell};

thread_local! {
    /// The local zone and the name its CLDR long names are looked up by.
    static ZONE: RefCell<Option<(TimeZone, Option<String>)>> = const { RefCell::new(None) };
    /// The last (time value, offset ms) looked up: `Date`'s getters ask for
    /// the same instant several times in a row.
    static LAST: Cell<(f64, i64)> = const { Cell::new((f64::NAN, 0)) };
}

/// The local zone as Node finds it: `TZ` unset is the system's zone; an
/// IANA name is looked up in the tz database; a TZif path (`/…`, `:/…`)
/// is read but has no CLDR name (Node prints `GMT+01:00`); the empty
/// string and unknown names are UTC without a name (`GMT+00:00`), and a
/// POSIX rule (`EST5EDT,M3.2.0,M11.1.0`) is UTC, which ICU names
/// "Coordinated Universal Time".
fn local_zone() -> (TimeZone, Option<String>) {
    let Some(tz) = std::env::var_os("TZ") else {
        let z = TimeZone::system();
        let name = z.iana_name().map(str::to_owned);
        return (z, name);
    };
    let tz = tz.to_string_lossy().into_owned();
    if tz.starts_with('/') || tz.starts_with(':') {
        return (TimeZone::system(), None);
    }
    match TimeZone::get(&tz) {
        Ok(z) => (z, Some(tz)),
        Err(_) if tz.contains(|c: char| c.is_ascii_digit() || c == ',') => {
            (TimeZone::UTC, Some("UTC".to_owned()))
        }
        Err(_) => (TimeZone::UTC, None),
    }
}

fn with_zone<R>(f: impl FnOnce(&TimeZone) -> R) -> R {
    ZONE.with(|z| {
        let mut z = z.borrow_mut();
        let (tz, _) = z.get_or_insert_with(local_zone);
        f(tz)
    })
}

/// The name the local zone's CLDR names are found by, if it has one.
fn zone_name() -> Option<String> {
    with_zone(|_| ());
    ZONE.with(|z| z.borrow().as_ref().and_then(|(_, n)| n.clone()))
}

/// The timestamp of time value `t` (ms) for the zone's rules: below jiff's
/// range (year -9999) the earliest offset holds; above it (year 9999), the
/// rules of an equivalent recent year (as V8 and ICU continue them).
fn timestamp(t: f64) -> Timestamp {
    let lo = Timestamp::MIN.as_millisecond();
    let hi = Timestamp::MAX.as_millisecond();
    let t = if t > hi as f64 { equivalent_time(t) } else { t };
    let ms = (t as i64).clamp(lo, hi);
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

fn offset_in_ms(t: f64) -> i64 {
    with_zone(|tz| tz.to_offset(timestamp(t)).seconds() as i64 * 1000)
}

/// The local zone's offset from UTC, in ms, at finite time value `t` (UTC).
pub fn offset_at(t: f64) -> i64 {
    let (lt, lo) = LAST.with(Cell::get);
    if lt == t {
        return lo;
    }
    let o = with_zone(|tz| tz.to_offset(timestamp(t)).seconds() as i64 * 1000);
    LAST.with(|c| c.set((t, o)));
    o
}

/// LocalTime(t): `t` plus the offset at `t`.
pub fn local_time(t: f64) -> f64 {
    t + offset_at(t) as f64
}

/// UTC(t) (§21.4.1.26): the instant whose local time is finite `t`. In a
/// gap (a skipped hour) and in a fold (a repeated hour) the offset before
/// the transition applies, as the spec and V8 do.
pub fn utc(t: f64) -> f64 {
    if !t.is_finite() {
        return f64::NAN;
    }
    let f = super::time::fields(t.clamp(-8.64e15 - 8.64e7, 8.64e15 + 8.64e7));
    let year = f.year.clamp(-9999, 9999);
    let dt = jiff::civil::DateTime::new(
        year as i16,
        f.month as i8 + 1,
        f.day as i8,
        f.hour as i8,
        f.minute as i8,
        f.second as i8,
        0,
    );
    let offset = match dt {
        Ok(dt) if year == f.year => with_zone(|tz| match tz.to_ambiguous_timestamp(dt).offset() {
            AmbiguousOffset::Unambiguous { offset } => offset,
            AmbiguousOffset::Gap { before, .. } | AmbiguousOffset::Fold { before, .. } => before,
        }),
        _ => with_zone(|tz| tz.to_offset(timestamp(t))),
    };
    t - offset.seconds() as f64 * 1000.0
}

/// The last instant whose zone name V8 takes from the instant itself
/// (2^31 - 1 seconds after the epoch); see [`equivalent_time`].
const MAX_EPOCH_MS: f64 = 2_147_483_647_000.0;

/// V8 names the zone of an instant before 1970 or after 2038 by whether an
/// "equivalent" instant is in daylight time: the same month, day and time in
/// a year of 2008–2035 that is a leap year when the instant's year is and
/// starts on the same weekday. (So Node prints "Central European Summer
/// Time" for a July day of 1900, when Berlin had no DST.)
fn equivalent_time(t: f64) -> f64 {
    let f = super::time::fields(t);
    let leap = (f.year % 4 == 0 && f.year % 100 != 0) || f.year % 400 == 0;
    let jan1 = super::time::days_from_civil(f.year, 1, 1);
    let weekday = (jan1 + 4).rem_euclid(7);
    let recent = if leap { 1956 } else { 1967 } + (weekday * 12) % 28;
    let year = 2008 + (recent + 3 * 28 - 2008) % 28;
    let days = super::time::days_from_civil(year, f.month + 1, f.day);
    days as f64 * super::time::MS_PER_DAY + t.rem_euclid(super::time::MS_PER_DAY)
}

/// The long name of the local zone at finite time value `t`, whose offset is
/// `offset_ms`: `Central European Standard Time`. Standard or daylight
/// time as ICU decides it: an offset above the smaller of the year's
/// January and July offsets (so Dublin's negative DST and London's
/// all-year British Standard Time of 1968–71 are named as Node names them).
pub fn name_at(t: f64, offset_ms: i64) -> String {
    let iana = zone_name();
    if let Some(name) = iana {
        if let Ok(i) = ZONE_NAMES.binary_search_by(|e| e.0.cmp(name.as_str())) {
            let (_, std, dst) = ZONE_NAMES[i];
            let t = if (0.0..=MAX_EPOCH_MS).contains(&t) {
                t
            } else {
                equivalent_time(t)
            };
            // Daylight time: an offset above the year's standard offset
            // (the smaller of its January and July offsets).
            let year = super::time::fields(t).year;
            let at = |m: i64| {
                let day = super::time::days_from_civil(year, m, 1) as f64;
                offset_in_ms(day * super::time::MS_PER_DAY)
            };
            let daylight = offset_in_ms(t) > at(1).min(at(7));
            return if daylight { dst } else { std }.to_owned();
        }
    }
    let minutes = offset_ms / 60_000;
    let sign = if minutes < 0 { '-' } else { '+' };
    let a = minutes.abs();
    format!("GMT{sign}{:02}:{:02}", a / 60, a % 60)
}

/// The offset of zone `tz` (not the local one) at finite time value `t`, in ms.
pub fn offset_in(tz: &TimeZone, t: f64) -> i64 {
    tz.to_offset(timestamp(t)).seconds() as i64 * 1000
}
