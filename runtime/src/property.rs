//! Property reads and method calls on any value (`obj.key`, `obj[key]`,
//! `recv.key(...)`): string indexing and `length`, function `name`/`length`,
//! error `name`/`message`/`stack`, and the primitive prototype methods.

use crate::conv;
use crate::error;
use crate::exception::{self, JsResult};
use crate::function;
use crate::number;
use crate::string;
use crate::string_methods::{self, arg};
use crate::value::Value;

/// The arguments at `argv` as a slice.
///
/// # Safety
/// `argv` must point at `argc` values (it may be dangling when `argc` is 0).
pub unsafe fn args<'a>(argc: i64, argv: i64) -> &'a [Value] {
    if argc <= 0 || argv == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(argv as usize as *const Value, argc as usize) }
}

/// Throws `TypeError: Cannot read properties of undefined (reading 'key')`.
fn throw_nullish_read<T>(recv: Value, key: Value) -> JsResult<T> {
    let what = if recv.is_null() { "null" } else { "undefined" };
    let key = conv::display_string(key);
    Err(exception::throw_type_error(&format!(
        "Cannot read properties of {what} (reading '{key}')"
    )))
}

/// The code unit of `s` at integer index `key` (a number value), if in range.
fn string_index(s: Value, key: f64) -> Option<Value> {
    let units = string::units(s);
    (key >= 0.0 && key < units.len() as f64 && key == key.trunc())
        .then(|| string::from_unit(units[key as usize]))
}

/// `recv[key]`.
pub fn get(recv: Value, key: Value) -> JsResult<Value> {
    if recv.is_nullish() {
        return throw_nullish_read(recv, key);
    }
    if recv.is_string() && key.is_number() {
        return Ok(string_index(recv, key.as_number()).unwrap_or(Value::UNDEFINED));
    }
    let key = conv::to_property_key(key)?;
    let k = string::units(key);
    if recv.is_string() {
        if k == b"length".map(|b| b as u16) {
            return Ok(Value::number(string::len(recv) as f64));
        }
        return Ok(match string::array_index(k) {
            Some(i) => string_index(recv, i as f64).unwrap_or(Value::UNDEFINED),
            None => Value::UNDEFINED,
        });
    }
    if function::is_function(recv) {
        let f = function::fields(recv);
        return Ok(match string::to_rust(key).as_str() {
            "name" => function::name(recv),
            "length" => Value::number(f.length as f64),
            _ => Value::UNDEFINED,
        });
    }
    if error::is_error(recv) {
        let e = error::fields(recv);
        return Ok(match string::to_rust(key).as_str() {
            "name" => e.name,
            "message" => e.message,
            "stack" => e.stack,
            _ => Value::UNDEFINED,
        });
    }
    Ok(Value::UNDEFINED)
}

/// How V8 would show the receiver of a failed method call (`"abc".foo`,
/// `5.foo`), without the source text it really uses.
fn receiver_text(recv: Value) -> String {
    if recv.is_string() {
        let s = string::to_rust(recv);
        return format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    }
    if function::is_function(recv) {
        let name = string::to_rust(function::name(recv));
        if !name.is_empty() {
            return name;
        }
    }
    if recv.is_object() {
        return "(intermediate value)".to_owned();
    }
    conv::display_string(recv)
}

fn not_a_function<T>(recv: Value, name: &str) -> JsResult<T> {
    let msg = format!("{}.{name} is not a function", receiver_text(recv));
    Err(exception::throw_type_error(&msg))
}

fn radix_arg(v: Value) -> JsResult<u32> {
    if v.is_undefined() {
        return Ok(10);
    }
    let r = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(2.0..=36.0).contains(&r) {
        return Err(exception::throw_range_error(
            "toString() radix argument must be between 2 and 36",
        ));
    }
    Ok(r as u32)
}

fn digits_arg(v: Value, min: f64, what: &str) -> JsResult<f64> {
    let d = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(min..=100.0).contains(&d) {
        return Err(exception::throw_range_error(&format!(
            "{what} argument must be between {min} and 100"
        )));
    }
    Ok(d)
}

/// `Number.prototype[name]` on the number `x`.
fn number_method(x: f64, name: &str, args: &[Value]) -> Option<JsResult<Value>> {
    let text = |s: String| Ok(string::from_str(&s));
    Some(match name {
        "toString" => radix_arg(arg(args, 0)).and_then(|r| text(number::to_radix_string(x, r))),
        "toLocaleString" => text(number::to_locale_string(x)),
        "valueOf" => Ok(Value::number(x)),
        "toFixed" => digits_arg(arg(args, 0), 0.0, "toFixed() digits")
            .and_then(|d| text(number::to_fixed(x, d as u32))),
        "toPrecision" => {
            if arg(args, 0).is_undefined() {
                return Some(text(number::to_rust_string(x)));
            }
            (|| {
                let p = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
                if !x.is_finite() {
                    return text(number::to_rust_string(x));
                }
                if !(1.0..=100.0).contains(&p) {
                    return Err(exception::throw_range_error(
                        "toPrecision() argument must be between 1 and 100",
                    ));
                }
                text(number::to_precision(x, p as u32))
            })()
        }
        "toExponential" => (|| {
            let f = arg(args, 0);
            let d = conv::to_integer_or_infinity(conv::to_number(f)?);
            if !x.is_finite() {
                return text(number::to_rust_string(x));
            }
            if !(0.0..=100.0).contains(&d) {
                return Err(exception::throw_range_error(
                    "toExponential() argument must be between 0 and 100",
                ));
            }
            text(number::to_exponential(
                x,
                (!f.is_undefined()).then_some(d as u32),
            ))
        })(),
        _ => return None,
    })
}

/// `recv[key](...args)`.
pub fn call_method(recv: Value, key: Value, args: &[Value]) -> JsResult<Value> {
    if recv.is_nullish() {
        return throw_nullish_read(recv, key);
    }
    let key = conv::to_property_key(key)?;
    let name = string::to_rust(key);
    let r = if recv.is_string() {
        string_methods::call(recv, &name, args)
    } else if recv.is_number() {
        number_method(recv.as_number(), &name, args)
    } else if recv.is_bool() {
        match name.as_str() {
            "toString" => Some(conv::to_string(recv)),
            "valueOf" => Some(Ok(recv)),
            _ => None,
        }
    } else if error::is_error(recv) {
        match name.as_str() {
            "toString" => Some(error::to_string(recv)),
            _ => None,
        }
    } else if function::is_function(recv) {
        match name.as_str() {
            "toString" => Some(Ok(function::source_text(recv))),
            "call" => Some(function::call(
                recv,
                arg(args, 0),
                args.get(1..).unwrap_or(&[]),
            )),
            _ => None,
        }
    } else {
        None
    };
    r.unwrap_or_else(|| not_a_function(recv, &name))
}

/// `kiln_get_prop(recv, key)`: `recv[key]`. May throw.
#[no_mangle]
pub extern "C" fn kiln_get_prop(recv: Value, key: Value) -> Value {
    exception::ret(get(recv, key))
}

/// `kiln_call_method(recv, key, argc, argv)`: `recv[key](...)`. May throw.
#[no_mangle]
pub extern "C" fn kiln_call_method(recv: Value, key: Value, argc: i64, argv: i64) -> Value {
    // SAFETY: compiled code passes `argc` values at `argv`.
    let args = unsafe { args(argc, argv) };
    exception::ret(call_method(recv, key, args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::from_str;

    fn n(x: f64) -> Value {
        Value::number(x)
    }
    fn s(t: &str) -> Value {
        from_str(t)
    }
    fn text(v: Value) -> String {
        assert!(
            !exception::is_exception(v),
            "unexpected exception: {}",
            conv::display_string(exception::take())
        );
        conv::display_string(v)
    }
    fn thrown(v: Value) -> String {
        assert!(
            exception::is_exception(v),
            "expected an exception, got {v:?}"
        );
        conv::display_string(exception::take())
    }
    fn m(recv: Value, name: &str, args: &[Value]) -> Value {
        kiln_call_method(recv, s(name), args.len() as i64, args.as_ptr() as i64)
    }

    #[test]
    fn string_props() {
        assert_eq!(text(kiln_get_prop(s("hello"), s("length"))), "5");
        assert_eq!(text(kiln_get_prop(s("😀"), s("length"))), "2");
        assert_eq!(text(kiln_get_prop(s("hello"), n(1.0))), "e");
        assert_eq!(text(kiln_get_prop(s("hello"), s("4"))), "o");
        assert_eq!(text(kiln_get_prop(s("hello"), n(5.0))), "undefined");
        assert_eq!(text(kiln_get_prop(s("hello"), n(-1.0))), "undefined");
        assert_eq!(text(kiln_get_prop(s("hello"), n(1.5))), "undefined");
        assert_eq!(text(kiln_get_prop(s("hello"), s("01"))), "undefined");
        assert_eq!(text(kiln_get_prop(s("hello"), s("foo"))), "undefined");
        assert_eq!(text(kiln_get_prop(n(5.0), s("foo"))), "undefined");
        assert_eq!(text(kiln_get_prop(Value::TRUE, s("length"))), "undefined");
    }

    #[test]
    fn object_props() {
        let f = function::make_function(0, s("add"), 2, 0);
        assert_eq!(text(kiln_get_prop(f, s("name"))), "add");
        assert_eq!(text(kiln_get_prop(f, s("length"))), "2");
        assert_eq!(text(kiln_get_prop(f, s("x"))), "undefined");
        let e = error::make(error::ErrorKind::RangeError, "bad");
        assert_eq!(text(kiln_get_prop(e, s("name"))), "RangeError");
        assert_eq!(text(kiln_get_prop(e, s("message"))), "bad");
        assert_eq!(text(kiln_get_prop(e, s("stack"))), "RangeError: bad");
    }

    #[test]
    fn nullish_receivers() {
        assert_eq!(
            thrown(kiln_get_prop(Value::UNDEFINED, s("x"))),
            "TypeError: Cannot read properties of undefined (reading 'x')"
        );
        assert_eq!(
            thrown(kiln_get_prop(Value::NULL, n(0.0))),
            "TypeError: Cannot read properties of null (reading '0')"
        );
        assert_eq!(
            thrown(m(Value::UNDEFINED, "foo", &[])),
            "TypeError: Cannot read properties of undefined (reading 'foo')"
        );
    }

    #[test]
    fn unknown_methods() {
        assert_eq!(
            thrown(m(s("abc"), "foo", &[])),
            "TypeError: \"abc\".foo is not a function"
        );
        assert_eq!(
            thrown(m(n(5.0), "foo", &[])),
            "TypeError: 5.foo is not a function"
        );
        assert_eq!(
            thrown(m(Value::TRUE, "foo", &[])),
            "TypeError: true.foo is not a function"
        );
        let f = function::make_function(0, s("f"), 0, 0);
        assert_eq!(
            thrown(m(f, "foo", &[])),
            "TypeError: f.foo is not a function"
        );
        let e = error::make(error::ErrorKind::Error, "x");
        assert_eq!(
            thrown(m(e, "foo", &[])),
            "TypeError: (intermediate value).foo is not a function"
        );
        assert_eq!(
            thrown(m(s("abc"), "length", &[])),
            "TypeError: \"abc\".length is not a function"
        );
    }

    #[test]
    fn number_methods() {
        assert_eq!(text(m(n(255.0), "toString", &[n(16.0)])), "ff");
        assert_eq!(text(m(n(255.0), "toString", &[])), "255");
        assert_eq!(text(m(n(-0.0), "toString", &[n(2.0)])), "0");
        assert_eq!(text(m(n(4.56789), "toFixed", &[n(2.0)])), "4.57");
        assert_eq!(text(m(n(3.5), "toFixed", &[])), "4");
        assert_eq!(text(m(n(f64::NAN), "toFixed", &[n(2.0)])), "NaN");
        assert_eq!(text(m(n(123.456), "toPrecision", &[n(4.0)])), "123.5");
        assert_eq!(text(m(n(123.456), "toPrecision", &[])), "123.456");
        assert_eq!(text(m(n(123.456), "toExponential", &[n(2.0)])), "1.23e+2");
        assert_eq!(text(m(n(123.456), "toExponential", &[])), "1.23456e+2");
        assert_eq!(
            text(m(n(f64::INFINITY), "toExponential", &[n(-1.0)])),
            "Infinity"
        );
        assert_eq!(text(m(n(7.0), "valueOf", &[])), "7");
        assert_eq!(
            thrown(m(n(1.0), "toString", &[n(1.0)])),
            "RangeError: toString() radix argument must be between 2 and 36"
        );
        assert_eq!(
            thrown(m(n(1.0), "toFixed", &[n(101.0)])),
            "RangeError: toFixed() digits argument must be between 0 and 100"
        );
        assert_eq!(
            thrown(m(n(1.0), "toPrecision", &[n(0.0)])),
            "RangeError: toPrecision() argument must be between 1 and 100"
        );
        assert_eq!(
            thrown(m(n(1.0), "toExponential", &[n(-1.0)])),
            "RangeError: toExponential() argument must be between 0 and 100"
        );
    }

    #[test]
    fn other_methods() {
        assert_eq!(text(m(Value::TRUE, "toString", &[])), "true");
        assert_eq!(text(m(Value::FALSE, "valueOf", &[])), "false");
        let e = error::make(error::ErrorKind::TypeError, "oops");
        assert_eq!(text(m(e, "toString", &[])), "TypeError: oops");
        let f = function::make_function(0, s("g"), 0, 0);
        assert_eq!(
            text(m(f, "toString", &[])),
            "function g() { [native code] }"
        );
        assert_eq!(text(m(s("abc"), "toUpperCase", &[])), "ABC");
    }
}
