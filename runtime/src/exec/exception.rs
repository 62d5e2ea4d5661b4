//! The pending exception and the throw helpers (V8's exact messages).
//!
//! JavaScript runs on one thread, so the pending exception is one global word.
//! A runtime function throws by storing the thrown value here and returning
//! [`EXCEPTION`] (or, in Rust, `Err(Exc)`); compiled code branches to its
//! handler, which calls `kiln_take_exception`. The slot is an `AtomicU64` used
//! with relaxed ordering: plain loads and stores on x86-64, no TLS lookup.
//! (When the GC arrives, the pending value is one of its roots.)

use crate::abi::value::{Value, EXCEPTION, UNDEFINED};
use crate::exec::error::{self, ErrorKind};
use std::sync::atomic::{AtomicU64, Ordering};

#[cfg(not(test))]
static PENDING: AtomicU64 = AtomicU64::new(UNDEFINED);

// Unit tests run on many threads at once; each gets its own pending slot.
#[cfg(test)]
thread_local! {
    static PENDING_TEST: AtomicU64 = const { AtomicU64::new(UNDEFINED) };
}

#[cfg(not(test))]
#[inline]
fn with_pending<R>(f: impl FnOnce(&AtomicU64) -> R) -> R {
    f(&PENDING)
}

#[cfg(test)]
fn with_pending<R>(f: impl FnOnce(&AtomicU64) -> R) -> R {
    PENDING_TEST.with(f)
}

/// Marker that an exception is pending (the thrown value is in the global slot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exc;

/// The result of a runtime operation that may throw.
pub type JsResult<T> = Result<T, Exc>;

impl From<Exc> for Value {
    /// The ABI encoding of "an exception is pending".
    fn from(_: Exc) -> Value {
        Value::EXCEPTION
    }
}

/// Encodes a fallible result for the ABI: the value, or EXCEPTION.
#[inline]
pub fn ret(r: JsResult<Value>) -> Value {
    r.unwrap_or(Value::EXCEPTION)
}

/// Makes `v` the pending exception.
#[inline]
pub fn throw(v: Value) -> Exc {
    // A rethrow of the same value (e.g. after `finally`) keeps its first site.
    if with_pending(|p| p.load(Ordering::Relaxed)) != v.0
        || crate::exec::frames::throw_site().is_none()
    {
        crate::exec::frames::note_throw();
    }
    with_pending(|p| p.store(v.0, Ordering::Relaxed));
    Exc
}

/// Makes `v` pending without recording a throw site (a generator's
/// `return()` completion, `GEN_RETURN`).
pub fn set_pending_raw(v: Value) {
    with_pending(|p| p.store(v.0, Ordering::Relaxed));
}

/// Takes (and clears) the pending exception value.
#[inline]
pub fn take() -> Value {
    Value(with_pending(|p| p.swap(UNDEFINED, Ordering::Relaxed)))
}

/// The pending exception value without clearing it.
pub fn peek() -> Value {
    Value(with_pending(|p| p.load(Ordering::Relaxed)))
}

/// Throws a new error of `kind` with `message`.
pub fn throw_error(kind: ErrorKind, message: &str) -> Exc {
    throw(error::make(kind, message))
}

/// Throws `TypeError: message`.
pub fn throw_type_error(message: &str) -> Exc {
    throw_error(ErrorKind::TypeError, message)
}

/// Throws `RangeError: message`.
pub fn throw_range_error(message: &str) -> Exc {
    throw_error(ErrorKind::RangeError, message)
}

/// Throws `ReferenceError: message`.
pub fn throw_reference_error(message: &str) -> Exc {
    throw_error(ErrorKind::ReferenceError, message)
}

/// Text of a name/source value passed by compiled code (usually a string).
fn text(v: Value) -> String {
    if v.is_string() {
        crate::text::string::to_rust(v)
    } else {
        crate::exec::conv::display_string(v)
    }
}

/// `kiln_throw(v)`: makes `v` the pending exception; returns EXCEPTION.
#[no_mangle]
pub extern "C" fn kiln_throw(v: Value) -> Value {
    throw(v).into()
}

/// `kiln_rethrow(v)`: see `RtFn::Rethrow`.
#[no_mangle]
pub extern "C" fn kiln_rethrow(v: Value) -> Value {
    with_pending(|p| p.store(v.0, Ordering::Relaxed));
    Value::EXCEPTION
}

/// `kiln_take_exception()`: takes (and clears) the pending exception, for `catch`.
#[no_mangle]
pub extern "C" fn kiln_take_exception() -> Value {
    take()
}

/// `kiln_throw_tdz(name)`: `ReferenceError: Cannot access 'name' before initialization`.
#[no_mangle]
pub extern "C" fn kiln_throw_tdz(name: Value) -> Value {
    throw_reference_error(&format!(
        "Cannot access '{}' before initialization",
        text(name)
    ))
    .into()
}

/// `kiln_throw_not_defined(name)`: `ReferenceError: name is not defined`.
#[no_mangle]
pub extern "C" fn kiln_throw_not_defined(name: Value) -> Value {
    throw_reference_error(&format!("{} is not defined", text(name))).into()
}

/// `kiln_throw_const_assign()`: `TypeError: Assignment to constant variable.`.
#[no_mangle]
pub extern "C" fn kiln_throw_const_assign() -> Value {
    throw_type_error("Assignment to constant variable.").into()
}

/// `kiln_throw_not_callable(text)`: `TypeError: <text> is not a function`.
#[no_mangle]
pub extern "C" fn kiln_throw_not_callable(source: Value) -> Value {
    throw_type_error(&format!("{} is not a function", text(source))).into()
}

/// `kiln_throw_stack_overflow()`: `RangeError: Maximum call stack size exceeded`.
#[no_mangle]
pub extern "C" fn kiln_throw_stack_overflow() -> Value {
    throw_range_error("Maximum call stack size exceeded").into()
}

/// The lowest stack address runtime code that recurses on user data
/// (JSON, `join`, the reviver walk) may reach before it throws a RangeError;
/// the same word as compiled code's `kiln_stack_limit` (0: no check, as in
/// unit tests). Set by the process entry.
static NATIVE_STACK_LIMIT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Sets the limit [`check_stack`] tests against.
pub fn set_native_stack_limit(limit: u64) {
    NATIVE_STACK_LIMIT.store(limit, std::sync::atomic::Ordering::Relaxed);
}

/// `RangeError: Maximum call stack size exceeded` when the stack is nearly
/// exhausted: runtime routines call it once per level of user data they
/// recurse into.
#[inline(never)]
pub fn check_stack() -> Result<(), Exc> {
    let here = 0u8;
    let sp = std::ptr::addr_of!(here) as u64;
    // The limit of the stack running now: a generator runs on a coroutine
    // stack of its own, whose limit the switch installs.
    let limit = match crate::gc::coro::stack_limit() {
        0 => NATIVE_STACK_LIMIT.load(std::sync::atomic::Ordering::Relaxed),
        l => l,
    };
    if sp < limit {
        return Err(throw_range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// Whether `v` is the ABI's exception marker (never a JS value).
#[inline]
pub fn is_exception(v: Value) -> bool {
    v.0 == EXCEPTION
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::conv::display_string;
    use crate::text::string::from_str;

    /// Runs `f`, expects EXCEPTION and returns the thrown value as `Name: message`.
    pub fn thrown(r: Value) -> String {
        assert!(is_exception(r), "expected an exception, got {r:?}");
        display_string(take())
    }

    #[test]
    fn messages() {
        assert_eq!(
            thrown(kiln_throw_tdz(from_str("x"))),
            "ReferenceError: Cannot access 'x' before initialization"
        );
        assert_eq!(
            thrown(kiln_throw_not_defined(from_str("foo"))),
            "ReferenceError: foo is not defined"
        );
        assert_eq!(
            thrown(kiln_throw_const_assign()),
            "TypeError: Assignment to constant variable."
        );
        assert_eq!(
            thrown(kiln_throw_not_callable(from_str("a.b"))),
            "TypeError: a.b is not a function"
        );
        assert_eq!(
            thrown(kiln_throw_stack_overflow()),
            "RangeError: Maximum call stack size exceeded"
        );
    }

    #[test]
    fn throw_and_take() {
        let r = kiln_throw(Value::number(42.0));
        assert!(is_exception(r));
        assert_eq!(kiln_take_exception(), Value::number(42.0));
        assert_eq!(kiln_take_exception(), Value::UNDEFINED);
    }
}
