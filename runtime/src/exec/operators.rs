//! Operators: the slow paths of `+`, the numeric binary operators, relational
//! comparison, `==`/`===`, and the unary operators, for numbers and BigInts
//! (`exec::bigint`; mixing the two is V8's TypeError).
//!
//! Compiled code inlines the all-number cases and calls these otherwise.

use crate::abi::value::Value;
use crate::exec::bigint;
use crate::exec::conv::{self, Hint};
use crate::exec::exception::{self, JsResult};
use crate::math::fdlibm;
use crate::text::string;
use std::cmp::Ordering;

pub use crate::abi::names::BinOp;

impl BinOp {
    /// Applies the operator to two numbers.
    pub fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => a / b,
            BinOp::Mod => a % b,
            BinOp::Exp => exponentiate(a, b),
            BinOp::BitAnd => (conv::to_int32(a) & conv::to_int32(b)) as f64,
            BinOp::BitOr => (conv::to_int32(a) | conv::to_int32(b)) as f64,
            BinOp::BitXor => (conv::to_int32(a) ^ conv::to_int32(b)) as f64,
            BinOp::Shl => conv::to_int32(a).wrapping_shl(conv::to_uint32(b) & 31) as f64,
            BinOp::Sar => (conv::to_int32(a) >> (conv::to_uint32(b) & 31)) as f64,
            BinOp::Shr => (conv::to_uint32(a) >> (conv::to_uint32(b) & 31)) as f64,
        }
    }
}

/// Number::exponentiate: C `pow` except that a NaN exponent gives NaN (even
/// for base 1) and `(±1) ** ±Infinity` is NaN; the rest is V8's fdlibm `pow`.
pub fn exponentiate(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (exponent.is_infinite() && base.abs() == 1.0) {
        return f64::NAN;
    }
    fdlibm::pow(base, exponent)
}

/// `a + b`.
pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    let (pa, pb) = if a.is_string() && b.is_string() {
        (a, b)
    } else {
        (
            conv::to_primitive(a, Hint::Default)?,
            conv::to_primitive(b, Hint::Default)?,
        )
    };
    if pa.is_string() || pb.is_string() {
        let sa = conv::to_string(pa)?;
        let sb = conv::to_string(pb)?;
        return match string::concat(sa, sb) {
            Some(v) => Ok(v),
            None => Err(exception::throw_range_error("Invalid string length")),
        };
    }
    let (x, y) = (conv::to_numeric(pa)?, conv::to_numeric(pb)?);
    if x.is_number() && y.is_number() {
        return Ok(Value::number(x.as_number() + y.as_number()));
    }
    if bigint::is_bigint(x) && bigint::is_bigint(y) {
        return Ok(bigint::add(x, y));
    }
    Err(mix_error())
}

/// V8's TypeError for a BigInt operand with a number operand.
fn mix_error() -> exception::Exc {
    exception::throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
}

/// `a op b` for the numeric binary operators other than `+`.
pub fn arith(op: BinOp, a: Value, b: Value) -> JsResult<Value> {
    let x = conv::to_numeric(a)?;
    let y = conv::to_numeric(b)?;
    if x.is_number() && y.is_number() {
        return Ok(Value::number(op.apply(x.as_number(), y.as_number())));
    }
    if bigint::is_bigint(x) && bigint::is_bigint(y) {
        return bigint::arith(op, x, y);
    }
    Err(mix_error())
}

/// Relational comparison code for `kiln_compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Gt = 1,
    Le = 2,
    Ge = 3,
}

/// `a < b`, `a > b`, `a <= b`, `a >= b` (IsLessThan with both operand orders).
pub fn compare(op: CmpOp, a: Value, b: Value) -> JsResult<bool> {
    // Operands are converted left to right for every operator.
    let pa = conv::to_primitive(a, Hint::Number)?;
    let pb = conv::to_primitive(b, Hint::Number)?;
    if pa.is_string() && pb.is_string() {
        let ord = string::compare(pa, pb);
        return Ok(match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        });
    }
    // A BigInt and a string: the string as a BigInt (not one: false).
    let (pa, pb) = match (bigint::is_bigint(pa), bigint::is_bigint(pb)) {
        (true, false) if pb.is_string() => match bigint::parse(string::units(pb)) {
            Some(b) => (pa, b),
            None => return Ok(false),
        },
        (false, true) if pa.is_string() => match bigint::parse(string::units(pa)) {
            Some(a) => (a, pb),
            None => return Ok(false),
        },
        _ => (pa, pb),
    };
    let x = conv::to_numeric(pa)?;
    let y = conv::to_numeric(pb)?;
    let ord = match (x.is_number(), y.is_number()) {
        (true, true) => {
            let (x, y) = (x.as_number(), y.as_number());
            return Ok(match op {
                CmpOp::Lt => x < y,
                CmpOp::Gt => x > y,
                CmpOp::Le => x <= y,
                CmpOp::Ge => x >= y,
            });
        }
        (false, false) => Some(bigint::cmp(x, y)),
        (false, true) => bigint::cmp_number(x, y.as_number()),
        (true, false) => bigint::cmp_number(y, x.as_number()).map(Ordering::reverse),
    };
    Ok(ord.is_some_and(|o| match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }))
}

/// IsStrictlyEqual (`===`).
#[inline]
pub fn strict_eq(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a == b {
        return true;
    }
    if bigint::is_bigint(a) && bigint::is_bigint(b) {
        return bigint::equals(a, b);
    }
    a.is_string() && b.is_string() && string::equals(a, b)
}

/// The coarse type used by IsLooselyEqual.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Number,
    String,
    Bool,
    Nullish,
    Object,
    BigInt,
    Other,
}

fn kind(v: Value) -> Kind {
    if v.is_number() {
        Kind::Number
    } else if v.is_string() {
        Kind::String
    } else if v.is_bool() {
        Kind::Bool
    } else if v.is_nullish() {
        Kind::Nullish
    } else if v.is_object() {
        Kind::Object
    } else if bigint::is_bigint(v) {
        Kind::BigInt
    } else {
        Kind::Other
    }
}

/// IsLooselyEqual (`==`).
pub fn loose_eq(a: Value, b: Value) -> JsResult<bool> {
    let (ka, kb) = (kind(a), kind(b));
    if ka == kb && ka != Kind::Nullish {
        return Ok(strict_eq(a, b));
    }
    Ok(match (ka, kb) {
        (Kind::Nullish, Kind::Nullish) => true,
        (Kind::Nullish, _) | (_, Kind::Nullish) => false,
        (Kind::Number, Kind::String) => a.as_number() == conv::to_number(b)?,
        (Kind::String, Kind::Number) => conv::to_number(a)? == b.as_number(),
        (Kind::BigInt, Kind::Number) => {
            bigint::cmp_number(a, b.as_number()) == Some(Ordering::Equal)
        }
        (Kind::Number, Kind::BigInt) => {
            bigint::cmp_number(b, a.as_number()) == Some(Ordering::Equal)
        }
        (Kind::BigInt, Kind::String) => {
            bigint::parse(string::units(b)).is_some_and(|n| bigint::equals(a, n))
        }
        (Kind::String, Kind::BigInt) => {
            bigint::parse(string::units(a)).is_some_and(|n| bigint::equals(n, b))
        }
        (Kind::Bool, _) => return loose_eq(Value::number(a.as_bool() as u8 as f64), b),
        (_, Kind::Bool) => return loose_eq(a, Value::number(b.as_bool() as u8 as f64)),
        (Kind::Object, Kind::Number | Kind::String | Kind::BigInt | Kind::Other) => {
            return loose_eq(conv::to_primitive(a, Hint::Default)?, b)
        }
        (Kind::Number | Kind::String | Kind::BigInt | Kind::Other, Kind::Object) => {
            return loose_eq(a, conv::to_primitive(b, Hint::Default)?)
        }
        _ => false,
    })
}

/// `kiln_add(a, b)`: `a + b`. May throw.
#[no_mangle]
pub extern "C" fn kiln_add(a: Value, b: Value) -> Value {
    exception::ret(add(a, b))
}

/// `kiln_arith(op, a, b)`: numeric binary operator `op` (see [`BinOp`]). May throw.
#[no_mangle]
pub extern "C" fn kiln_arith(op: i64, a: Value, b: Value) -> Value {
    let op = BinOp::from_code(op).expect("kiln_arith: bad operator code");
    exception::ret(arith(op, a, b))
}

/// `kiln_compare(op, a, b)`: relational comparison (0 `<`, 1 `>`, 2 `<=`,
/// 3 `>=`) as a boxed boolean. May throw.
#[no_mangle]
pub extern "C" fn kiln_compare(op: i64, a: Value, b: Value) -> Value {
    let op = match op {
        0 => CmpOp::Lt,
        1 => CmpOp::Gt,
        2 => CmpOp::Le,
        _ => CmpOp::Ge,
    };
    exception::ret(compare(op, a, b).map(Value::bool))
}

/// `kiln_loose_eq(a, b)`: `a == b` as a boxed boolean. May throw.
#[no_mangle]
pub extern "C" fn kiln_loose_eq(a: Value, b: Value) -> Value {
    exception::ret(loose_eq(a, b).map(Value::bool))
}

/// `kiln_strict_eq(a, b)`: `a === b` as 0 or 1.
#[no_mangle]
pub extern "C" fn kiln_strict_eq(a: Value, b: Value) -> i64 {
    strict_eq(a, b) as i64
}

/// `kiln_truthy(v)`: ToBoolean as 0 or 1.
#[no_mangle]
pub extern "C" fn kiln_truthy(v: Value) -> i64 {
    conv::to_boolean(v) as i64
}

/// `kiln_to_number(v)`: unary `+`. May throw.
#[no_mangle]
pub extern "C" fn kiln_to_number(v: Value) -> Value {
    exception::ret(conv::to_number(v).map(Value::number))
}

/// `kiln_to_numeric(v)`: ToNumeric (the old value of `++`/`--`). May throw.
#[no_mangle]
pub extern "C" fn kiln_to_numeric(v: Value) -> Value {
    exception::ret(conv::to_numeric(v))
}

/// `kiln_increment(v)` / `kiln_decrement(v)`: ToNumeric(v) ± 1 (`1n` for a BigInt). May throw.
fn step(v: Value, delta: i64) -> Value {
    exception::ret(conv::to_numeric(v).map(|x| {
        if x.is_number() {
            Value::number(x.as_number() + delta as f64)
        } else {
            bigint::step(x, delta)
        }
    }))
}

#[no_mangle]
pub extern "C" fn kiln_increment(v: Value) -> Value {
    step(v, 1)
}

#[no_mangle]
pub extern "C" fn kiln_decrement(v: Value) -> Value {
    step(v, -1)
}

/// `kiln_negate(v)`: unary `-`. May throw.
#[no_mangle]
pub extern "C" fn kiln_negate(v: Value) -> Value {
    exception::ret(conv::to_numeric(v).map(|x| {
        if x.is_number() {
            Value::number(-x.as_number())
        } else {
            bigint::neg(x)
        }
    }))
}

/// `kiln_bitnot(v)`: unary `~`. May throw.
#[no_mangle]
pub extern "C" fn kiln_bitnot(v: Value) -> Value {
    exception::ret(conv::to_numeric(v).map(|x| {
        if x.is_number() {
            Value::number(!conv::to_int32(x.as_number()) as f64)
        } else {
            bigint::bit_not(x)
        }
    }))
}

/// `kiln_to_int32(x)`: ToInt32, sign-extended to 64 bits.
#[no_mangle]
pub extern "C" fn kiln_to_int32(x: f64) -> i64 {
    conv::to_int32(x) as i64
}

/// `kiln_fmod(a, b)`: `a % b` on numbers (sign of the dividend).
#[no_mangle]
pub extern "C" fn kiln_fmod(a: f64, b: f64) -> f64 {
    a % b
}

/// `kiln_pow(a, b)`: `a ** b` on numbers.
#[no_mangle]
pub extern "C" fn kiln_pow(a: f64, b: f64) -> f64 {
    exponentiate(a, b)
}

/// `kiln_string::concat(a, b)`: concatenates two string values.
///
/// Documented "never throws" in the ABI, but a result longer than
/// [`string::MAX_LENGTH`] throws `RangeError: Invalid string length` (returns EXCEPTION).
#[no_mangle]
pub extern "C" fn kiln_concat(a: Value, b: Value) -> Value {
    match string::concat(a, b) {
        Some(v) => v,
        None => exception::throw_range_error("Invalid string length").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::from_str;

    fn n(x: f64) -> Value {
        Value::number(x)
    }
    fn s(t: &str) -> Value {
        from_str(t)
    }
    fn text(v: Value) -> String {
        crate::exec::conv::display_string(v)
    }

    #[test]
    fn addition() {
        assert_eq!(text(kiln_add(n(1.0), n(2.0))), "3");
        assert_eq!(text(kiln_add(s("a"), n(1.0))), "a1");
        assert_eq!(text(kiln_add(n(1.0), s("a"))), "1a");
        assert_eq!(text(kiln_add(s("x"), Value::NULL)), "xnull");
        assert_eq!(text(kiln_add(Value::UNDEFINED, s(""))), "undefined");
        assert_eq!(text(kiln_add(Value::TRUE, n(1.0))), "2");
        assert_eq!(text(kiln_add(Value::TRUE, Value::NULL)), "1");
        assert_eq!(text(kiln_add(Value::UNDEFINED, n(1.0))), "NaN");
        assert_eq!(text(kiln_add(n(-0.0), s(""))), "0");
        assert_eq!(text(kiln_add(n(0.1), n(0.2))), "0.30000000000000004");
        let e = crate::exec::error::make(crate::exec::error::ErrorKind::Error, "boom");
        assert_eq!(text(kiln_add(e, s("!"))), "Error: boom!");
        assert_eq!(text(kiln_add(e, n(1.0))), "Error: boom1");
        let f = crate::object::function::new_function(0, s("f"), 0.0, 0, 0);
        assert_eq!(text(kiln_add(f, n(1.0))), "function f() { [native code] }1");
    }

    #[test]
    fn arithmetic() {
        let a = |op: BinOp, x: f64, y: f64| kiln_arith(op as i64, n(x), n(y)).as_number();
        assert_eq!(a(BinOp::Sub, 5.0, 7.0), -2.0);
        assert_eq!(a(BinOp::Mod, -7.0, 2.0), -1.0);
        assert_eq!(a(BinOp::Mod, 7.0, -2.0), 1.0);
        assert_eq!(a(BinOp::Mod, -4.0, 2.0).to_bits(), (-0.0f64).to_bits());
        assert!(a(BinOp::Mod, 1.0, 0.0).is_nan());
        assert_eq!(a(BinOp::Mod, 5.5, f64::INFINITY), 5.5);
        assert!(a(BinOp::Mod, f64::INFINITY, 2.0).is_nan());
        assert_eq!(a(BinOp::Shl, 1.0, 31.0), -2147483648.0);
        assert_eq!(a(BinOp::Shl, 1.0, 32.0), 1.0);
        assert_eq!(a(BinOp::Shl, 1.0, -1.0), -2147483648.0);
        assert_eq!(a(BinOp::Sar, -8.0, 1.0), -4.0);
        assert_eq!(a(BinOp::Shr, -1.0, 0.0), 4294967295.0);
        assert_eq!(a(BinOp::Shr, -8.0, 1.0), 2147483644.0);
        assert_eq!(a(BinOp::Shr, 1.0, 33.0), 0.0);
        assert_eq!(a(BinOp::BitAnd, 4294967295.0, 255.5), 255.0);
        assert_eq!(a(BinOp::BitOr, 2147483648.0, 0.0), -2147483648.0);
        assert_eq!(a(BinOp::BitXor, -1.0, 1e21), 559939583.0);
        assert_eq!(a(BinOp::Exp, 2.0, 10.0), 1024.0);
        assert!(a(BinOp::Exp, 1.0, f64::NAN).is_nan());
        assert!(a(BinOp::Exp, 1.0, f64::INFINITY).is_nan());
        assert!(a(BinOp::Exp, -1.0, f64::NEG_INFINITY).is_nan());
        assert_eq!(a(BinOp::Exp, f64::NAN, 0.0), 1.0);
        assert!(a(BinOp::Exp, -8.0, 1.0 / 3.0).is_nan());
        assert_eq!(a(BinOp::Exp, -0.0, -3.0), f64::NEG_INFINITY);
        assert_eq!(
            kiln_arith(BinOp::Mul as i64, s("3"), s("4")).as_number(),
            12.0
        );
        assert!(kiln_arith(BinOp::Sub as i64, s("x"), n(1.0))
            .as_number()
            .is_nan());
        assert_eq!(
            kiln_arith(BinOp::BitOr as i64, s("0x10"), Value::NULL).as_number(),
            16.0
        );
    }

    #[test]
    fn unary() {
        assert_eq!(kiln_negate(s("5")).as_number(), -5.0);
        assert_eq!(
            kiln_negate(n(0.0)).as_number().to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(kiln_bitnot(n(5.0)).as_number(), -6.0);
        assert_eq!(kiln_bitnot(s("-1")).as_number(), 0.0);
        assert_eq!(kiln_to_number(s(" 0b11 ")).as_number(), 3.0);
        assert_eq!(kiln_to_int32(-2147483649.0), 2147483647);
        assert_eq!(kiln_to_int32(2147483648.0), -2147483648);
        assert_eq!(kiln_fmod(-1.0, 1.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(kiln_truthy(s("")), 0);
        assert_eq!(kiln_truthy(s("0")), 1);
    }

    #[test]
    fn comparison() {
        let c = |op: CmpOp, a: Value, b: Value| kiln_compare(op as i64, a, b) == Value::TRUE;
        assert!(c(CmpOp::Lt, s("a"), s("b")));
        assert!(c(CmpOp::Lt, s("Z"), s("a")));
        assert!(c(CmpOp::Lt, s("10"), s("9")));
        assert!(!c(CmpOp::Lt, n(10.0), s("9")));
        assert!(c(CmpOp::Gt, n(10.0), s("9")));
        assert!(c(CmpOp::Le, s("a"), s("a")));
        assert!(c(CmpOp::Ge, s("b"), s("a")));
        assert!(!c(CmpOp::Le, n(f64::NAN), n(1.0)));
        assert!(!c(CmpOp::Ge, Value::UNDEFINED, n(0.0)));
        assert!(c(CmpOp::Ge, Value::NULL, n(0.0)));
        assert!(c(CmpOp::Lt, Value::FALSE, Value::TRUE));
        // By code units, not code points.
        assert!(c(CmpOp::Lt, s("😀"), s("\u{FF61}")));
        assert!(c(CmpOp::Gt, s("\u{E000}"), s("\u{1F600}")));
        assert!(!c(CmpOp::Lt, s("a"), n(f64::NAN)));
    }

    #[test]
    fn loose_equality_table() {
        let e = crate::exec::error::make(crate::exec::error::ErrorKind::Error, "x");
        let f = crate::object::function::new_function(0, s("f"), 0.0, 0, 0);
        let t = |a: Value, b: Value| kiln_loose_eq(a, b) == Value::TRUE;
        let cases: &[(Value, Value, bool)] = &[
            (Value::NULL, Value::UNDEFINED, true),
            (Value::UNDEFINED, Value::NULL, true),
            (Value::NULL, Value::NULL, true),
            (Value::NULL, n(0.0), false),
            (Value::UNDEFINED, n(f64::NAN), false),
            (Value::NULL, Value::FALSE, false),
            (Value::NULL, s(""), false),
            (n(1.0), s("1"), true),
            (n(0.0), s(""), true),
            (n(0.0), s("  \n"), true),
            (s("0x10"), n(16.0), true),
            (n(f64::NAN), n(f64::NAN), false),
            (n(0.0), n(-0.0), true),
            (Value::TRUE, n(1.0), true),
            (Value::TRUE, s("1"), true),
            (Value::FALSE, s("0"), true),
            (Value::FALSE, s(""), true),
            (Value::TRUE, s("true"), false),
            (Value::FALSE, Value::UNDEFINED, false),
            (s("a"), s("a"), true),
            (s("a"), s("b"), false),
            (e, s("Error: x"), true),
            (e, e, true),
            (
                e,
                crate::exec::error::make(crate::exec::error::ErrorKind::Error, "x"),
                false,
            ),
            (f, f, true),
            (f, s("function f() { [native code] }"), true),
            (f, Value::NULL, false),
            (e, Value::UNDEFINED, false),
        ];
        for (i, &(a, b, want)) in cases.iter().enumerate() {
            assert_eq!(t(a, b), want, "case {i}: {a:?} == {b:?}");
            assert_eq!(t(b, a), want, "case {i} (swapped)");
        }
    }

    #[test]
    fn strict_equality() {
        assert_eq!(kiln_strict_eq(n(0.0), n(-0.0)), 1);
        assert_eq!(kiln_strict_eq(n(f64::NAN), n(f64::NAN)), 0);
        assert_eq!(kiln_strict_eq(s("ab"), from_str("ab")), 1);
        assert_eq!(kiln_strict_eq(n(1.0), s("1")), 0);
        assert_eq!(kiln_strict_eq(Value::NULL, Value::UNDEFINED), 0);
        assert_eq!(kiln_strict_eq(Value::TRUE, Value::TRUE), 1);
    }
}
