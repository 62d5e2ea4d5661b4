//! Function objects, closure cells and overflow-argument blocks.
//!
//! A function object is a [`heap::Function`] followed by `aux` capture slots
//! (pointers to [`heap::Cell`]s that compiled code fills in right after
//! `kiln_make_closure`). Its `code` is the generic entry described in
//! [`crate::abi`].

use crate::exception::{self, JsResult};
use crate::heap::{self, Cell, Function, KIND_ARGS, KIND_CELL, KIND_FUNCTION};
use crate::string;
use crate::value::{Value, TAG_OBJECT};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The compiler-emitted `kiln_js_call(callee, this, argc, argv) -> Val`.
pub type JsCall = unsafe extern "C" fn(Value, Value, i64, *const Value) -> Value;

/// `kiln_js_call`, installed by the process entry (the runtime never links
/// against it directly, so tests and the compiler's rlib need no definition).
static JS_CALL: AtomicUsize = AtomicUsize::new(0);

/// Installs the function the runtime uses to call JS function values.
pub fn set_js_call(f: JsCall) {
    JS_CALL.store(f as usize, Ordering::Relaxed);
}

/// Calls the JS function `callee` with `this` and `args`.
pub fn call(callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    if !is_function(callee) {
        let text = crate::conv::display_string(callee);
        return Err(exception::throw_type_error(&format!(
            "{text} is not a function"
        )));
    }
    let f = JS_CALL.load(Ordering::Relaxed);
    if f == 0 {
        return Err(exception::throw_type_error(
            "cannot call JS functions from the runtime here",
        ));
    }
    // SAFETY: only `set_js_call` stores a non-zero value, a valid JsCall.
    let f: JsCall = unsafe { std::mem::transmute::<usize, JsCall>(f) };
    // SAFETY: kiln_js_call accepts any function value and `args.len()` values.
    let r = unsafe { f(callee, this, args.len() as i64, args.as_ptr()) };
    if exception::is_exception(r) {
        Err(exception::Exc)
    } else {
        Ok(r)
    }
}

/// Allocates a function object with `ncaptures` zeroed capture slots.
pub fn make_function(code: i64, name: Value, length: i64, ncaptures: i64) -> Value {
    let n = ncaptures.max(0) as usize;
    let size = heap::FUNCTION_CAPTURES_OFFSET as usize + 8 * n;
    let p = heap::alloc(KIND_FUNCTION, n as u32, size) as *mut Function;
    // SAFETY: fresh zeroed allocation large enough for a Function and its captures.
    unsafe {
        (*p).code = code as usize as *const u8;
        (*p).name = if name.is_string() {
            name
        } else {
            string::empty()
        };
        (*p).length = length.max(0) as u64;
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// Whether `v` is a function object.
#[inline]
pub fn is_function(v: Value) -> bool {
    v.is_object() && heap::object_kind(v) == KIND_FUNCTION
}

/// The fields of a function object.
pub fn fields(v: Value) -> &'static Function {
    debug_assert!(is_function(v));
    // SAFETY: function values point at a live Function that is never freed.
    unsafe { &*(v.payload() as *const Function) }
}

/// The `name` of a function object (a string value, possibly empty).
pub fn name(v: Value) -> Value {
    let n = fields(v).name;
    if n.is_string() {
        n
    } else {
        string::empty()
    }
}

/// `Function.prototype.toString` until the compiler records source text:
/// `function name() { [native code] }`.
pub fn source_text(v: Value) -> Value {
    let name = string::to_rust(name(v));
    let text = if name.is_empty() {
        "function () { [native code] }".to_owned()
    } else {
        format!("function {name}() {{ [native code] }}")
    };
    string::from_str(&text)
}

/// `kiln_make_closure(code, name, length, ncaptures)`: allocates a function object.
#[no_mangle]
pub extern "C" fn kiln_make_closure(code: i64, name: Value, length: i64, ncaptures: i64) -> Value {
    make_function(code, name, length, ncaptures)
}

/// `kiln_new_cell(init)`: allocates a cell holding `init`; returns its address.
#[no_mangle]
pub extern "C" fn kiln_new_cell(init: Value) -> i64 {
    let p = heap::alloc(KIND_CELL, 0, std::mem::size_of::<Cell>()) as *mut Cell;
    // SAFETY: fresh allocation of a Cell.
    unsafe { (*p).value = init };
    p as i64
}

/// `kiln_new_args(n)`: allocates an `Args` block for `n` values (initialised to
/// `undefined`); returns its address.
#[no_mangle]
pub extern "C" fn kiln_new_args(n: i64) -> i64 {
    let n = n.max(0) as usize;
    let p = heap::alloc(
        KIND_ARGS,
        n as u32,
        heap::ARGS_VALUES_OFFSET as usize + 8 * n,
    );
    // SAFETY: the block holds `n` values after the header.
    unsafe {
        let vals = (p as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize) as *mut Value;
        for i in 0..n {
            vals.add(i).write(Value::UNDEFINED);
        }
    }
    p as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closures() {
        let f = kiln_make_closure(0x1234, string::from_str("add"), 2, 3);
        assert!(is_function(f));
        assert!(!crate::error::is_error(f));
        let fl = fields(f);
        assert_eq!(fl.code as usize, 0x1234);
        assert_eq!(fl.length, 2);
        assert_eq!(fl.header.aux, 3);
        assert_eq!(string::to_rust(name(f)), "add");
        // SAFETY: the function has three zeroed capture slots.
        unsafe {
            let caps = (f.payload() as *const u8).add(heap::FUNCTION_CAPTURES_OFFSET as usize)
                as *const u64;
            assert_eq!([*caps, *caps.add(1), *caps.add(2)], [0, 0, 0]);
        }
        let anon = kiln_make_closure(0, Value::UNDEFINED, 0, 0);
        assert_eq!(string::to_rust(name(anon)), "");
        assert_eq!(
            string::to_rust(source_text(anon)),
            "function () { [native code] }"
        );
    }

    #[test]
    fn cells_and_args() {
        let c = kiln_new_cell(Value::number(5.0)) as *const Cell;
        // SAFETY: a freshly allocated cell.
        unsafe {
            assert_eq!((*c).header.kind, KIND_CELL);
            assert_eq!((*c).value, Value::number(5.0));
        }
        let a = kiln_new_args(2) as *const u64;
        // SAFETY: a freshly allocated Args block of two values.
        unsafe {
            assert_eq!(*(a as *const u32).add(1), 2);
            assert_eq!(*a.add(1), crate::value::UNDEFINED);
            assert_eq!(*a.add(2), crate::value::UNDEFINED);
        }
    }
}
