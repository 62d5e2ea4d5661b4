//! Number to string: `Number::toString` (shortest round trip, via `ryu-js`),
//! radix conversion, and the exact-decimal `toFixed` / `toPrecision` /
//! `toExponential` formats.
//!
//! Parsing (StringToNumber, `parseInt`, `parseFloat`) lives in `number_parse.rs`.

use crate::abi::value::Value;
use crate::text::string;

/// A reusable formatting buffer for [`NumBuf::format`] (no allocation per number).
pub struct NumBuf {
    ryu: ryu_js::Buffer,
    int: [u8; 24],
}

impl Default for NumBuf {
    fn default() -> Self {
        NumBuf::new()
    }
}

impl NumBuf {
    pub fn new() -> NumBuf {
        NumBuf {
            ryu: ryu_js::Buffer::new(),
            int: [0; 24],
        }
    }

    /// `Number::toString(x)` (radix 10): `-0` is `"0"`, `1e+21`, `1e-7`, `NaN`.
    pub fn format(&mut self, x: f64) -> &str {
        // Integers below 2^53 take a short path without float formatting.
        if x == x.trunc() && x.abs() < 9007199254740992.0 {
            let mut n = x as i64;
            let neg = n < 0;
            let mut i = self.int.len();
            loop {
                i -= 1;
                self.int[i] = b'0' + (n % 10).unsigned_abs() as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            if neg {
                i -= 1;
                self.int[i] = b'-';
            }
            // SAFETY: only ASCII digits and '-' were written.
            return unsafe { std::str::from_utf8_unchecked(&self.int[i..]) };
        }
        self.ryu.format(x)
    }
}

/// `Number::toString(x)` as Rust text.
pub fn to_rust_string(x: f64) -> String {
    NumBuf::new().format(x).to_owned()
}

/// `Number::toString(x)` as a string value.
pub fn to_string_value(x: f64) -> Value {
    if x == x.trunc() && (0.0..10.0).contains(&x) {
        return string::ascii_char(b'0' + x as u8);
    }
    string::from_str(NumBuf::new().format(x))
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The binary exponent of `x` as V8's `Double::Exponent` (value = significand × 2^e
/// with an integer 53-bit significand).
fn double_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7FF) as i32;
    if biased == 0 {
        1 - 0x3FF - 52
    } else {
        biased - 0x3FF - 52
    }
}

fn next_double(x: f64) -> f64 {
    if x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1);
    }
    f64::from_bits(x.to_bits() + 1)
}

/// `Number.prototype.toString(radix)` for radix 2..=36 (V8's `DoubleToRadixCString`).
pub fn to_radix_string(value: f64, radix: u32) -> String {
    debug_assert!((2..=36).contains(&radix));
    if radix == 10 || !value.is_finite() {
        return to_rust_string(value);
    }
    let r = radix as f64;
    let negative = value < 0.0;
    let value = value.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    let mut delta = (0.5 * (next_double(value) - value)).max(next_double(0.0));
    let mut frac: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as usize;
            frac.push(DIGITS[digit]);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1)) && fraction + delta > 1.0 {
                // Round up, propagating the carry through written digits.
                loop {
                    match frac.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(c) => {
                            let d = if c > b'9' {
                                (c - b'a' + 10) as u32
                            } else {
                                (c - b'0') as u32
                            };
                            if d + 1 < radix {
                                frac.push(DIGITS[d as usize + 1]);
                                break;
                            }
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    let mut int_rev: Vec<u8> = Vec::new();
    while double_exponent(integer / r) > 0 {
        integer /= r;
        int_rev.push(b'0');
    }
    loop {
        let rem = integer % r;
        int_rev.push(DIGITS[rem as usize]);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_rev.len() + frac.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_rev.iter().rev().map(|&c| c as char));
    if !frac.is_empty() {
        out.push('.');
        out.extend(frac.iter().map(|&c| c as char));
    }
    out
}

/// A little-endian base-2^32 natural number, just enough for exact decimals.
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        Big(vec![n as u32, (n >> 32) as u32])
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let t = *limb as u64 * m as u64 + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn shl(&mut self, bits: u32) {
        for _ in 0..bits / 32 {
            self.0.insert(0, 0);
        }
        let b = bits % 32;
        if b != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let t = (*limb as u64) << b | carry as u64;
                *limb = t as u32;
                carry = (t >> 32) as u32;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
    }

    /// Divides by `d` in place, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | *limb as u64;
            *limb = (t / d as u64) as u32;
            rem = t % d as u64;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    fn decimal_digits(mut self) -> Vec<u8> {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        let mut chunks = Vec::new();
        while !self.0.is_empty() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut out = Vec::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            let s = if i == 0 {
                c.to_string()
            } else {
                format!("{c:09}")
            };
            out.extend(s.bytes().map(|b| b - b'0'));
        }
        out
    }
}

/// The exact decimal expansion of a finite, non-negative `x`: digits (no
/// leading or trailing zeros; empty for 0) and `point` such that
/// x = 0.d1d2d3… × 10^point.
pub fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    debug_assert!(x.is_finite() && x >= 0.0);
    if x == 0.0 {
        return (Vec::new(), 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    // x = mant × 2^exp; dropping the mantissa's trailing zero bits keeps the
    // work below small for values like 17.5 (35 × 2^-1).
    let tz = mant.trailing_zeros().min((-exp).max(0) as u32);
    let (mant, exp) = (mant >> tz, exp + tz as i32);
    let mut n = Big::from_u64(mant);
    let mut scale = 0; // value = n × 10^-scale
    if exp >= 0 {
        n.shl(exp as u32);
    } else {
        // mant × 2^exp = mant × 5^-exp × 10^exp: multiply by 5^-exp, 5^13
        // (the largest power of 5 in a u32) at a time.
        let mut k = -exp;
        while k > 0 {
            let step = k.min(13);
            n.mul_small(5u32.pow(step as u32));
            k -= step;
        }
        scale = -exp;
    }
    let mut digits = n.decimal_digits();
    let point = digits.len() as i32 - scale;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// Rounds exact digits to `keep` digits, half up; returns the new digits
/// (`keep` long, zero-padded, or `keep + 1` long when the carry ripples out:
/// then `point` is incremented too) and the point.
fn round_digits(digits: &[u8], point: i32, keep: i32) -> (Vec<u8>, i32) {
    if keep < 0 {
        return (Vec::new(), point);
    }
    let keep = keep as usize;
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    let mut point = point;
    if round_up {
        let mut i = keep;
        loop {
            if i == 0 {
                out.insert(0, 1);
                point += 1;
                break;
            }
            i -= 1;
            if out[i] == 9 {
                out[i] = 0;
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    (out, point)
}

fn push_digits(out: &mut String, d: &[u8]) {
    out.extend(d.iter().map(|&c| (b'0' + c) as char));
}

/// `Number.prototype.toFixed(f)` for finite `x` with `f` in 0..=100.
pub fn to_fixed(x: f64, f: u32) -> String {
    if x.abs() >= 1e21 || !x.is_finite() {
        return to_rust_string(x);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let (digits, point) = exact_decimal(x.abs());
    let (d, point) = round_digits(&digits, point, point + f as i32);
    // d holds the digits from 10^(point-1) down to 10^-f.
    let int_len = point.max(0) as usize;
    let mut all = vec![0u8; (int_len + f as usize).saturating_sub(d.len())];
    all.extend_from_slice(&d);
    let split = all.len() - f as usize;
    if split == 0 {
        out.push('0');
    } else {
        push_digits(&mut out, &all[..split]);
    }
    if f > 0 {
        out.push('.');
        push_digits(&mut out, &all[split..]);
    }
    out
}

fn exponent_suffix(out: &mut String, e: i32) {
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.unsigned_abs().to_string());
}

/// Shortest round-trip digits of finite, positive `x` and its decimal exponent
/// (x = d1.d2d3… × 10^e).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let s = format!("{x:e}");
    let (m, e) = s.split_once('e').expect("LowerExp has an exponent");
    let digits = m
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    (digits, e.parse().expect("exponent"))
}

/// `Number.prototype.toExponential(f)` for finite `x`; `None` = as many digits
/// as needed.
pub fn to_exponential(x: f64, f: Option<u32>) -> String {
    if !x.is_finite() {
        return to_rust_string(x);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let a = x.abs();
    let (d, e) = if a == 0.0 {
        (vec![0; f.unwrap_or(0) as usize + 1], 0)
    } else {
        match f {
            None => shortest_digits(a),
            Some(f) => {
                let (digits, point) = exact_decimal(a);
                let (mut d, point) = round_digits(&digits, point, f as i32 + 1);
                d.truncate(f as usize + 1);
                (d, point - 1)
            }
        }
    };
    push_digits(&mut out, &d[..1]);
    if d.len() > 1 {
        out.push('.');
        push_digits(&mut out, &d[1..]);
    }
    exponent_suffix(&mut out, e);
    out
}

/// `Number.prototype.toPrecision(p)` for finite `x` and `p` in 1..=100.
pub fn to_precision(x: f64, p: u32) -> String {
    if !x.is_finite() {
        return to_rust_string(x);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let a = x.abs();
    let p_i = p as i32;
    let (d, e) = if a == 0.0 {
        (vec![0; p as usize], 0)
    } else {
        let (digits, point) = exact_decimal(a);
        let (mut d, point) = round_digits(&digits, point, p_i);
        d.truncate(p as usize);
        (d, point - 1)
    };
    if e < -6 || e >= p_i {
        push_digits(&mut out, &d[..1]);
        if p > 1 {
            out.push('.');
            push_digits(&mut out, &d[1..]);
        }
        exponent_suffix(&mut out, e);
    } else if e >= 0 {
        let int = e as usize + 1;
        push_digits(&mut out, &d[..int]);
        if int < d.len() {
            out.push('.');
            push_digits(&mut out, &d[int..]);
        }
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-(e + 1)) as usize));
        push_digits(&mut out, &d);
    }
    out
}

/// `Number.prototype.toLocaleString()` in Node's default (en-US) locale: the
/// shortest decimal rounded half away from zero to at most three fraction
/// digits, with thousands separators.
pub fn to_locale_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push('∞');
        return out;
    }
    let (digits, point) = if x == 0.0 {
        (Vec::new(), 1)
    } else {
        let (d, e) = shortest_digits(x.abs());
        (d, e + 1)
    };
    let (d, point) = round_digits(&digits, point, point + 3);
    let int_len = point.max(0) as usize;
    let mut all = vec![0u8; (int_len + 3).saturating_sub(d.len())];
    all.extend_from_slice(&d);
    all.resize(int_len + 3, 0);
    let (int, frac) = all.split_at(int_len);
    if int.is_empty() {
        out.push('0');
    }
    for (i, &c) in int.iter().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push((b'0' + c) as char);
    }
    let frac_len = frac.iter().rposition(|&c| c != 0).map_or(0, |i| i + 1);
    if frac_len > 0 {
        out.push('.');
        push_digits(&mut out, &frac[..frac_len]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64) -> String {
        to_rust_string(x)
    }

    #[test]
    fn number_to_string() {
        assert_eq!(f(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(1e20), "100000000000000000000");
        assert_eq!(f(123e-20), "1.23e-18");
        assert_eq!(f(1e-7), "1e-7");
        assert_eq!(f(0.000001), "0.000001");
        assert_eq!(f(-0.0), "0");
        assert_eq!(f(0.0), "0");
        assert_eq!(f(2f64.powi(53)), "9007199254740992");
        assert_eq!(f(2f64.powi(53) - 1.0), "9007199254740991");
        assert_eq!(f(-(2f64.powi(53) - 1.0)), "-9007199254740991");
        assert_eq!(f(5e-324), "5e-324");
        assert_eq!(f(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(f(f64::NAN), "NaN");
        assert_eq!(f(f64::INFINITY), "Infinity");
        assert_eq!(f(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(f(-42.0), "-42");
        assert_eq!(f(1.5), "1.5");
        assert_eq!(f(-1e-7), "-1e-7");
        assert_eq!(f(123456789012345680000.0), "123456789012345680000");
        assert_eq!(string::to_rust(to_string_value(7.0)), "7");
        assert_eq!(string::to_rust(to_string_value(-0.0)), "0");
        assert_eq!(string::to_rust(to_string_value(0.5)), "0.5");
    }

    #[test]
    fn radix() {
        assert_eq!(to_radix_string(255.5, 16), "ff.8");
        assert_eq!(
            to_radix_string(0.1, 2),
            "0.0001100110011001100110011001100110011001100110011001101"
        );
        assert_eq!(to_radix_string(-255.0, 36), "-73");
        assert_eq!(to_radix_string(1e21, 7), "5135235413265003022600000");
        assert_eq!(
            to_radix_string(std::f64::consts::PI, 3),
            "10.010211012222010211002111110222"
        );
        assert_eq!(to_radix_string(0.5, 5), "0.22222222222222222222222");
        assert_eq!(to_radix_string(1.0 / 3.0, 3), "0.1");
        assert_eq!(
            to_radix_string(2f64.powi(60), 2),
            format!("1{}", "0".repeat(60))
        );
        assert_eq!(to_radix_string(123.456, 36), "3f.gez4w97ry");
        assert_eq!(to_radix_string(5e-324, 2).len(), 1076);
        assert_eq!(to_radix_string(-0.0, 2), "0");
        assert_eq!(to_radix_string(f64::NAN, 2), "NaN");
        assert_eq!(to_radix_string(f64::NEG_INFINITY, 16), "-Infinity");
        assert_eq!(
            to_radix_string(1e300, 36),
            format!("fhgyjdfcg7s{}", "0".repeat(182))
        );
    }

    #[test]
    fn fixed() {
        let cases: &[(f64, u32, &str)] = &[
            (0.125, 2, "0.13"),
            (1.005, 2, "1.00"),
            (1.005, 20, "1.00499999999999989342"),
            (2.5, 0, "3"),
            (0.5, 0, "1"),
            (-1.5, 0, "-2"),
            (-0.0001, 0, "-0"),
            (-0.0001, 2, "-0.00"),
            (-0.0, 2, "0.00"),
            (1e21, 2, "1e+21"),
            (1.23e20, 2, "123000000000000000000.00"),
            (123.456, 2, "123.46"),
            (0.000001234, 20, "0.00000123400000000000"),
            (5e-324, 2, "0.00"),
            (12345.6789, 0, "12346"),
            (0.05, 20, "0.05000000000000000278"),
            (99.99, 1, "100.0"),
            (9.5, 0, "10"),
            (0.0, 0, "0"),
        ];
        for &(x, d, want) in cases {
            assert_eq!(to_fixed(x, d), want, "({x}).toFixed({d})");
        }
    }

    #[test]
    fn precision_and_exponential() {
        assert_eq!(to_precision(0.125, 1), "0.1");
        assert_eq!(to_precision(0.25, 1), "0.3");
        assert_eq!(to_precision(123.456, 1), "1e+2");
        assert_eq!(to_precision(123.456, 3), "123");
        assert_eq!(to_precision(123.456, 21), "123.456000000000003070");
        assert_eq!(to_precision(-0.0001, 21), "-0.000100000000000000004792");
        assert_eq!(to_precision(1e-7, 3), "1.00e-7");
        assert_eq!(to_precision(5e-324, 3), "4.94e-324");
        assert_eq!(to_precision(1.7976931348623157e308, 1), "2e+308");
        assert_eq!(to_precision(1e21, 3), "1.00e+21");
        assert_eq!(to_precision(0.0, 3), "0.00");
        assert_eq!(to_precision(12345.6789, 3), "1.23e+4");
        assert_eq!(to_exponential(0.125, None), "1.25e-1");
        assert_eq!(to_exponential(2.5, Some(0)), "3e+0");
        assert_eq!(to_exponential(-0.0001, None), "-1e-4");
        assert_eq!(to_exponential(0.0, Some(3)), "0.000e+0");
        assert_eq!(to_exponential(123.456, Some(3)), "1.235e+2");
        assert_eq!(to_exponential(12345.6789, None), "1.23456789e+4");
        assert_eq!(to_exponential(1.7976931348623157e308, Some(0)), "2e+308");
    }

    #[test]
    fn locale_strings() {
        let cases: &[(f64, &str)] = &[
            (1234.5, "1,234.5"),
            (-1234.5678, "-1,234.568"),
            (0.0005, "0.001"),
            (1.0005, "1.001"),
            (-0.0, "-0"),
            (0.0, "0"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-∞"),
            (1e21, "1,000,000,000,000,000,000,000"),
            (999.9995, "1,000"),
            (0.1 + 0.2, "0.3"),
            (5e-324, "0"),
            (-1e-7, "-0"),
            (0.0004, "0"),
            (123456.7895, "123,456.79"),
            (1e15 + 0.5, "1,000,000,000,000,000.5"),
            (123.0, "123"),
        ];
        for &(x, want) in cases {
            assert_eq!(to_locale_string(x), want, "({x}).toLocaleString()");
        }
    }

    #[test]
    fn exact_decimals() {
        assert_eq!(exact_decimal(0.5), (vec![5], 0));
        assert_eq!(exact_decimal(100.0), (vec![1], 3));
        assert_eq!(exact_decimal(0.125), (vec![1, 2, 5], 0));
        assert_eq!(exact_decimal(0.0625).1, -1);
        assert_eq!(exact_decimal(17.5), (vec![1, 7, 5], 2));
        let (d, p) = exact_decimal(0.1);
        let text: String = d.iter().map(|&c| (b'0' + c) as char).collect();
        assert_eq!(
            (text.as_str(), p),
            ("1000000000000000055511151231257827021181583404541015625", 0)
        );
        // The least subnormal, 2^-1074: 751 significant digits.
        let (d, p) = exact_decimal(5e-324);
        assert_eq!((d.len(), &d[..6], p), (751, &[4, 9, 4, 0, 6, 5][..], -323));
        assert_eq!(exact_decimal(2f64.powi(70)).0.len(), 22);
    }
}
