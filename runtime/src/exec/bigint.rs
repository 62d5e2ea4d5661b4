//! BigInt values (ECMA-262 §6.1.6.2): immutable heap cells, their arithmetic,
//! comparisons and conversions.
//!
//! A BigInt value is NaN-boxed with `TAG_BIGINT` and points at a `KIND_BIGINT`
//! cell: the header (`flags` bit 0 = negative, `aux` = number of digits) and
//! the magnitude's base-2^32 digits, least significant first, with no
//! leading zero digit (0n has none). The collector neither scans nor frees
//! anything in it (`gc::mark` skips its digits).
//!
//! Values that fit in an `i64` are computed directly (in `i128`, no Rust
//! allocation: one cell per result, as V8 allocates one); the others go
//! through the `num-bigint` crate (a maintained arbitrary-precision integer
//! with the operations the spec needs: truncating division, floor shifts,
//! two's-complement bitwise operators, radix conversion).

use crate::abi::heap::{Header, HEADER_SIZE, KIND_BIGINT};
use crate::abi::names::BinOp;
use crate::abi::value::{Value, TAG_BIGINT};
use crate::exec::exception::{self, JsResult};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

const FLAG_NEGATIVE: u16 = 1;

/// The largest BigInt, in bits (V8's `BigInt::kMaxLengthBits`).
const MAX_BITS: u64 = 1 << 30;

/// Whether `v` is a BigInt.
#[inline]
pub fn is_bigint(v: Value) -> bool {
    v.tag() == TAG_BIGINT
}

fn header(v: Value) -> *mut Header {
    v.payload() as *mut Header
}

/// The magnitude's digits of BigInt `v`.
fn digits(v: Value) -> &'static [u32] {
    let h = header(v);
    // SAFETY: a BigInt cell holds `aux` digits after its header.
    unsafe {
        std::slice::from_raw_parts(
            (h as *const u8).add(HEADER_SIZE as usize) as *const u32,
            (*h).aux as usize,
        )
    }
}

fn negative(v: Value) -> bool {
    // SAFETY: `v` points at a BigInt cell.
    unsafe { (*header(v)).flags & FLAG_NEGATIVE != 0 }
}

/// A new BigInt with sign `neg` and magnitude `mag` (digits, least significant first).
fn alloc(neg: bool, mag: &[u32]) -> Value {
    let n = mag.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    let h = crate::gc::alloc_uninit(KIND_BIGINT, n as u32, HEADER_SIZE as usize + 4 * n);
    // SAFETY: a fresh cell with room for `n` digits after its header.
    unsafe {
        (*h).flags = if neg && n > 0 { FLAG_NEGATIVE } else { 0 };
        let p = (h as *mut u8).add(HEADER_SIZE as usize) as *mut u32;
        std::ptr::copy_nonoverlapping(mag.as_ptr(), p, n);
    }
    Value::from_tagged_ptr(TAG_BIGINT, h)
}

/// The BigInt of an `i128` (small results).
pub fn from_i128(i: i128) -> Value {
    let m = i.unsigned_abs();
    let d = [
        m as u32,
        (m >> 32) as u32,
        (m >> 64) as u32,
        (m >> 96) as u32,
    ];
    alloc(i < 0, &d)
}

/// The BigInt of a `num-bigint` value.
pub fn from_big(b: &BigInt) -> Value {
    if let Some(i) = b.to_i128() {
        return from_i128(i);
    }
    alloc(b.sign() == Sign::Minus, &b.magnitude().to_u32_digits())
}

/// `v` as a `num-bigint` value.
pub fn to_big(v: Value) -> BigInt {
    let sign = if negative(v) { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, BigUint::from_slice(digits(v)))
}

/// `v` as an `i64`, when it fits.
fn small(v: Value) -> Option<i64> {
    let d = digits(v);
    let m: u64 = match d.len() {
        0 => 0,
        1 => d[0] as u64,
        2 => d[0] as u64 | (d[1] as u64) << 32,
        _ => return None,
    };
    if negative(v) {
        (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
    } else {
        i64::try_from(m).ok()
    }
}

/// BigInt `v` as an `i64` when it is a BigInt that fits.
pub fn to_i64(v: Value) -> Option<i64> {
    if is_bigint(v) {
        small(v)
    } else {
        None
    }
}

/// Whether BigInt `v` is 0n.
pub fn is_zero(v: Value) -> bool {
    digits(v).is_empty()
}

fn range_error(msg: &str) -> exception::Exc {
    exception::throw_range_error(msg)
}

/// `a op b` for two BigInts (§6.1.6.2.1–20). `>>>` is a TypeError.
pub fn arith(op: BinOp, a: Value, b: Value) -> JsResult<Value> {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        let (x, y) = (x as i128, y as i128);
        let r = match op {
            BinOp::Sub => Some(x - y),
            BinOp::Mul => Some(x * y),
            BinOp::Div | BinOp::Mod if y == 0 => return Err(range_error("Division by zero")),
            BinOp::Div => Some(x / y),
            BinOp::Mod => Some(x % y),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::Shl if (0..64).contains(&y) => Some(x << y),
            BinOp::Sar if (0..64).contains(&y) => Some(x >> y),
            BinOp::Shl if (-64..0).contains(&y) => Some(x >> -y),
            BinOp::Sar if (-64..0).contains(&y) => Some(x << -y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(from_i128(r));
        }
    }
    let (x, y) = (to_big(a), to_big(b));
    let r = match op {
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div | BinOp::Mod if y.is_zero() => return Err(range_error("Division by zero")),
        BinOp::Div => x / y,
        BinOp::Mod => x % y,
        BinOp::Exp => {
            if y.is_negative() {
                // V8's message (its template lacks the operand's name).
                return Err(range_error("undefined must be positive"));
            }
            match y.to_u32() {
                // V8's limit: results of more than 2^30 bits are a RangeError.
                Some(e) if x.bits().saturating_sub(1) * e as u64 > MAX_BITS => {
                    return Err(range_error("Maximum BigInt size exceeded"))
                }
                Some(e) => num_traits::Pow::pow(x, e),
                None if x.is_zero() || x.abs() == BigInt::from(1) => {
                    if x.is_negative() && (y & BigInt::from(1)).is_zero() {
                        BigInt::from(1)
                    } else {
                        x
                    }
                }
                None => return Err(range_error("Maximum BigInt size exceeded")),
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::Shl | BinOp::Sar => {
            let left = (op == BinOp::Shl) != y.is_negative();
            let n = y.abs();
            match (n.to_u32(), left) {
                (Some(n), true) if x.bits() + n as u64 <= MAX_BITS => x << n,
                (_, true) if x.is_zero() => x,
                (_, true) => return Err(range_error("Maximum BigInt size exceeded")),
                (Some(n), false) => x >> n,
                (None, false) => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Shr => {
            return Err(exception::throw_type_error(
                "BigInts have no unsigned right shift, use >> instead",
            ))
        }
    };
    Ok(from_big(&r))
}

/// `a + b` for two BigInts.
pub fn add(a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        return from_i128(x as i128 + y as i128);
    }
    from_big(&(to_big(a) + to_big(b)))
}

/// `-a`.
pub fn neg(a: Value) -> Value {
    match small(a) {
        Some(x) => from_i128(-(x as i128)),
        None => alloc(!negative(a), digits(a)),
    }
}

/// `~a` (= -a - 1).
pub fn bit_not(a: Value) -> Value {
    match small(a) {
        Some(x) => from_i128(!(x as i128)),
        None => from_big(&!to_big(a)),
    }
}

/// `a ± 1` for `++`/`--`.
pub fn step(a: Value, delta: i64) -> Value {
    match small(a) {
        Some(x) => from_i128(x as i128 + delta as i128),
        None => from_big(&(to_big(a) + delta)),
    }
}

/// Compares two BigInts.
pub fn cmp(a: Value, b: Value) -> Ordering {
    match (small(a), small(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => to_big(a).cmp(&to_big(b)),
    }
}

/// Whether two BigInts are equal.
pub fn equals(a: Value, b: Value) -> bool {
    negative(a) == negative(b) && digits(a) == digits(b)
}

/// Compares BigInt `a` with number `x` (None when `x` is NaN).
pub fn cmp_number(a: Value, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = x.floor();
    let c = to_big(a).cmp(&num_traits::FromPrimitive::from_f64(fl).unwrap_or_default());
    Some(if c == Ordering::Equal && x != fl {
        Ordering::Less
    } else {
        c
    })
}

/// Number(a): the BigInt rounded to the nearest double.
pub fn to_f64(a: Value) -> f64 {
    match small(a) {
        Some(x) => x as f64,
        None => to_big(a).to_f64().unwrap_or(f64::NAN),
    }
}

/// NumberToBigInt(x) (§21.2.1.1.1): a RangeError unless `x` is an integer.
pub fn from_number(x: f64) -> JsResult<Value> {
    if !x.is_finite() || x.trunc() != x {
        return Err(range_error(&format!(
            "The number {} cannot be converted to a BigInt because it is not an integer",
            crate::text::number_format::to_rust_string(x)
        )));
    }
    if x.abs() < 9.2e18 {
        return Ok(from_i128(x as i64 as i128));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(x).unwrap_or_default();
    Ok(from_big(&b))
}

/// The digits of `a` in `radix` (2–36), with a `-` sign.
pub fn to_string_radix(a: Value, radix: u32) -> String {
    match small(a) {
        Some(x) if radix == 10 => x.to_string(),
        _ => to_big(a).to_str_radix(radix),
    }
}

/// StringToBigInt (§7.1.14): whitespace-trimmed decimal with an optional
/// sign, or `0x`/`0o`/`0b` digits; the empty string is 0n. None when the
/// text is not such a literal.
pub fn parse(s: &[u16]) -> Option<Value> {
    let start = s
        .iter()
        .position(|&c| !crate::text::number_parse::is_space(c));
    let end = s
        .iter()
        .rposition(|&c| !crate::text::number_parse::is_space(c));
    let s = match (start, end) {
        (Some(a), Some(b)) => &s[a..=b],
        _ => &[],
    };
    let text = String::from_utf16(s).ok()?;
    let t = text.as_str();
    if t.is_empty() {
        return Some(from_i128(0));
    }
    let (radix, body, neg) = match t.get(..2) {
        Some("0x" | "0X") => (16, &t[2..], false),
        Some("0o" | "0O") => (8, &t[2..], false),
        Some("0b" | "0B") => (2, &t[2..], false),
        _ => match t.as_bytes()[0] {
            b'-' => (10, &t[1..], true),
            b'+' => (10, &t[1..], false),
            _ => (10, t, false),
        },
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let mag = BigUint::parse_bytes(body.as_bytes(), radix)?;
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Some(from_big(&BigInt::from_biguint(sign, mag)))
}

/// BigInt.asIntN(bits, a) / BigInt.asUintN(bits, a): `a` modulo 2^bits,
/// as a signed (two's complement) or unsigned value.
pub fn as_n(bits: u64, a: Value, signed: bool) -> JsResult<Value> {
    if bits == 0 {
        return Ok(from_i128(0));
    }
    let x = to_big(a);
    // Values already in range are returned as they are (also for huge `bits`).
    let len = x.bits();
    if (signed && len < bits) || (!signed && !x.is_negative() && len <= bits) {
        return Ok(a);
    }
    if bits > 1 << 30 {
        return Err(range_error("Maximum BigInt size exceeded"));
    }
    let modulus = BigInt::from(1) << bits;
    let mut r = ((x % &modulus) + &modulus) % &modulus;
    if signed && r >= (BigInt::from(1) << (bits - 1)) {
        r -= modulus;
    }
    Ok(from_big(&r))
}

/// ToBigInt(v) (§7.1.13), with V8's messages.
pub fn to_bigint(v: Value) -> JsResult<Value> {
    let p = crate::exec::conv::to_primitive(v, crate::exec::conv::Hint::Number)?;
    if is_bigint(p) {
        return Ok(p);
    }
    if p.is_bool() {
        return Ok(from_i128(p.as_bool() as i128));
    }
    if p.is_string() {
        return parse(crate::text::string::units(p)).ok_or_else(|| syntax_error(p));
    }
    Err(exception::throw_type_error(&format!(
        "Cannot convert {} to a BigInt",
        crate::exec::conv::display_string(p)
    )))
}

fn syntax_error(s: Value) -> exception::Exc {
    exception::throw_error(
        crate::exec::error::ErrorKind::SyntaxError,
        &format!(
            "Cannot convert {} to a BigInt",
            crate::text::string::to_rust(s)
        ),
    )
}

/// BigInt `v` modulo 2^64 as two's-complement bits (ToBigInt64 /
/// ToBigUint64 before the final reinterpretation).
pub fn low_u64(v: Value) -> u64 {
    let d = digits(v);
    let m = d.first().copied().unwrap_or(0) as u64 | (d.get(1).copied().unwrap_or(0) as u64) << 32;
    if negative(v) {
        m.wrapping_neg()
    } else {
        m
    }
}

/// `kiln_bigint_literal(digits)`: a BigInt literal's value from the decimal
/// digits the compiler wrote (it normalised every radix and separator).
#[no_mangle]
pub extern "C" fn kiln_bigint_literal(digits: Value) -> Value {
    parse(crate::text::string::units(digits)).unwrap_or_else(|| from_i128(0))
}
