//! Property descriptors as JS objects: ToPropertyDescriptor (§6.2.6.5),
//! FromPropertyDescriptor (§6.2.6.4) and CompletePropertyDescriptor
//! (§6.2.6.6), shared by `Object`, `Reflect` and the proxy traps.

use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::{self as object, ACCESSOR, CONFIGURABLE, ENUMERABLE, WRITABLE};

fn type_error<T>(msg: &str) -> JsResult<T> {
    Err(exception::throw_type_error(msg))
}

/// ToPropertyDescriptor.
pub fn to_property_descriptor(v: Value) -> JsResult<Desc> {
    if !v.is_object() {
        return type_error(&format!(
            "Property description must be an object: {}",
            conv::display_string_short(v)
        ));
    }
    let k = &realm::get().keys;
    let field = |name: Value| -> JsResult<Option<Value>> {
        let key = Key::Named(name);
        if internal_methods::has_property(v, key)? {
            Ok(Some(internal_methods::get(v, key, v)?))
        } else {
            Ok(None)
        }
    };
    let mut d = Desc {
        enumerable: field(k.enumerable)?.map(conv::to_boolean),
        configurable: field(k.configurable)?.map(conv::to_boolean),
        value: field(k.value)?,
        writable: field(k.writable)?.map(conv::to_boolean),
        ..Desc::default()
    };
    for (name, what) in [(k.get, "Getter"), (k.set, "Setter")] {
        if let Some(f) = field(name)? {
            if !f.is_undefined() && !function::is_function(f) {
                return type_error(&format!(
                    "{what} must be a function: {}",
                    conv::display_string_short(f)
                ));
            }
            if name == k.get {
                d.get = Some(f);
            } else {
                d.set = Some(f);
            }
        }
    }
    if d.is_accessor() && d.is_data() {
        return type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            internal_methods::describe(v)
        ));
    }
    Ok(d)
}

/// FromPropertyDescriptor of an own property's value (or accessor pair) and attributes.
pub fn from_property_descriptor(v: Value, attrs: u8) -> JsResult<Value> {
    let d = if attrs & ACCESSOR != 0 {
        let pair = object::accessor(v);
        Desc {
            get: Some(pair.get),
            set: Some(pair.set),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Desc::default()
        }
    } else {
        Desc::data(v, attrs)
    };
    from_desc(&d)
}

/// FromPropertyDescriptor of a possibly partial descriptor: only the
/// fields present, in the spec's order.
pub fn from_desc(d: &Desc) -> JsResult<Value> {
    let k = &realm::get().keys;
    let o = realm::new_plain_object();
    let put =
        |name: Value, x: Value| internal_methods::create_data_property(o, Key::Named(name), x);
    if let Some(v) = d.value {
        put(k.value, v)?;
    }
    if let Some(w) = d.writable {
        put(k.writable, Value::bool(w))?;
    }
    if let Some(g) = d.get {
        put(k.get, g)?;
    }
    if let Some(s) = d.set {
        put(k.set, s)?;
    }
    if let Some(e) = d.enumerable {
        put(k.enumerable, Value::bool(e))?;
    }
    if let Some(c) = d.configurable {
        put(k.configurable, Value::bool(c))?;
    }
    Ok(o)
}

/// CompletePropertyDescriptor, as an own property's (value or accessor
/// pair, attributes).
pub fn complete(d: &Desc) -> (Value, u8) {
    let mut attrs = 0;
    if d.enumerable == Some(true) {
        attrs |= ENUMERABLE;
    }
    if d.configurable == Some(true) {
        attrs |= CONFIGURABLE;
    }
    if d.is_accessor() {
        let pair = object::new_accessor(
            d.get.unwrap_or(Value::UNDEFINED),
            d.set.unwrap_or(Value::UNDEFINED),
        );
        (pair, attrs | ACCESSOR)
    } else {
        if d.writable == Some(true) {
            attrs |= WRITABLE;
        }
        (d.value.unwrap_or(Value::UNDEFINED), attrs)
    }
}
