//! The object environment records of `with` statements: the binding object and the name lookups through it.
//!
//! Compiled code keeps a `with` statement's object in a binding of its own
//! (see `compiler/src/lower/with.rs`); every identifier reference inside the
//! body that the object may capture first asks [`kiln_with_has`] whether the
//! object has the name, then reads, writes or deletes the property with the
//! ordinary entry points (`kiln_get_elem`, `kiln_set_elem`, `kiln_delete`).
//! As V8 does, each read and each write looks the name up again (the spec
//! resolves a reference once, before a compound assignment's right side).

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::{conv, realm};
use crate::object::internal_methods;
use crate::object::key::{self, Key};

/// `kiln_with_object(v)`: the binding object of `with (v)`: ToObject, with
/// V8's TypeError for null and undefined.
#[no_mangle]
pub extern "C" fn kiln_with_object(v: Value) -> Value {
    if v.is_object() {
        return v;
    }
    if v.is_nullish() {
        return exception::throw_type_error("Cannot convert undefined or null to object").into();
    }
    crate::object::ordinary::new_wrapper(v, internal_methods::proto_for_primitive(v))
}

/// HasBinding of an object environment record made by `with` (ECMA-262
/// 9.1.1.2.1): the object has the property and its `Symbol.unscopables`
/// object, if any, does not hide it.
pub fn has_binding(o: Value, k: Key) -> JsResult<bool> {
    if !internal_methods::has_property(o, k)? {
        return Ok(false);
    }
    let sym = realm::well_known("unscopables");
    if sym.is_undefined() {
        return Ok(true);
    }
    let unscopables = internal_methods::get(o, Key::Named(sym), o)?;
    if unscopables.is_object() {
        let blocked = internal_methods::get(unscopables, k, unscopables)?;
        return Ok(!conv::to_boolean(blocked));
    }
    Ok(true)
}

/// `kiln_with_has(o, name)`: does the reference `name` inside `with (o)`
/// denote `o`'s property (a boolean)? May throw (proxy traps, getters).
#[no_mangle]
pub extern "C" fn kiln_with_has(o: Value, name: Value) -> Value {
    exception::ret(has_binding(o, key::from_string(name)).map(Value::bool))
}
