//! Time values (ECMA-262 §21.4.1): days and times within a day, the civil
//! calendar (proleptic Gregorian) of a time value, MakeDay/MakeTime/MakeDate,
//! TimeClip, and the fixed string forms (`toISOString`, `toUTCString`, the
//! date and time parts of `toString`).
//!
//! Pure `f64`/`i64` arithmetic, no time zones (`zone.rs` adds those).

pub const MS_PER_DAY: f64 = 86_400_000.0;
pub const MS_PER_HOUR: f64 = 3_600_000.0;
pub const MS_PER_MINUTE: f64 = 60_000.0;
pub const MS_PER_SECOND: f64 = 1000.0;
/// The largest time value's magnitude (±100,000,000 days from the epoch).
pub const MAX_TIME: f64 = 8.64e15;

pub const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The civil fields of a (finite, clipped) time value, as `Date`'s getters see them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fields {
    pub year: i64,
    /// 0-based.
    pub month: i64,
    /// 1-based day of the month.
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub ms: i64,
    /// 0 = Sunday.
    pub weekday: i64,
}

/// Days from 1970-01-01 to `y-m-d` (month 1-based), proleptic Gregorian
/// (the civil-from-days inverse of Howard Hinnant's algorithms).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1-based, day) of day number `z` (days since the epoch).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The fields of finite time value `t`.
pub fn fields(t: f64) -> Fields {
    let t = t as i64;
    let day = t.div_euclid(86_400_000);
    let ms_in_day = t.rem_euclid(86_400_000);
    let (year, month, d) = civil_from_days(day);
    Fields {
        year,
        month: month - 1,
        day: d,
        hour: ms_in_day / 3_600_000,
        minute: ms_in_day / 60_000 % 60,
        second: ms_in_day / 1000 % 60,
        ms: ms_in_day % 1000,
        weekday: (day + 4).rem_euclid(7),
    }
}

/// ToIntegerOrInfinity of a number.
fn integer(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.trunc() + 0.0
    }
}

/// MakeDay(year, month, date) (§21.4.1.28).
pub fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !year.is_finite() || !month.is_finite() || !date.is_finite() {
        return f64::NAN;
    }
    let (y, m, dt) = (integer(year), integer(month), integer(date));
    let ym = y + (m / 12.0).floor();
    // Beyond these the result is outside the time-value range anyway (and
    // would overflow the integer calendar arithmetic).
    if ym.abs() > 1.0e6 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0) as i64;
    days_from_civil(ym as i64, mn + 1, 1) as f64 + dt - 1.0
}

/// MakeTime(hour, min, sec, ms) (§21.4.1.27).
pub fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !h.is_finite() || !m.is_finite() || !s.is_finite() || !ms.is_finite() {
        return f64::NAN;
    }
    integer(h) * MS_PER_HOUR + integer(m) * MS_PER_MINUTE + integer(s) * MS_PER_SECOND + integer(ms)
}

/// MakeDate(day, time) (§21.4.1.29).
pub fn make_date(day: f64, time: f64) -> f64 {
    if !day.is_finite() || !time.is_finite() {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() {
        tv
    } else {
        f64::NAN
    }
}

/// TimeClip(time) (§21.4.1.31).
pub fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > MAX_TIME {
        return f64::NAN;
    }
    integer(t)
}

/// The year as `toString`/`toUTCString` print it: at least 4 digits, `-` when negative.
fn year_text(y: i64) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// `Thu Jan 15 2026` (the date part of `toString`, `toDateString`).
pub fn date_text(f: &Fields) -> String {
    format!(
        "{} {} {:02} {}",
        WEEKDAYS[f.weekday as usize],
        MONTHS[f.month as usize],
        f.day,
        year_text(f.year)
    )
}

/// `12:00:00` (the time part of `toString`, `toTimeString`).
pub fn time_text(f: &Fields) -> String {
    format!("{:02}:{:02}:{:02}", f.hour, f.minute, f.second)
}

/// `GMT+0100`: an offset in milliseconds, as hours and minutes (seconds dropped).
pub fn offset_text(offset_ms: i64) -> String {
    let minutes = offset_ms / 60_000;
    let sign = if minutes < 0 { '-' } else { '+' };
    let a = minutes.abs();
    format!("GMT{sign}{:02}{:02}", a / 60, a % 60)
}

/// `toUTCString`: `Thu, 15 Jan 2026 11:00:00 GMT`.
pub fn utc_text(t: f64) -> String {
    let f = fields(t);
    format!(
        "{}, {:02} {} {} {} GMT",
        WEEKDAYS[f.weekday as usize],
        f.day,
        MONTHS[f.month as usize],
        year_text(f.year),
        time_text(&f)
    )
}

/// `toISOString`: `2026-01-15T11:00:00.000Z`, six-digit signed years outside 0..=9999.
pub fn iso_text(t: f64) -> String {
    let f = fields(t);
    let year = if (0..=9999).contains(&f.year) {
        format!("{:04}", f.year)
    } else if f.year < 0 {
        format!("-{:06}", -f.year)
    } else {
        format!("+{:06}", f.year)
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f.month + 1,
        f.day,
        f.hour,
        f.minute,
        f.second,
        f.ms
    )
}

/// The `en-US` date part of `toLocale(Date)String`: `1/15/2026` (ICU prints
/// years before 1 as era years, 1 - year, without the era).
pub fn locale_date_text(f: &Fields) -> String {
    let year = if f.year <= 0 { 1 - f.year } else { f.year };
    format!("{}/{}/{}", f.month + 1, f.day, year)
}

/// The `en-US` time part of `toLocale(Time)String`: `1:05:07 PM`.
pub fn locale_time_text(f: &Fields) -> String {
    let h12 = match f.hour % 12 {
        0 => 12,
        h => h,
    };
    let ampm = if f.hour < 12 { "AM" } else { "PM" };
    format!("{h12}:{:02}:{:02} {ampm}", f.minute, f.second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for z in [
            -719_468 - 400,
            -1,
            0,
            1,
            59,
            60,
            10_957,
            2_932_896,
            -100_000_000,
            100_000_000,
        ] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn iso_extremes() {
        assert_eq!(iso_text(8.64e15), "+275760-09-13T00:00:00.000Z");
        assert_eq!(iso_text(-8.64e15), "-271821-04-20T00:00:00.000Z");
        assert_eq!(iso_text(-1.0), "1969-12-31T23:59:59.999Z");
    }
}
