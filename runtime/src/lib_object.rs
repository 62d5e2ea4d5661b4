//! `Object` and `Object.prototype`.

use crate::exception::{self, JsResult};
use crate::key;
use crate::object::{CONFIGURABLE, WRITABLE};
use crate::props;
use crate::realm::{self, Realm};
use crate::string_methods::arg;
use crate::value::Value;

/// ToObject for the receivers of `Object.prototype` methods (primitives are
/// not wrapped yet: their prototype answers for them).
pub fn require_object_coercible(v: Value, what: &str) -> JsResult<Value> {
    if v.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "{what} called on null or undefined"
        )));
    }
    Ok(v)
}

fn object_ctor(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_object() {
        return Ok(v);
    }
    Ok(realm::new_plain_object())
}

fn has_own_property(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let k = key::to_key(arg(args, 0))?;
    let this = require_object_coercible(this, "Object.prototype.hasOwnProperty")?;
    if !this.is_object() {
        return Ok(Value::bool(
            this.is_string() && props::get_value(this, k).is_ok_and(|v| !v.is_undefined()) && {
                matches!(k, key::Key::Index(_)) || k == key::Key::Named(realm::get().keys.length)
            },
        ));
    }
    Ok(Value::bool(props::get_own(this, k).is_some()))
}

/// `Object.prototype.toString`: `[object Tag]`.
pub fn to_string_tag(this: Value) -> &'static str {
    if this.is_undefined() {
        return "Undefined";
    }
    if this.is_null() {
        return "Null";
    }
    if crate::object::is_array(this) {
        return "Array";
    }
    if crate::function::is_function(this) {
        return "Function";
    }
    if crate::error::is_error(this) {
        return "Error";
    }
    if crate::object::is_kind(this, crate::object::KIND_ARGUMENTS) {
        return "Arguments";
    }
    if this.is_string() {
        return "String";
    }
    if this.is_number() {
        return "Number";
    }
    if this.is_bool() {
        return "Boolean";
    }
    "Object"
}

fn object_to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(crate::string::from_str(&format!("[object {}]", to_string_tag(this))))
}

fn value_of(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    require_object_coercible(this, "Object.prototype.valueOf")
}

pub fn install(r: &Realm) {
    let c = realm::constructor("Object", 1, object_ctor, r.object_prototype);
    realm::define(r.global, "Object", c, WRITABLE | CONFIGURABLE);
    let p = r.object_prototype;
    realm::method(p, "hasOwnProperty", 1, has_own_property);
    realm::method(p, "toString", 0, object_to_string);
    realm::method(p, "valueOf", 0, value_of);
}
