//! `Array` and `Array.prototype`.

use crate::conv;
use crate::exception::{self, JsResult};
use crate::key::Key;
use crate::object::{self, obj, CONFIGURABLE, WRITABLE};
use crate::props;
use crate::realm::{self, Realm};
use crate::string_methods::arg;
use crate::value::Value;

/// LengthOfArrayLike.
pub fn length_of(o: Value) -> JsResult<u64> {
    if object::is_array(o) {
        return Ok(obj(o).length as u64);
    }
    let l = props::get_value(o, Key::Named(realm::get().keys.length))?;
    let n = conv::to_integer_or_infinity(conv::to_number(l)?);
    Ok(n.clamp(0.0, 9007199254740991.0) as u64)
}

/// CreateListFromArrayLike (for `apply`); undefined/null give no arguments.
pub fn list_from_array_like(v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    if !v.is_object() {
        return Err(exception::throw_type_error(
            "CreateListFromArrayLike called on non-object",
        ));
    }
    let n = length_of(v)?;
    let mut out = Vec::with_capacity(n.min(1 << 20) as usize);
    for i in 0..n {
        out.push(props::get(v, Key::Index(i as u32), v)?);
    }
    Ok(out)
}

fn array_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let nt = if nt.is_undefined() { callee } else { nt };
    let proto = crate::function::prototype_from(nt, realm::get().array_prototype)?;
    let a = realm::new_array_with_proto(proto);
    if let [n] = args {
        if n.is_number() {
            let len = conv::to_uint32(n.as_number());
            if len as f64 != n.as_number() {
                return Err(exception::throw_range_error("Invalid array length"));
            }
            obj(a).length = len;
            return Ok(a);
        }
    }
    for (i, v) in args.iter().enumerate() {
        props::create_data_property(a, Key::Index(i as u32), *v)?;
    }
    Ok(a)
}

fn is_array(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::bool(object::is_array(arg(args, 0))))
}

fn push(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut n = length_of(this)?;
    for v in args {
        props::set(this, Key::Index(n as u32), *v, this, true)?;
        n += 1;
    }
    let len = Value::number(n as f64);
    if !object::is_array(this) {
        props::set(this, Key::Named(realm::get().keys.length), len, this, true)?;
    }
    Ok(len)
}

pub fn install(r: &Realm) {
    let c = realm::constructor("Array", 1, array_ctor, r.array_prototype);
    realm::define(r.global, "Array", c, WRITABLE | CONFIGURABLE);
    realm::method(c, "isArray", 1, is_array);
    realm::method(r.array_prototype, "push", 1, push);
}
