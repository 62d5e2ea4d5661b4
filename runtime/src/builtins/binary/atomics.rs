//! `Atomics` (ECMA-262 §25.4) with single-threaded semantics: kiln runs
//! JavaScript on one thread, so every operation is a plain read-modify-write
//! of the element; `wait` returns `"not-equal"` or sleeps out its timeout
//! (`"timed-out"`), and `notify` wakes no one (0).

use super::to_index;
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::bigint;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::typed_array::{self as ta, Elem};

/// ValidateIntegerTypedArray (§25.4.3.1); `waitable` asks for Int32Array
/// or BigInt64Array; `name` is the method (for the detached-buffer error).
fn validate(v: Value, waitable: bool, name: &str) -> JsResult<Value> {
    let describe = || {
        if v.is_object() {
            format!("[object {}]", crate::builtins::object::to_string_tag(v))
        } else {
            conv::display_string(v)
        }
    };
    let ok = ta::is_typed_array(v)
        && match ta::elem_of(v) {
            Elem::Int32 | Elem::BigInt64 => true,
            Elem::Int8
            | Elem::Uint8
            | Elem::Int16
            | Elem::Uint16
            | Elem::Uint32
            | Elem::BigUint64 => !waitable,
            _ => false,
        };
    if ok {
        return revalidate(v, name);
    }
    let what = if waitable {
        "an int32 or BigInt64"
    } else {
        "an integer"
    };
    Err(exception::throw_type_error(&format!(
        "{} is not {what} typed array.",
        describe()
    )))
}

/// The detached-buffer check of ValidateTypedArray, and of
/// RevalidateAtomicAccess after the operands' conversions (which may have
/// detached the buffer: the index, checked before, is then out of bounds).
fn revalidate(t: Value, name: &str) -> JsResult<Value> {
    if ta::view_detached(t) {
        return Err(super::detached(&format!("Atomics.{name}")));
    }
    Ok(t)
}

/// ValidateAtomicAccess (§25.4.3.2): the element index.
/// The length is read before the index's conversion (which may detach the
/// buffer: the callers that touch the element revalidate afterwards).
fn access(t: Value, index: Value) -> JsResult<usize> {
    let len = ta::view_length(t);
    let i = to_index(index, |_| "Invalid atomic access index".to_owned())?;
    if i >= len {
        return Err(exception::throw_range_error("Invalid atomic access index"));
    }
    Ok(i)
}

/// ToIntegerOrInfinity(ToNumber(v)) for the value operands.
fn integer(v: Value) -> JsResult<f64> {
    Ok(conv::to_integer_or_infinity(conv::to_number(v)?))
}

/// The value operand for `t`'s element type: ToBigInt for the BigInt
/// arrays, ToIntegerOrInfinity(ToNumber) for the others.
fn operand(t: Value, v: Value) -> JsResult<Value> {
    if ta::elem_of(t).is_bigint() {
        bigint::to_bigint(v)
    } else {
        Ok(Value::number(integer(v)?))
    }
}

/// AtomicReadModifyWrite (§25.4.3.17): stores `op(old, v)` and returns
/// `old`; `big` is the operation on the 64-bit pattern of BigInt elements.
fn rmw(
    args: &[Value],
    name: &str,
    op: fn(f64, f64) -> f64,
    big: fn(u64, u64) -> u64,
) -> JsResult<Value> {
    let t = validate(arg(args, 0), false, name)?;
    let i = access(t, arg(args, 1))?;
    let v = operand(t, arg(args, 2))?;
    revalidate(t, name)?;
    let old = ta::get_index(t, i);
    let new = if ta::elem_of(t).is_bigint() {
        bigint::from_i128(big(bigint::low_u64(old), bigint::low_u64(v)) as i128)
    } else {
        Value::number(op(old.as_number(), v.as_number()))
    };
    ta::set_index(t, i, new);
    Ok(old)
}

/// The bitwise operations work on the element's 32-bit pattern.
fn bits(x: f64) -> i64 {
    conv::to_int32(x) as i64
}

fn add(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "add", |x, y| x + (bits(y) as f64), u64::wrapping_add)
}

fn sub(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "sub", |x, y| x - (bits(y) as f64), u64::wrapping_sub)
}

fn and(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "and", |x, y| (bits(x) & bits(y)) as f64, |x, y| x & y)
}

fn or(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "or", |x, y| (bits(x) | bits(y)) as f64, |x, y| x | y)
}

fn xor(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "xor", |x, y| (bits(x) ^ bits(y)) as f64, |x, y| x ^ y)
}

fn exchange(_: Value, a: &[Value], _: Value, _: Value) -> JsResult<Value> {
    rmw(a, "exchange", |_, y| y, |_, y| y)
}

/// §25.4.5 Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
fn compare_exchange(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(arg(args, 0), false, "compareExchange")?;
    let i = access(t, arg(args, 1))?;
    let expected = operand(t, arg(args, 2))?;
    let replacement = operand(t, arg(args, 3))?;
    revalidate(t, "compareExchange")?;
    let old = ta::get_index(t, i);
    // The comparison is of the element's bytes: `expected` as the element type.
    let e = ta::elem_of(t);
    let expected_elem = e.coerce_value(expected);
    let equal = if e.is_bigint() {
        bigint::equals(expected_elem, old)
    } else {
        expected_elem.as_number() == old.as_number()
    };
    if equal {
        ta::set_index(t, i, replacement);
    }
    Ok(old)
}

/// §25.4.9 Atomics.load ( typedArray, index )
fn load(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(arg(args, 0), false, "load")?;
    let i = access(t, arg(args, 1))?;
    revalidate(t, "load")?;
    Ok(ta::get_index(t, i))
}

/// §25.4.11 Atomics.store ( typedArray, index, value ): returns the integer stored.
fn store(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(arg(args, 0), false, "store")?;
    let i = access(t, arg(args, 1))?;
    let v = operand(t, arg(args, 2))?;
    revalidate(t, "store")?;
    ta::set_index(t, i, v);
    if v.is_number() {
        return Ok(Value::number(v.as_number() + 0.0));
    }
    Ok(v)
}

/// §25.4.8 Atomics.isLockFree ( size )
fn is_lock_free(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let n = integer(arg(args, 0))?;
    Ok(Value::bool(
        matches!(n as i64, 1 | 2 | 4 | 8) && n.fract() == 0.0,
    ))
}

/// §25.4.13 Atomics.wait ( typedArray, index, value, timeout ): on the only
/// thread no one can notify, so an equal value sleeps out the timeout.
fn wait(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(arg(args, 0), true, "wait")?;
    if !ta::is_shared(ta::view_buffer(t)) {
        return Err(exception::throw_type_error(&format!(
            "[object {}] is not a shared typed array.",
            ta::elem_of(t).name()
        )));
    }
    let i = access(t, arg(args, 1))?;
    let big = ta::elem_of(t).is_bigint();
    let v = if big {
        bigint::low_u64(bigint::to_bigint(arg(args, 2))?)
    } else {
        conv::to_int32(conv::to_number(arg(args, 2))?) as u32 as u64
    };
    let timeout = arg(args, 3);
    let q = if timeout.is_undefined() {
        f64::INFINITY
    } else {
        let n = conv::to_number(timeout)?;
        if n.is_nan() {
            f64::INFINITY
        } else {
            n.max(0.0)
        }
    };
    let cur = ta::get_index(t, i);
    let cur = if big {
        bigint::low_u64(cur)
    } else {
        cur.as_number() as i32 as u32 as u64
    };
    if cur != v {
        return Ok(crate::text::string::from_str("not-equal"));
    }
    // Beyond about 30,000 years a wait is as good as forever.
    if q > 1e15 {
        // Node's main thread blocks forever here, as the spec says.
        loop {
            std::thread::park();
        }
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(q / 1000.0));
    Ok(crate::text::string::from_str("timed-out"))
}

/// §25.4.15 Atomics.notify ( typedArray, index, count ): no waiters, ever.
fn notify(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(arg(args, 0), true, "notify")?;
    access(t, arg(args, 1))?;
    let c = arg(args, 2);
    if !c.is_undefined() {
        integer(c)?;
    }
    Ok(Value::number(0.0))
}

/// Installs the `Atomics` namespace.
pub fn install(r: &Realm) {
    let o = realm::new_plain_object();
    realm::define(r.global, "Atomics", o, WRITABLE | CONFIGURABLE);
    let methods: &[(&str, u32, crate::object::function::NativeFn)] = &[
        ("load", 2, load),
        ("store", 3, store),
        ("add", 3, add),
        ("sub", 3, sub),
        ("and", 3, and),
        ("or", 3, or),
        ("xor", 3, xor),
        ("exchange", 3, exchange),
        ("compareExchange", 4, compare_exchange),
        ("isLockFree", 1, is_lock_free),
        ("wait", 4, wait),
        ("notify", 3, notify),
    ];
    for (name, len, f) in methods {
        realm::method(o, name, *len, *f);
    }
    let _ = internal_methods::define_own(
        o,
        Key::Named(realm::well_known("toStringTag")),
        Desc::data(crate::text::string::from_str("Atomics"), CONFIGURABLE),
        false,
    );
    realm::set_builtin_tag(o, "Atomics");
}
