//! Error objects and the Error family (`Error`, `TypeError`, ... constructors).
//!
//! An error object is an ordinary object of kind [`KIND_ERROR`] (so
//! `Object.prototype.toString` and `console.log` know it) whose prototype is
//! one of the Error prototypes or a subclass's. Its own properties are
//! `stack`, `message` and (given an options bag) `cause`, in that order, as
//! V8 creates them. The stack trace is captured at construction but formatted
//! on first read, like V8's (so a `name` set by a subclass constructor shows in
//! it): until then the `stack` slot holds HOLE and the captured frames hang
//! off the object's extra field. Inline caches never record the `stack` key of
//! error objects, so only [`crate::object::internal_methods::get_own`] sees the HOLE.

use crate::abi::heap::KIND_ERROR;
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::frames::Frame;
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, obj, CONFIGURABLE, WRITABLE};
use crate::object::shape::Shape;
use crate::text::string;

pub use crate::abi::names::{ErrorKind, ERROR_CLASSES};

/// Bytes after the object part: the captured frames (a leaked Box or null).
const EXTRA: usize = 8;

/// Whether `v` is an error object.
#[inline]
pub fn is_error(v: Value) -> bool {
    object::is_kind(v, KIND_ERROR)
}

fn frames_slot(v: Value) -> *mut *mut Vec<Frame> {
    // SAFETY: error objects have EXTRA bytes right after the object part.
    unsafe { (v.payload() as *mut u8).add(object::OBJECT_SIZE) as *mut *mut Vec<Frame> }
}

/// Error.prototype.toString's combination of a name and a message.
pub fn header_text(name: &[u16], message: &[u16]) -> Vec<u16> {
    if name.is_empty() {
        return message.to_vec();
    }
    if message.is_empty() {
        return name.to_vec();
    }
    let mut out = Vec::with_capacity(name.len() + 2 + message.len());
    out.extend_from_slice(name);
    out.extend_from_slice(&[b':' as u16, b' ' as u16]);
    out.extend_from_slice(message);
    out
}

/// A new error object with prototype `proto` and the string `message` (or
/// undefined for none), capturing the stack.
pub fn new_error_with_proto(proto: Value, message: Value) -> Value {
    let keys = &realm::get().keys;
    let shape = Shape::root(proto).add(keys.stack, WRITABLE | CONFIGURABLE);
    let e = object::alloc(KIND_ERROR, shape, EXTRA, 4);
    internal_methods::mark_proto(proto);
    obj(e).set_slot(0, Value::HOLE);
    let frames = Box::new(crate::exec::frames::capture(10));
    // SAFETY: the extra field of a fresh error object.
    unsafe { *frames_slot(e) = Box::into_raw(frames) };
    if !message.is_undefined() {
        let _ = internal_methods::add_own(
            e,
            Key::Named(keys.message),
            message,
            WRITABLE | CONFIGURABLE,
            false,
        );
    }
    e
}

/// Allocates an error object of builtin class `kind` with the string `message`.
pub fn new_error(kind: ErrorKind, message: Value) -> Value {
    new_error_with_proto(realm::get().error_prototypes[kind as usize], message)
}

/// Allocates an error object of `kind` with a Rust message.
pub fn make(kind: ErrorKind, message: &str) -> Value {
    new_error(kind, string::from_str(message))
}

/// Like V8, a subclass's error does not show the constructors that made it:
/// frames up to and including `new <new.target>` are dropped.
fn skip_constructor_frames(e: Value, nt: Value) {
    let name = format!("new {}", string::to_rust(function::name(nt)));
    // SAFETY: the extra field holds null or the leaked frames Box.
    let Some(frames) = (unsafe { (*frames_slot(e)).as_mut() }) else {
        return;
    };
    if let Some(i) = frames.iter().position(|f| f.name == name) {
        frames.drain(..=i);
    }
}

/// Formats the pending `stack` of error `e` now (first read).
pub fn materialize_stack(e: Value) -> Value {
    let header = to_string(e).unwrap_or_else(|_| {
        exception::take();
        string::empty()
    });
    let mut stack = string::units(header).to_vec();
    let fp = frames_slot(e);
    // SAFETY: the extra field holds null or the leaked frames Box.
    let frames = unsafe { (*fp).as_ref() };
    for f in frames.into_iter().flatten() {
        stack.push(u16::from(b'\n'));
        stack.extend(crate::exec::frames::format_frame(f).encode_utf16());
    }
    let s = string::from_units(&stack);
    let slot = obj(e).shape().find(realm::get().keys.stack);
    if let Some(p) = slot {
        if obj(e).slot(p.slot) == Value::HOLE {
            obj(e).set_slot(p.slot, s);
        }
    }
    s
}

/// `Error.prototype.toString` of any object, as a string value.
pub fn to_string(v: Value) -> JsResult<Value> {
    if !v.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Method Error.prototype.toString called on incompatible receiver {}",
            crate::exec::conv::display_string(v)
        )));
    }
    let keys = &realm::get().keys;
    let name = internal_methods::get(v, Key::Named(keys.name), v)?;
    let name = if name.is_undefined() {
        string::from_str("Error")
    } else {
        crate::exec::conv::to_string(name)?
    };
    let message = internal_methods::get(v, Key::Named(keys.message), v)?;
    let message = if message.is_undefined() {
        string::empty()
    } else {
        crate::exec::conv::to_string(message)?
    };
    Ok(string::from_units(&header_text(
        string::units(name),
        string::units(message),
    )))
}

/// The `stack` of an error object as text (its `toString` if not a string).
pub fn stack_text(v: Value) -> String {
    match internal_methods::get(v, Key::Named(realm::get().keys.stack), v) {
        Ok(s) if s.is_string() => string::to_rust(s),
        Ok(_) => crate::exec::conv::display_string(v),
        Err(_) => {
            exception::take();
            crate::exec::conv::display_string(v)
        }
    }
}

/// The native body of every Error constructor (`function::data` = the kind).
pub fn construct_native(_this: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let r = realm::get();
    let kind = function::fun(callee).data.as_number() as usize;
    let nt = if nt.is_undefined() { callee } else { nt };
    let proto = function::prototype_from(nt, r.error_prototypes[kind])?;
    let message = match args.first() {
        Some(m) if !m.is_undefined() => crate::exec::conv::to_string(*m)?,
        _ => Value::UNDEFINED,
    };
    let e = new_error_with_proto(proto, message);
    if nt != callee {
        skip_constructor_frames(e, nt);
    }
    if let Some(opts) = args.get(1).filter(|o| o.is_object()) {
        let ck = Key::Named(r.keys.cause);
        if internal_methods::has_property(*opts, ck)? {
            let c = internal_methods::get(*opts, ck, *opts)?;
            internal_methods::add_own(e, ck, c, WRITABLE | CONFIGURABLE, false)?;
        }
    }
    Ok(e)
}

/// `kiln_new_error(kind, message)`: constructs an error object of class `kind`;
/// an undefined message is absent, anything else is ToString'd.
#[no_mangle]
pub extern "C" fn kiln_new_error(kind: i64, message: Value) -> Value {
    let kind = ErrorKind::from_code(kind).unwrap_or(ErrorKind::Error);
    let message = if message.is_undefined() {
        Value::UNDEFINED
    } else {
        match crate::exec::conv::to_string(message) {
            Ok(m) => m,
            Err(e) => return e.into(),
        }
    };
    new_error(kind, message)
}

/// Throws `err` (convenience for `Err(exception::throw(err))`).
pub fn throw<T>(err: Value) -> JsResult<T> {
    Err(exception::throw(err))
}

/// Collector: frees a dead error's captured frames.
pub fn finalize(e: Value) {
    let fp = frames_slot(e);
    // SAFETY: the frames are a Box owned by this (dead) error, or null.
    unsafe {
        if !(*fp).is_null() {
            drop(Box::from_raw(*fp));
            *fp = std::ptr::null_mut();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::conv::display_string;

    #[test]
    fn table_matches_codes() {
        for (i, (name, kind)) in ERROR_CLASSES.iter().enumerate() {
            assert_eq!(*kind as usize, i);
            assert_eq!(kind.name(), *name);
            assert_eq!(ErrorKind::from_code(i as i64), Some(*kind));
        }
        assert_eq!(ErrorKind::from_code(7), None);
    }

    #[test]
    fn construction() {
        let e = kiln_new_error(ErrorKind::TypeError as i64, string::from_str("bad"));
        assert!(is_error(e));
        assert_eq!(stack_text(e), "TypeError: bad");
        assert_eq!(display_string(e), "TypeError: bad");

        let e = kiln_new_error(0, Value::UNDEFINED);
        assert_eq!(display_string(e), "Error");
        assert_eq!(stack_text(e), "Error");

        let e = kiln_new_error(2, Value::number(42.0));
        assert_eq!(display_string(e), "RangeError: 42");
        let e = kiln_new_error(0, Value::NULL);
        assert_eq!(display_string(e), "Error: null");
    }
}
