//! `BigInt` (ECMA-262 §21.2): the function, `asIntN`/`asUintN`, and
//! `BigInt.prototype` (`toString`, `toLocaleString`, `valueOf`,
//! `@@toStringTag`). The values and their arithmetic are `exec::bigint`.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::bigint;
use crate::exec::conv::{self, Hint};
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::{self as object, CONFIGURABLE, WRITABLE};
use crate::text::string;

pub use crate::exec::bigint::to_bigint;

/// `BigInt(value)` (§21.2.1.1); `new BigInt` is a TypeError.
fn bigint_fn(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(exception::throw_type_error("BigInt is not a constructor"));
    }
    let p = conv::to_primitive(arg(args, 0), Hint::Number)?;
    if p.is_number() {
        return bigint::from_number(p.as_number());
    }
    to_bigint(p)
}

/// ToIndex(bits) for asIntN/asUintN.
fn bits_arg(v: Value) -> JsResult<u64> {
    let n = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(0.0..=9007199254740991.0).contains(&n) {
        return Err(exception::throw_range_error(
            "Invalid value: not (convertible to) a safe integer",
        ));
    }
    Ok(n as u64)
}

fn as_int_n(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let bits = bits_arg(arg(args, 0))?;
    bigint::as_n(bits, to_bigint(arg(args, 1))?, true)
}

fn as_uint_n(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let bits = bits_arg(arg(args, 0))?;
    bigint::as_n(bits, to_bigint(arg(args, 1))?, false)
}

/// thisBigIntValue (§21.2.3.4.1).
fn this_bigint(this: Value, method: &str) -> JsResult<Value> {
    if bigint::is_bigint(this) {
        return Ok(this);
    }
    if let Some(p) = object::primitive_value(this).filter(|p| bigint::is_bigint(*p)) {
        return Ok(p);
    }
    Err(exception::throw_type_error(&format!(
        "BigInt.prototype.{method} requires that 'this' be a BigInt"
    )))
}

fn to_string(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let x = this_bigint(this, "toString")?;
    let r = arg(args, 0);
    let radix = if r.is_undefined() {
        10.0
    } else {
        conv::to_integer_or_infinity(conv::to_number(r)?)
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(exception::throw_range_error(
            "toString() radix argument must be between 2 and 36",
        ));
    }
    Ok(string::from_str(&bigint::to_string_radix(x, radix as u32)))
}

/// `toLocaleString()`: the en-US form, digits grouped by three.
fn to_locale_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let x = this_bigint(this, "toLocaleString")?;
    let s = bigint::to_string_radix(x, 10);
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    Ok(string::from_str(&out))
}

fn value_of(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_bigint(this, "valueOf")
}

pub fn install(r: &Realm) {
    let proto = r.bigint_prototype;
    let ctor = realm::constructor("BigInt", 1, bigint_fn, proto);
    realm::define(r.global, "BigInt", ctor, WRITABLE | CONFIGURABLE);
    realm::method(ctor, "asIntN", 2, as_int_n);
    realm::method(ctor, "asUintN", 2, as_uint_n);
    realm::method(proto, "toLocaleString", 0, to_locale_string);
    realm::method(proto, "toString", 0, to_string);
    realm::method(proto, "valueOf", 0, value_of);
    let _ = internal_methods::define_own(
        proto,
        Key::Named(realm::well_known("toStringTag")),
        Desc::data(string::from_str("BigInt"), CONFIGURABLE),
        false,
    );
}
