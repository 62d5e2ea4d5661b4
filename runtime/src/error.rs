//! Error objects of the builtin error classes (`Error`, `TypeError`, ...).
//!
//! An error object is a [`heap::ErrorObject`] (`KIND_ERROR`, `aux` = the
//! [`ErrorKind`] code) holding its `name`, `message` and `stack` as values.
//! The compiler resolves class names through [`ERROR_CLASSES`].

use crate::exception::{self, JsResult};
use crate::heap::{self, ErrorObject, KIND_ERROR};
use crate::string;
use crate::value::{Value, TAG_OBJECT};

/// A builtin error class; the discriminant is the code passed to `kiln_new_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    Error = 0,
    TypeError = 1,
    RangeError = 2,
    ReferenceError = 3,
    SyntaxError = 4,
    EvalError = 5,
    URIError = 6,
}

/// Global constructor names and their kinds (read by the compiler).
pub const ERROR_CLASSES: &[(&str, ErrorKind)] = &[
    ("Error", ErrorKind::Error),
    ("TypeError", ErrorKind::TypeError),
    ("RangeError", ErrorKind::RangeError),
    ("ReferenceError", ErrorKind::ReferenceError),
    ("SyntaxError", ErrorKind::SyntaxError),
    ("EvalError", ErrorKind::EvalError),
    ("URIError", ErrorKind::URIError),
];

impl ErrorKind {
    /// The kind with code `code`, if any.
    pub fn from_code(code: i64) -> Option<ErrorKind> {
        ERROR_CLASSES
            .iter()
            .map(|&(_, k)| k)
            .find(|&k| k as i64 == code)
    }

    /// The class name (`"TypeError"`).
    pub fn name(self) -> &'static str {
        ERROR_CLASSES[self as usize].0
    }
}

/// Whether `v` is an error object.
#[inline]
pub fn is_error(v: Value) -> bool {
    v.is_object() && heap::object_kind(v) == KIND_ERROR
}

/// The fields of an error object.
pub fn fields(v: Value) -> &'static ErrorObject {
    debug_assert!(is_error(v));
    // SAFETY: error values point at a live ErrorObject that is never freed.
    unsafe { &*(v.payload() as *const ErrorObject) }
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

/// Allocates an error object of `kind` with the string value `message`.
pub fn new_error(kind: ErrorKind, message: Value) -> Value {
    debug_assert!(message.is_string());
    let name = string::from_str(kind.name());
    let mut stack = header_text(string::units(name), string::units(message));
    // V8's default Error.stackTraceLimit is 10.
    for f in crate::frames::capture(10) {
        stack.push(u16::from(b'\n'));
        stack.extend(crate::frames::format_frame(&f).encode_utf16());
    }
    let stack = string::from_units(&stack);
    let size = std::mem::size_of::<ErrorObject>();
    let p = heap::alloc(KIND_ERROR, kind as u32, size) as *mut ErrorObject;
    // SAFETY: fresh allocation of the right size; the header is already written.
    unsafe {
        (*p).name = name;
        (*p).message = message;
        (*p).stack = stack;
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// Allocates an error object of `kind` with a Rust message.
pub fn make(kind: ErrorKind, message: &str) -> Value {
    new_error(kind, string::from_str(message))
}

/// `Error.prototype.toString` of an error object, as a string value.
pub fn to_string(v: Value) -> JsResult<Value> {
    let f = fields(v);
    let name = if f.name.is_undefined() {
        string::from_str("Error")
    } else {
        crate::conv::to_string(f.name)?
    };
    let message = if f.message.is_undefined() {
        string::empty()
    } else {
        crate::conv::to_string(f.message)?
    };
    Ok(string::from_units(&header_text(
        string::units(name),
        string::units(message),
    )))
}

/// The `stack` string of an error object (its `toString` if not a string).
pub fn stack_text(v: Value) -> String {
    let s = fields(v).stack;
    if s.is_string() {
        string::to_rust(s)
    } else {
        crate::conv::display_string(v)
    }
}

/// `kiln_new_error(kind, message)`: constructs an error object of class `kind`;
/// an undefined message becomes `""`, anything else is ToString'd.
#[no_mangle]
pub extern "C" fn kiln_new_error(kind: i64, message: Value) -> Value {
    let kind = ErrorKind::from_code(kind).unwrap_or(ErrorKind::Error);
    let message = if message.is_undefined() {
        string::empty()
    } else {
        match crate::conv::to_string(message) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conv::display_string;

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
        assert_eq!(string::to_rust(fields(e).name), "TypeError");
        assert_eq!(string::to_rust(fields(e).message), "bad");
        assert_eq!(stack_text(e), "TypeError: bad");
        assert_eq!(display_string(e), "TypeError: bad");

        let e = kiln_new_error(0, Value::UNDEFINED);
        assert_eq!(string::to_rust(fields(e).message), "");
        assert_eq!(display_string(e), "Error");
        assert_eq!(stack_text(e), "Error");

        let e = kiln_new_error(2, Value::number(42.0));
        assert_eq!(display_string(e), "RangeError: 42");
        let e = kiln_new_error(0, Value::NULL);
        assert_eq!(display_string(e), "Error: null");
    }
}
