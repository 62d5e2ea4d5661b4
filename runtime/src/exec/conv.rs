//! Type conversions: ToBoolean, ToPrimitive, ToNumber, ToString, ToInt32 and
//! friends, and `typeof`.
//!
//! The only objects so far are functions and error objects, whose
//! `valueOf`/`toString` cannot be overridden yet; the fallible signatures
//! (`JsResult`) are ready for user-defined conversions.

use crate::abi::value::{Value, TAG_BIGINT, TAG_SYMBOL};
use crate::exec::exception::JsResult;
use crate::lit;
use crate::object::function;
use crate::text::number_format;
use crate::text::number_parse;
use crate::text::string;

/// The preferred type of ToPrimitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToBoolean.
#[inline]
pub fn to_boolean(v: Value) -> bool {
    if v.is_number() {
        let n = v.as_number();
        return n != 0.0 && !n.is_nan();
    }
    match v.tag() {
        crate::abi::value::TAG_BOOL => v.as_bool(),
        crate::abi::value::TAG_STRING => string::len(v) != 0,
        crate::abi::value::TAG_OBJECT | TAG_SYMBOL => true,
        TAG_BIGINT => !crate::exec::bigint::is_zero(v),
        _ => false, // undefined, null (and the internal hole/exception markers)
    }
}

/// V8's text for a value that should have been a method (`number 1`,
/// `string "x"`, `boolean true`, `object`, `symbol`).
pub fn type_and_value(v: Value) -> String {
    if v.is_number() {
        format!("number {}", display_string(v))
    } else if v.is_string() {
        format!("string \"{}\"", string::to_rust(v))
    } else if v.is_bool() {
        format!("boolean {}", v.as_bool())
    } else if v.is_undefined() {
        "undefined".to_owned()
    } else {
        match v.tag() {
            TAG_SYMBOL => "symbol".to_owned(),
            TAG_BIGINT => format!("bigint {}", display_string(v)),
            _ => "object".to_owned(),
        }
    }
}

/// ToPrimitive: the object's `Symbol.toPrimitive` method if it has one,
/// else OrdinaryToPrimitive (`valueOf` then `toString`, or the other way
/// round for hint String).
pub fn to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    if !v.is_object() {
        return Ok(v);
    }
    let sym = crate::exec::realm::well_known("toPrimitive");
    if sym.tag() == TAG_SYMBOL {
        let key = crate::object::key::Key::Named(sym);
        let exotic = crate::object::internal_methods::get(v, key, v)?;
        if !exotic.is_nullish() {
            if !function::is_function(exotic) {
                return Err(crate::exec::exception::throw_type_error(&format!(
                    "{} is not a function",
                    type_and_value(exotic)
                )));
            }
            let name = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let r = function::call(exotic, v, &[string::from_str(name)])?;
            if r.is_object() {
                return Err(crate::exec::exception::throw_type_error(
                    "Cannot convert object to primitive value",
                ));
            }
            return Ok(r);
        }
    }
    ordinary_to_primitive(v, hint)
}

/// OrdinaryToPrimitive(O, hint) (§7.1.1.1): `valueOf` then `toString`, or
/// the other way round for hint String.
pub fn ordinary_to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    let keys = &crate::exec::realm::get().keys;
    let order = if hint == Hint::String {
        [keys.to_string, keys.value_of]
    } else {
        [keys.value_of, keys.to_string]
    };
    for name in order {
        let f = crate::object::internal_methods::get(v, crate::object::key::Key::Named(name), v)?;
        if function::is_function(f) {
            let r = function::call(f, v, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    Err(crate::exec::exception::throw_type_error(
        "Cannot convert object to primitive value",
    ))
}

/// ToNumber.
pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    Ok(match v.tag() {
        crate::abi::value::TAG_STRING => number_parse::string_to_number(string::units(v)),
        crate::abi::value::TAG_BOOL => v.as_bool() as u8 as f64,
        crate::abi::value::TAG_NULL => 0.0,
        crate::abi::value::TAG_OBJECT => return to_number(to_primitive(v, Hint::Number)?),
        TAG_SYMBOL => {
            return Err(crate::exec::exception::throw_type_error(
                "Cannot convert a Symbol value to a number",
            ))
        }
        TAG_BIGINT => {
            return Err(crate::exec::exception::throw_type_error(
                "Cannot convert a BigInt value to a number",
            ))
        }
        _ => f64::NAN,
    })
}

/// ToNumeric: a number or a BigInt value.
#[inline]
pub fn to_numeric(v: Value) -> JsResult<Value> {
    if v.is_number() || v.tag() == TAG_BIGINT {
        return Ok(v);
    }
    let p = if v.is_object() {
        to_primitive(v, Hint::Number)?
    } else {
        v
    };
    if p.tag() == TAG_BIGINT {
        return Ok(p);
    }
    to_number(p).map(Value::number)
}

/// ToString, as a string value.
pub fn to_string(v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    if v.is_number() {
        return Ok(number_format::to_string_value(v.as_number()));
    }
    Ok(match v.0 {
        crate::abi::value::TRUE => lit!("true"),
        crate::abi::value::FALSE => lit!("false"),
        crate::abi::value::NULL => lit!("null"),
        _ if v.is_object() => return to_string(to_primitive(v, Hint::String)?),
        _ if crate::object::key::is_symbol(v) => {
            return Err(crate::exec::exception::throw_type_error(
                "Cannot convert a Symbol value to a string",
            ))
        }
        _ if v.tag() == TAG_BIGINT => {
            string::from_str(&crate::exec::bigint::to_string_radix(v, 10))
        }
        _ => lit!("undefined"),
    })
}

/// ToPropertyKey: a symbol, or a string value.
pub fn to_property_key(v: Value) -> JsResult<Value> {
    if crate::object::key::is_symbol(v) {
        return Ok(v);
    }
    let p = to_primitive(v, Hint::String)?;
    if crate::object::key::is_symbol(p) {
        return Ok(p);
    }
    to_string(p)
}

/// ToString as Rust text for messages and printing; never throws (a throwing
/// conversion shows as the pending exception's absence of text: `""`).
pub fn display_string(v: Value) -> String {
    if v.is_number() {
        return number_format::to_rust_string(v.as_number());
    }
    if crate::object::key::is_symbol(v) {
        return crate::object::key::Key::Named(v).display();
    }
    match to_string(v) {
        Ok(s) => string::to_rust(s),
        Err(_) => {
            crate::exec::exception::take();
            String::new()
        }
    }
}

/// A short text for a value in runtime error messages (`#<Object>`, `abc`, `5`).
pub fn display_string_short(v: Value) -> String {
    if v.is_object() {
        if function::is_function(v) {
            let n = string::to_rust(function::name(v));
            return if n.is_empty() {
                "function".to_owned()
            } else {
                n
            };
        }
        return crate::object::internal_methods::describe(v);
    }
    if crate::object::key::is_symbol(v) {
        return crate::object::key::Key::Named(v).display();
    }
    display_string(v)
}

/// `typeof v`.
pub fn type_of(v: Value) -> &'static str {
    if v.is_number() {
        return "number";
    }
    match v.tag() {
        crate::abi::value::TAG_STRING => "string",
        crate::abi::value::TAG_BOOL => "boolean",
        crate::abi::value::TAG_NULL => "object",
        crate::abi::value::TAG_OBJECT if function::is_function(v) => "function",
        crate::abi::value::TAG_OBJECT => "object",
        TAG_SYMBOL => "symbol",
        TAG_BIGINT => "bigint",
        _ => "undefined",
    }
}

/// ToInt32 of a number: truncation modulo 2^32; NaN and infinities give 0.
#[inline]
pub fn to_int32(x: f64) -> i32 {
    if x.abs() < 2147483648.0 {
        return x as i32; // truncates; NaN is not < anything
    }
    if !x.is_finite() {
        return 0;
    }
    // |x| >= 2^31 is an integer-valued double beyond 2^52 or has a fraction;
    // the remainder is exact and below 2^32 in magnitude.
    let m = x.trunc() % 4294967296.0;
    m as i64 as u32 as i32
}

/// ToUint32 of a number.
#[inline]
pub fn to_uint32(x: f64) -> u32 {
    to_int32(x) as u32
}

/// ToIntegerOrInfinity of a number (NaN → 0, truncation, -0 → +0).
#[inline]
pub fn to_integer_or_infinity(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.trunc() + 0.0
    }
}

/// SameValueZero on numbers (`NaN` equals `NaN`; `-0` equals `+0`).
pub fn same_value_zero_num(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

/// `kiln_to_string(v)`: ToString (template literals, `String(x)`). May throw.
#[no_mangle]
pub extern "C" fn kiln_to_string(v: Value) -> Value {
    crate::exec::exception::ret(to_string(v))
}

/// `kiln_typeof(v)`: `typeof v` as a (static) string value.
#[no_mangle]
pub extern "C" fn kiln_typeof(v: Value) -> Value {
    if v.is_number() {
        return lit!("number");
    }
    match type_of(v) {
        "string" => lit!("string"),
        "boolean" => lit!("boolean"),
        "object" => lit!("object"),
        "function" => lit!("function"),
        "symbol" => lit!("symbol"),
        "bigint" => lit!("bigint"),
        _ => lit!("undefined"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::from_str;

    fn s(v: Value) -> String {
        string::to_rust(to_string(v).unwrap())
    }

    #[test]
    fn booleans() {
        let falsy = [
            Value::number(0.0),
            Value::number(-0.0),
            Value::number(f64::NAN),
            from_str(""),
            Value::FALSE,
            Value::UNDEFINED,
            Value::NULL,
        ];
        for v in falsy {
            assert!(!to_boolean(v), "{v:?}");
        }
        let truthy = [
            Value::number(1.0),
            Value::number(-0.5),
            from_str("0"),
            from_str(" "),
            Value::TRUE,
        ];
        for v in truthy {
            assert!(to_boolean(v), "{v:?}");
        }
        assert!(to_boolean(crate::exec::error::make(
            crate::exec::error::ErrorKind::Error,
            ""
        )));
    }

    #[test]
    fn numbers() {
        assert_eq!(to_number(from_str(" 12 ")).unwrap(), 12.0);
        assert!(to_number(from_str("x")).unwrap().is_nan());
        assert!(to_number(Value::UNDEFINED).unwrap().is_nan());
        assert_eq!(to_number(Value::NULL).unwrap(), 0.0);
        assert_eq!(to_number(Value::TRUE).unwrap(), 1.0);
        assert_eq!(to_number(Value::FALSE).unwrap(), 0.0);
        assert!(to_number(crate::exec::error::make(
            crate::exec::error::ErrorKind::Error,
            "1"
        ))
        .unwrap()
        .is_nan());
    }

    #[test]
    fn strings() {
        assert_eq!(s(Value::number(-0.0)), "0");
        assert_eq!(s(Value::number(1e21)), "1e+21");
        assert_eq!(s(Value::TRUE), "true");
        assert_eq!(s(Value::FALSE), "false");
        assert_eq!(s(Value::NULL), "null");
        assert_eq!(s(Value::UNDEFINED), "undefined");
        assert_eq!(s(from_str("x")), "x");
        let f = function::new_function(0, from_str("foo"), 2.0, 0, 0);
        assert_eq!(s(f), "function foo() { [native code] }");
        let e = crate::exec::error::make(crate::exec::error::ErrorKind::TypeError, "m");
        assert_eq!(s(e), "TypeError: m");
    }

    #[test]
    fn typeofs() {
        assert_eq!(type_of(Value::NULL), "object");
        assert_eq!(type_of(Value::UNDEFINED), "undefined");
        assert_eq!(type_of(Value::number(f64::NAN)), "number");
        assert_eq!(type_of(from_str("")), "string");
        assert_eq!(type_of(Value::TRUE), "boolean");
        assert_eq!(
            type_of(function::new_function(0, from_str("f"), 0.0, 0, 0)),
            "function"
        );
        assert_eq!(
            type_of(crate::exec::error::make(
                crate::exec::error::ErrorKind::Error,
                ""
            )),
            "object"
        );
        assert_eq!(string::to_rust(kiln_typeof(Value::NULL)), "object");
        assert_eq!(string::to_rust(kiln_typeof(Value::number(1.0))), "number");
    }

    #[test]
    fn int32() {
        let cases: &[(f64, i32)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.9, 1),
            (-1.9, -1),
            (f64::NAN, 0),
            (f64::INFINITY, 0),
            (f64::NEG_INFINITY, 0),
            (2147483647.0, 2147483647),
            (2147483648.0, -2147483648),
            (4294967295.0, -1),
            (4294967296.0, 0),
            (4294967297.5, 1),
            (-2147483649.0, 2147483647),
            (-4294967297.0, -1),
            (1e21, -559939584),
            (-1e21, 559939584),
            (9007199254740993.0, 0),
            (1.7976931348623157e308, 0),
            (3e9, -1294967296),
            (-3e9, 1294967296),
        ];
        for &(x, want) in cases {
            assert_eq!(to_int32(x), want, "ToInt32({x})");
        }
        assert_eq!(to_uint32(-1.0), 4294967295);
        assert_eq!(to_integer_or_infinity(-0.5).to_bits(), 0f64.to_bits());
    }
}
