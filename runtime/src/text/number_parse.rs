//! String to number: StringToNumber (the spec grammar), `parseFloat` and
//! `parseInt` (V8's algorithms, including its rounding for power-of-two radices).

use crate::text::string::{is_js_space, trim, trim_start};

fn is_digit(c: u16) -> bool {
    (b'0' as u16..=b'9' as u16).contains(&c)
}

/// The value of `c` as a digit in `radix` (2..=36), if it is one.
fn digit_value(c: u16, radix: u32) -> Option<u32> {
    let d = match c {
        0x30..=0x39 => c as u32 - 0x30,
        0x61..=0x7A => c as u32 - 0x61 + 10,
        0x41..=0x5A => c as u32 - 0x41 + 10,
        _ => return None,
    };
    (d < radix).then_some(d)
}

fn starts_with(units: &[u16], s: &str) -> bool {
    units.len() >= s.len() && s.bytes().zip(units).all(|(b, &u)| b as u16 == u)
}

/// Length of the longest prefix of `units` that is a StrUnsignedDecimalLiteral
/// other than `Infinity` (digits, optional fraction, optional exponent).
fn decimal_prefix(units: &[u16]) -> usize {
    let mut i = 0;
    let int_digits = units.iter().take_while(|&&c| is_digit(c)).count();
    i += int_digits;
    let mut frac_digits = 0;
    if units.get(i) == Some(&(b'.' as u16)) {
        frac_digits = units[i + 1..].iter().take_while(|&&c| is_digit(c)).count();
        if int_digits == 0 && frac_digits == 0 {
            return 0;
        }
        i += 1 + frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return 0;
    }
    if matches!(units.get(i), Some(&c) if c == b'e' as u16 || c == b'E' as u16) {
        let mut j = i + 1;
        if matches!(units.get(j), Some(&c) if c == b'+' as u16 || c == b'-' as u16) {
            j += 1;
        }
        let exp_digits = units[j.min(units.len())..]
            .iter()
            .take_while(|&&c| is_digit(c))
            .count();
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    i
}

/// Converts a validated decimal literal (ASCII digits, '.', exponent) to f64,
/// correctly rounded.
fn decimal_value(units: &[u16]) -> f64 {
    let s: String = units.iter().map(|&c| c as u8 as char).collect();
    // Rust's parser accepts this whole grammar (`5.`, `.5`, `1e5`, huge exponents).
    s.parse::<f64>().unwrap_or(f64::NAN)
}

/// Parses a signed decimal literal or `Infinity` at the start of `units`;
/// returns the value and the length consumed (0 if none).
fn signed_decimal_prefix(units: &[u16]) -> (f64, usize) {
    let (neg, rest, sign_len) = match units.first() {
        Some(&c) if c == b'-' as u16 => (true, &units[1..], 1),
        Some(&c) if c == b'+' as u16 => (false, &units[1..], 1),
        _ => (false, units, 0),
    };
    let (v, n) = if starts_with(rest, "Infinity") {
        (f64::INFINITY, 8)
    } else {
        let n = decimal_prefix(rest);
        if n == 0 {
            return (f64::NAN, 0);
        }
        (decimal_value(&rest[..n]), n)
    };
    (if neg { -v } else { v }, sign_len + n)
}

/// Parses digits of a power-of-two radix exactly as V8 does (round half to
/// even on the 53-bit boundary). `units` must be non-empty valid digits up to
/// the first non-digit, which ends the number.
fn power_of_two_radix(units: &[u16], log2: u32) -> f64 {
    let radix = 1u32 << log2;
    let mut number: i64 = 0;
    let mut exponent: i32 = 0;
    let mut i = 0;
    while i < units.len() {
        let Some(d) = digit_value(units[i], radix) else {
            break;
        };
        number = number * radix as i64 + d as i64;
        let mut overflow = (number >> 53) as i32;
        if overflow != 0 {
            let mut overflow_bits = 1;
            while overflow > 1 {
                overflow_bits += 1;
                overflow >>= 1;
            }
            let dropped_mask = (1i64 << overflow_bits) - 1;
            let dropped = number & dropped_mask;
            number >>= overflow_bits;
            exponent = overflow_bits;
            let mut zero_tail = true;
            loop {
                i += 1;
                if i == units.len() || digit_value(units[i], radix).is_none() {
                    break;
                }
                zero_tail = zero_tail && units[i] == b'0' as u16;
                exponent += log2 as i32;
            }
            let middle = 1i64 << (overflow_bits - 1);
            if dropped > middle || (dropped == middle && ((number & 1) != 0 || !zero_tail)) {
                number += 1;
            }
            if number & (1i64 << 53) != 0 {
                exponent += 1;
                number >>= 1;
            }
            break;
        }
        i += 1;
    }
    let v = number as f64;
    if exponent == 0 {
        v
    } else {
        v * 2f64.powi(exponent)
    }
}

/// StringToNumber: the `Number(string)` / unary `+` conversion.
pub fn string_to_number(units: &[u16]) -> f64 {
    let s = trim(units);
    if s.is_empty() {
        return 0.0;
    }
    if s.len() > 2 && s[0] == b'0' as u16 {
        let log2 = match s[1] | 0x20 {
            0x78 => Some(4), // 0x
            0x6F => Some(3), // 0o
            0x62 => Some(1), // 0b
            _ => None,
        };
        if let Some(log2) = log2 {
            let digits = &s[2..];
            if !digits.iter().all(|&c| digit_value(c, 1 << log2).is_some()) {
                return f64::NAN;
            }
            return power_of_two_radix(digits, log2);
        }
    }
    let (v, n) = signed_decimal_prefix(s);
    if n == s.len() {
        v
    } else {
        f64::NAN
    }
}

/// `parseFloat(string)` on the string's code units.
pub fn parse_float(units: &[u16]) -> f64 {
    let s = trim_start(units);
    let (v, n) = signed_decimal_prefix(s);
    if n == 0 {
        f64::NAN
    } else {
        v
    }
}

/// V8's accumulation for radices that are neither 10 nor powers of two
/// (the spec allows an approximation past 20 significant digits).
fn other_radix(units: &[u16], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut number = 0.0f64;
    let mut i = 0;
    let mut done = false;
    while !done {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        loop {
            let Some(d) = units.get(i).and_then(|&c| digit_value(c, radix)) else {
                done = true;
                break;
            };
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + d;
            multiplier = m;
            i += 1;
            if i == units.len() {
                done = true;
                break;
            }
        }
        number = number * multiplier as f64 + part as f64;
    }
    number
}

/// `parseInt(string, radix)` on the string's code units; `radix` is the
/// ToInt32 of the radix argument (0 when absent).
pub fn parse_int(units: &[u16], radix: i32) -> f64 {
    let mut s = trim_start(units);
    let mut neg = false;
    if let Some(&c) = s.first() {
        if c == b'-' as u16 || c == b'+' as u16 {
            neg = c == b'-' as u16;
            s = &s[1..];
        }
    }
    let mut radix = radix;
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return f64::NAN;
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix && s.len() >= 2 && s[0] == b'0' as u16 && (s[1] | 0x20) == b'x' as u16 {
        s = &s[2..];
        radix = 16;
    }
    let radix = radix as u32;
    let n = s
        .iter()
        .take_while(|&&c| digit_value(c, radix).is_some())
        .count();
    if n == 0 {
        return f64::NAN;
    }
    // V8 skips leading zeros before accumulating, which matters for the
    // chunked (rounding) accumulation of radices other than 2^k and 10.
    let zeros = s[..n].iter().take_while(|&&c| c == b'0' as u16).count();
    let digits = &s[zeros..n];
    let v = match radix {
        _ if digits.is_empty() => 0.0,
        10 => decimal_value(digits),
        2 | 4 | 8 | 16 | 32 => power_of_two_radix(digits, radix.trailing_zeros()),
        _ => other_radix(digits, radix),
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Whether `c` is whitespace for the purposes of number parsing.
pub fn is_space(c: u16) -> bool {
    is_js_space(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }
    fn num(s: &str) -> f64 {
        string_to_number(&u(s))
    }
    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn string_to_number_cases() {
        let cases: &[(&str, f64)] = &[
            ("", 0.0),
            ("   ", 0.0),
            ("\u{FEFF}\u{3000}\n\t\r\u{2028}\u{a0}", 0.0),
            ("42", 42.0),
            ("  42  ", 42.0),
            ("\n42\u{2029}", 42.0),
            ("0x1F", 31.0),
            ("0X1f", 31.0),
            ("0o17", 15.0),
            ("0O17", 15.0),
            ("0b101", 5.0),
            ("0B101", 5.0),
            ("Infinity", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("+5", 5.0),
            ("-5", -5.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("-.5", -0.5),
            ("1e3", 1000.0),
            ("1E+3", 1000.0),
            ("1e-3", 0.001),
            ("5.e2", 500.0),
            ("-0", -0.0),
            ("0.1", 0.1),
            ("1e400", f64::INFINITY),
            ("1e-400", 0.0),
            ("00012", 12.0),
            ("9007199254740993", 9007199254740992.0),
            ("0x20000000000001", 9007199254740992.0),
            ("0x20000000000003", 9007199254740996.0),
        ];
        for &(s, want) in cases {
            assert!(same(num(s), want), "{s:?}: got {} want {want}", num(s));
        }
        for s in [
            "-0x10",
            "0x",
            "0b2",
            "0o8",
            "abc",
            "1e",
            "1e+",
            ".",
            "+",
            "-",
            "1 2",
            "infinity",
            "inf",
            "NaN",
            "1_000",
            "0x1.5",
            "++1",
            "1..2",
            "e5",
            "Infinityx",
            " 12a",
        ] {
            assert!(num(s).is_nan(), "{s:?} should be NaN, got {}", num(s));
        }
    }

    #[test]
    fn parse_float_cases() {
        let cases: &[(&str, f64)] = &[
            ("2.5abc", 2.5),
            ("  -2.5e3x", -2500.0),
            ("1e", 1.0),
            ("1.e5", 100000.0),
            ("-.5", -0.5),
            ("0x10", 0.0),
            ("-0", -0.0),
            ("Infinityxyz", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("1e+", 1.0),
            (".5.5", 0.5),
        ];
        for &(s, want) in cases {
            assert!(same(parse_float(&u(s)), want), "{s:?}");
        }
        for s in ["", "abc", ".", "-", ".e5", "e5", "infinity"] {
            assert!(parse_float(&u(s)).is_nan(), "{s:?}");
        }
    }

    #[test]
    fn parse_int_cases() {
        let cases: &[(&str, i32, f64)] = &[
            ("42", 0, 42.0),
            ("  42px", 0, 42.0),
            ("-42", 0, -42.0),
            ("0x1F", 0, 31.0),
            ("0x1F", 16, 31.0),
            ("-0x1F", 0, -31.0),
            ("0x1F", 10, 0.0),
            ("ff", 16, 255.0),
            ("101", 2, 5.0),
            ("z", 36, 35.0),
            ("3.99", 0, 3.0),
            ("-0", 0, -0.0),
            ("123456789012345678901234567890", 0, 1.2345678901234568e29),
            ("1e21", 0, 1.0),
            ("zzzzzzzzzzzzzz", 36, 6.140942214464815e21),
            ("777777777777777777777777", 8, 4.722366482869645e21),
            (
                "11111111111111111111111111111111111111111111111111111111",
                2,
                7.205759403792794e16,
            ),
            ("07", 8, 7.0),
            ("000", 0, 0.0),
            ("-00", 7, -0.0),
            ("09999999999999999999", 36, 9.548210384888382e28),
        ];
        for &(s, r, want) in cases {
            assert!(
                same(parse_int(&u(s), r), want),
                "parseInt({s:?}, {r}) = {}",
                parse_int(&u(s), r)
            );
        }
        for (s, r) in [
            ("", 0),
            ("abc", 0),
            ("0x", 0),
            ("12", 1),
            ("12", 37),
            ("2", 2),
            ("-", 0),
            ("zzz", 35),
        ] {
            assert!(parse_int(&u(s), r).is_nan(), "parseInt({s:?}, {r})");
        }
    }
}
