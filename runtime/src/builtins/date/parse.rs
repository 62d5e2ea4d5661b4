//! `Date.parse` (ECMA-262 §21.4.3.2): the ES date-time string format, then
//! the legacy forms V8 (and so Node) accepts, with V8's rules.
//!
//! The string is read as tokens (numbers, words, signs, `:`, `.`, `)`,
//! whitespace; parenthesised text is skipped). First as much as possible is
//! read as an ES date-time string (`[+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|±hh:mm]]`,
//! plus V8's extensions: any number of fraction digits, `±hhmm`); if input
//! remains, the legacy rules continue from there:
//!
//! * words before the first number are ignored; after it, only month names
//!   (any word starting with a month's first three letters), `AM`/`PM`, the
//!   zone names `UT UTC GMT Z EST EDT CST CDT MST MDT PST PDT` and `T`;
//! * `n:` starts or continues a time (`h:m[:s[.ms]]`), `n.` after the
//!   minutes gives the seconds and milliseconds;
//! * a sign after a time or `UTC`/`GMT` starts an offset: `±h`, `±hh`,
//!   `±hmm`, `±hhmm` or `±hh:mm`;
//! * other numbers are day components: with a month name, day and year in
//!   either order (a component above 31 is the year); without one,
//!   month/day/year, or year/month/day when the first is above 31;
//!   two-digit years 0–49 are 2000–2049, 50–99 are 1950–1999;
//! * without an offset the time is local (date-only ES strings are UTC).
//!
//! This follows the behaviour of V8's `DateParser` (src/date/dateparser*),
//! checked against Node by the tests in `tests/programs/date/parse_*.js`.

use super::time::{make_date, make_day, make_time, time_clip};

/// A value component that was not given.
const NONE: i64 = i64::MAX;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Number {
        value: i64,
        len: usize,
    },
    Symbol(u16),
    /// A word: its kind and value (month number, hour offset, zone hours).
    Word(Word, i64, usize),
    Space,
    Unknown,
    End,
    Invalid,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    Month,
    AmPm,
    Zone,
    TimeSeparator,
    Other,
}

struct Scanner<'a> {
    s: &'a [u16],
    pos: usize,
    next: Tok,
}

fn is_space(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A
            | 0x0B
            | 0x0C
            | 0x0D
            | 0x20
            | 0xA0
            | 0x1680
            | 0x2028
            | 0x2029
            | 0x202F
            | 0x205F
            | 0x3000
            | 0xFEFF
    ) || (0x2000..=0x200A).contains(&c)
}

/// Looks a word (its lowercase first three letters and length) up.
fn keyword(pre: [u16; 3], len: usize) -> (Word, i64) {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let is = |w: &[u8]| {
        let mut p = [0u16; 3];
        for (i, &b) in w.iter().enumerate() {
            p[i] = b as u16;
        }
        p == pre
    };
    for (i, m) in MONTHS.iter().enumerate() {
        if is(*m) {
            return (Word::Month, i as i64 + 1);
        }
    }
    if len > 3 {
        return (Word::Other, 0);
    }
    let table: &[(&[u8], Word, i64)] = &[
        (b"am", Word::AmPm, 0),
        (b"pm", Word::AmPm, 12),
        (b"ut", Word::Zone, 0),
        (b"utc", Word::Zone, 0),
        (b"z", Word::Zone, 0),
        (b"gmt", Word::Zone, 0),
        (b"cdt", Word::Zone, -5),
        (b"cst", Word::Zone, -6),
        (b"edt", Word::Zone, -4),
        (b"est", Word::Zone, -5),
        (b"mdt", Word::Zone, -6),
        (b"mst", Word::Zone, -7),
        (b"pdt", Word::Zone, -7),
        (b"pst", Word::Zone, -8),
        (b"t", Word::TimeSeparator, 0),
    ];
    for &(w, kind, v) in table {
        if is(w) {
            return (kind, v);
        }
    }
    (Word::Other, 0)
}

impl<'a> Scanner<'a> {
    fn new(s: &'a [u16]) -> Self {
        let mut sc = Scanner {
            s,
            pos: 0,
            next: Tok::End,
        };
        sc.next = sc.scan();
        sc
    }

    fn ch(&self) -> u16 {
        self.s.get(self.pos).copied().unwrap_or(0)
    }

    fn scan(&mut self) -> Tok {
        let c = self.ch();
        if self.pos >= self.s.len() || c == 0 {
            return Tok::End;
        }
        if (b'0' as u16..=b'9' as u16).contains(&c) {
            let start = self.pos;
            let mut n: i64 = 0;
            while (b'0' as u16..=b'9' as u16).contains(&self.ch()) {
                // Only the first 9 digits count (V8); the rest are skipped.
                if self.pos - start < 9 {
                    n = n * 10 + (self.ch() - b'0' as u16) as i64;
                }
                self.pos += 1;
            }
            return Tok::Number {
                value: n,
                len: self.pos - start,
            };
        }
        if matches!(c, 0x3A | 0x2D | 0x2B | 0x2E | 0x29) {
            self.pos += 1;
            return Tok::Symbol(c);
        }
        if c >= b'A' as u16 {
            let mut pre = [0u16; 3];
            let mut len = 0;
            while self.ch() >= b'A' as u16 && self.pos < self.s.len() {
                if len < 3 {
                    let c = self.ch();
                    pre[len] = if (b'A' as u16..=b'Z' as u16).contains(&c) {
                        c + 32
                    } else {
                        c
                    };
                }
                len += 1;
                self.pos += 1;
            }
            let (kind, v) = keyword(pre, len);
            return Tok::Word(kind, v, len);
        }
        if is_space(c) {
            self.pos += 1;
            return Tok::Space;
        }
        if c == b'(' as u16 {
            let mut depth = 0;
            loop {
                match self.ch() {
                    0x29 => depth -= 1,
                    0x28 => depth += 1,
                    _ => {}
                }
                self.pos += 1;
                if depth <= 0 || self.pos >= self.s.len() {
                    break;
                }
            }
            return Tok::Unknown;
        }
        self.pos += 1;
        Tok::Unknown
    }

    fn next(&mut self) -> Tok {
        let t = self.next;
        self.next = self.scan();
        t
    }

    fn peek(&self) -> Tok {
        self.next
    }

    fn skip_symbol(&mut self, c: u8) -> bool {
        if self.next == Tok::Symbol(c as u16) {
            self.next = self.scan();
            true
        } else {
            false
        }
    }

    fn peek_number(&self, len: usize) -> Option<i64> {
        match self.next {
            Tok::Number { value, len: l } if l == len => Some(value),
            _ => None,
        }
    }
}

fn between(x: i64, lo: i64, hi: i64) -> bool {
    (lo..=hi).contains(&x)
}

#[derive(Default)]
struct Day {
    comp: Vec<i64>,
    named_month: Option<i64>,
    iso: bool,
}

impl Day {
    fn add(&mut self, n: i64) -> bool {
        if self.comp.len() < 3 {
            self.comp.push(n);
            true
        } else {
            false
        }
    }

    /// (year, month 0-based, day).
    fn write(&self) -> Option<(i64, i64, i64)> {
        if self.comp.is_empty() {
            return None;
        }
        let mut c = self.comp.clone();
        while c.len() < 3 {
            c.push(1);
        }
        let (mut year, month, day);
        match self.named_month {
            None => {
                if self.iso || !between(c[0], 1, 31) {
                    (year, month, day) = (c[0], c[1], c[2]);
                } else {
                    (month, day, year) = (c[0], c[1], c[2]);
                }
            }
            Some(m) => {
                month = m;
                if !between(c[0], 1, 31) {
                    (year, day) = (c[0], c[1]);
                } else {
                    (day, year) = (c[0], c[1]);
                }
            }
        }
        if !self.iso {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        if !between(month, 1, 12) || !between(day, 1, 31) {
            return None;
        }
        Some((year, month - 1, day))
    }
}

struct Time {
    comp: Vec<i64>,
    hour_offset: Option<i64>,
}

impl Time {
    fn is_empty(&self) -> bool {
        self.comp.is_empty()
    }
    fn add(&mut self, n: i64) -> bool {
        if self.comp.len() < 4 {
            self.comp.push(n);
            true
        } else {
            false
        }
    }
    fn add_final(&mut self, n: i64) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.comp.len() < 4 {
            self.comp.push(0);
        }
        true
    }
    fn expecting(&self, n: i64) -> bool {
        match self.comp.len() {
            1 | 2 => between(n, 0, 59),
            3 => between(n, 0, 999),
            _ => false,
        }
    }
    /// (hour, minute, second, ms).
    fn write(&self) -> Option<[i64; 4]> {
        let mut c = [0i64; 4];
        c[..self.comp.len()].copy_from_slice(&self.comp);
        if let Some(off) = self.hour_offset {
            if !between(c[0], 0, 12) {
                return None;
            }
            c[0] = c[0] % 12 + off;
        }
        let ok = between(c[0], 0, 23)
            && between(c[1], 0, 59)
            && between(c[2], 0, 59)
            && between(c[3], 0, 999);
        let midnight = c == [24, 0, 0, 0];
        if !ok && !midnight {
            return None;
        }
        Some(c)
    }
}

struct Zone {
    sign: i64,
    hour: i64,
    minute: i64,
}

impl Zone {
    fn set_hours(&mut self, h: i64) {
        self.sign = if h < 0 { -1 } else { 1 };
        self.hour = h.abs();
        self.minute = 0;
    }
    fn expecting(&self, n: i64) -> bool {
        self.hour != NONE && self.minute == NONE && between(n, 0, 59)
    }
    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }
    fn is_empty(&self) -> bool {
        self.hour == NONE
    }
    /// The offset in seconds, or None for local time.
    fn write(&self) -> Option<i64> {
        if self.sign == NONE {
            return None;
        }
        let h = if self.hour == NONE { 0 } else { self.hour };
        let m = if self.minute == NONE { 0 } else { self.minute };
        Some(self.sign * (h * 3600 + m * 60))
    }
}

/// The first three significant digits of a fraction token, as milliseconds.
fn millis(value: i64, len: usize) -> i64 {
    match len {
        1 => value * 100,
        2 => value * 10,
        3 => value,
        _ => {
            let len = len.min(9);
            value / 10i64.pow(len as u32 - 3)
        }
    }
}

/// Reads the ES date-time string form; returns the first token it did not
/// use (`Tok::End` when the whole string was one, `Tok::Invalid` when the
/// string cannot be a date).
fn parse_es(sc: &mut Scanner, day: &mut Day, time: &mut Time, tz: &mut Zone) -> Tok {
    if let Tok::Symbol(s @ (0x2B | 0x2D)) = sc.peek() {
        let sign_tok = sc.next();
        let Some(year) = sc.peek_number(6) else {
            return sign_tok;
        };
        // `-000000` is not a year; its digits are dropped (V8 reads on after them).
        sc.next();
        if s == 0x2D && year == 0 {
            return sign_tok;
        }
        day.add(if s == 0x2D { -year } else { year });
    } else if let Some(year) = sc.peek_number(4) {
        sc.next();
        day.add(year);
    } else {
        return sc.next();
    }
    if sc.skip_symbol(b'-') {
        match sc.peek_number(2) {
            Some(m) if between(m, 1, 12) => {
                sc.next();
                day.add(m);
            }
            _ => return sc.next(),
        }
        if sc.skip_symbol(b'-') {
            match sc.peek_number(2) {
                Some(d) if between(d, 1, 31) => {
                    sc.next();
                    day.add(d);
                }
                _ => return sc.next(),
            }
        }
    }
    if !matches!(sc.peek(), Tok::Word(Word::TimeSeparator, _, _)) {
        if sc.peek() != Tok::End {
            return sc.next();
        }
    } else {
        sc.next();
        let Some(h) = sc.peek_number(2).filter(|&h| between(h, 0, 24)) else {
            return Tok::Invalid;
        };
        let h24 = h == 24;
        sc.next();
        time.add(h);
        if !sc.skip_symbol(b':') {
            return Tok::Invalid;
        }
        let Some(m) = sc
            .peek_number(2)
            .filter(|&m| between(m, 0, 59) && !(h24 && m > 0))
        else {
            return Tok::Invalid;
        };
        sc.next();
        time.add(m);
        if sc.skip_symbol(b':') {
            let Some(s) = sc
                .peek_number(2)
                .filter(|&s| between(s, 0, 59) && !(h24 && s > 0))
            else {
                return Tok::Invalid;
            };
            sc.next();
            time.add(s);
            if sc.skip_symbol(b'.') {
                let Tok::Number { value, len } = sc.peek() else {
                    return Tok::Invalid;
                };
                if h24 && value > 0 {
                    return Tok::Invalid;
                }
                sc.next();
                time.add(millis(value, len));
            }
        }
        match sc.peek() {
            Tok::Word(Word::Zone, 0, 1) => {
                sc.next();
                tz.set_hours(0);
            }
            Tok::Symbol(s @ (0x2B | 0x2D)) => {
                sc.next();
                tz.sign = if s == 0x2B { 1 } else { -1 };
                if let Some(hm) = sc.peek_number(4) {
                    sc.next();
                    let (h, m) = (hm / 100, hm % 100);
                    if !between(h, 0, 23) || !between(m, 0, 59) {
                        return Tok::Invalid;
                    }
                    tz.hour = h;
                    tz.minute = m;
                } else {
                    let Some(h) = sc.peek_number(2).filter(|&h| between(h, 0, 23)) else {
                        return Tok::Invalid;
                    };
                    sc.next();
                    tz.hour = h;
                    if !sc.skip_symbol(b':') {
                        return Tok::Invalid;
                    }
                    let Some(m) = sc.peek_number(2).filter(|&m| between(m, 0, 59)) else {
                        return Tok::Invalid;
                    };
                    sc.next();
                    tz.minute = m;
                }
            }
            _ => {}
        }
        if sc.peek() != Tok::End {
            return Tok::Invalid;
        }
    }
    if tz.is_empty() && time.is_empty() {
        tz.set_hours(0);
    }
    day.iso = true;
    Tok::End
}

/// The fields of a date string: (year, month, day, hour, minute, second,
/// ms, offset in seconds or None for local time), or None if it is not a date.
type Parsed = ([i64; 7], Option<i64>);

fn parse_fields(s: &[u16]) -> Option<Parsed> {
    let mut sc = Scanner::new(s);
    let mut day = Day::default();
    let mut time = Time {
        comp: Vec::new(),
        hour_offset: None,
    };
    let mut tz = Zone {
        sign: NONE,
        hour: NONE,
        minute: NONE,
    };
    let mut tok = parse_es(&mut sc, &mut day, &mut time, &mut tz);
    if tok == Tok::Invalid {
        return None;
    }
    let mut has_number = !day.comp.is_empty();
    while tok != Tok::End {
        match tok {
            Tok::Number { value: n, .. } => {
                has_number = true;
                if sc.skip_symbol(b':') {
                    if sc.skip_symbol(b':') {
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if sc.peek() == Tok::Symbol(b'.' as u16) {
                            sc.next();
                        }
                    }
                } else if sc.skip_symbol(b'.') && time.expecting(n) {
                    time.add(n);
                    let Tok::Number { value, len } = sc.peek() else {
                        return None;
                    };
                    sc.next();
                    time.add_final(millis(value, len));
                } else if tz.expecting(n) {
                    tz.minute = n;
                } else if time.expecting(n) {
                    time.add_final(n);
                    if !matches!(
                        sc.peek(),
                        Tok::End
                            | Tok::Space
                            | Tok::Word(Word::Zone, 0, 1)
                            | Tok::Symbol(0x2B | 0x2D)
                    ) {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    sc.skip_symbol(b'-');
                }
            }
            Tok::Word(kind, value, _) => match kind {
                Word::AmPm if !time.is_empty() => time.hour_offset = Some(value),
                Word::Month => {
                    day.named_month = Some(value);
                    sc.skip_symbol(b'-');
                }
                Word::Zone if has_number => tz.set_hours(value),
                _ => {
                    if has_number || matches!(sc.peek(), Tok::Number { .. }) {
                        return None;
                    }
                }
            },
            Tok::Symbol(s @ (0x2B | 0x2D)) if tz.is_utc() || !time.is_empty() => {
                tz.sign = if s == 0x2B { 1 } else { -1 };
                let (mut n, mut len) = (0, 0);
                if let Tok::Number { value, len: l } = sc.peek() {
                    sc.next();
                    n = value;
                    len = l;
                }
                has_number = true;
                if sc.peek() == Tok::Symbol(b':' as u16) {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if len == 1 || len == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if len == 3 || len == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            Tok::Symbol(0x2B | 0x2D | 0x29) if has_number => return None,
            _ => {}
        }
        tok = sc.next();
    }
    let (y, mo, d) = day.write()?;
    let [h, mi, s, ms] = time.write()?;
    Some(([y, mo, d, h, mi, s, ms], tz.write()))
}

/// Date.parse(string): the time value of `s`, or NaN.
pub fn parse(s: &[u16], utc: impl Fn(f64) -> f64) -> f64 {
    let Some((f, offset)) = parse_fields(s) else {
        return f64::NAN;
    };
    let day = make_day(f[0] as f64, f[1] as f64, f[2] as f64);
    let time = make_time(f[3] as f64, f[4] as f64, f[5] as f64, f[6] as f64);
    let date = make_date(day, time);
    let t = match offset {
        None => {
            if date.abs() > 8.64e15 + 8.64e8 {
                return f64::NAN;
            }
            utc(date)
        }
        Some(o) => date - o as f64 * 1000.0,
    };
    time_clip(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> f64 {
        let u: Vec<u16> = s.encode_utf16().collect();
        parse(&u, |t| t)
    }

    #[test]
    fn forms() {
        assert_eq!(p("2026-01-15"), 1768435200000.0);
        assert_eq!(p("2026-01-15T10:00"), 1768471200000.0);
        assert_eq!(
            p("Thu Jan 15 2026 12:00:00 GMT+0100 (CET)"),
            1768474800000.0
        );
        assert_eq!(p("Thu, 15 Jan 2026 11:00:00 GMT"), 1768474800000.0);
        assert_eq!(p("1/15/2026, 1:05:07 PM"), 1768482307000.0);
        assert_eq!(p("Jan 15 2026 10:00 EST"), 1768489200000.0);
        assert_eq!(p("Jan 15 2026 10:00 UTC+05:30"), 1768451400000.0);
        assert_eq!(p("2026-01-15T10:00:00.123456Z"), 1768471200123.0);
        assert_eq!(p("Jan 5"), 978652800000.0);
        assert!(p("foo").is_nan());
        assert!(p("2026-13-01").is_nan());
        assert!(p("12:00").is_nan());
        assert!(p("-000000-01-01T00:00:00Z").is_nan());
    }
}
