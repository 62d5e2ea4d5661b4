//! `Object`, its static functions (`keys`, `defineProperty`, `freeze`, ...)
//! and `Object.prototype` (`hasOwnProperty`, `toString`, `__proto__`, ...).

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, CONFIGURABLE, WRITABLE};
use crate::text::string;

/// RequireObjectCoercible for the receivers of builtin methods, with V8's
/// `<what> called on null or undefined` message.
pub fn require_object_coercible(v: Value, what: &str) -> JsResult<Value> {
    if v.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "{what} called on null or undefined"
        )));
    }
    Ok(v)
}

/// ToObject. There are no primitive wrapper objects yet, so a primitive gets
/// an ordinary stand-in with the wrapper's prototype (and, for a string, its
/// read-only indices and `length`), which is what the library's generic
/// algorithms need.
pub fn to_object(v: Value) -> JsResult<Value> {
    if v.is_object() {
        return Ok(v);
    }
    if v.is_nullish() {
        return Err(exception::throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    Ok(crate::object::ordinary::new_wrapper(
        v,
        internal_methods::proto_for_primitive(v),
    ))
}

fn type_error<T>(msg: &str) -> JsResult<T> {
    Err(exception::throw_type_error(msg))
}

fn check_proto_arg(p: Value) -> JsResult<()> {
    if p.is_object() || p.is_null() {
        return Ok(());
    }
    type_error(&format!(
        "Object prototype may only be an Object or null: {}",
        conv::display_string_short(p)
    ))
}

/// [[SetPrototypeOf]] that throws V8's TypeErrors when refused.
fn set_proto_or_throw(o: Value, p: Value) -> JsResult<()> {
    let r = realm::get();
    if o == r.object_prototype && p != internal_methods::proto_of(o) {
        return type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set",
        );
    }
    if crate::object::proxy::is_proxy(o) {
        if internal_methods::set_prototype_of(o, p)? {
            return Ok(());
        }
        if internal_methods::is_namespace_proxy(o) {
            return type_error("[object Module] is not extensible");
        }
        return type_error(
            "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'",
        );
    }
    if internal_methods::set_proto(o, p) {
        return Ok(());
    }
    if !object::obj(o).extensible() {
        return type_error(&format!(
            "{} is not extensible",
            internal_methods::describe(o)
        ));
    }
    type_error("Cyclic __proto__ value")
}

pub use crate::object::descriptor::{from_property_descriptor, to_property_descriptor};

fn is_symbol_key(k: Key) -> bool {
    matches!(k, Key::Named(v) if key::is_symbol(v))
}

/// Which part of each property `EnumerableOwnProperties` lists.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Keys,
    Values,
    Entries,
}

fn enumerable_own(o: Value, kind: Kind) -> JsResult<Value> {
    let o = to_object(o)?;
    let mut out: GcVec<Value> = GcVec::new();
    for &k in internal_methods::own_property_keys(o)?.iter() {
        if is_symbol_key(k) {
            continue;
        }
        if kind == Kind::Keys {
            if internal_methods::is_enumerable_own(o, k)? {
                out.push(k.to_value());
            }
            continue;
        }
        // Getters run between the checks: each property is looked at afresh.
        let Some(v) = internal_methods::enumerable_own_value(o, k)? else {
            continue;
        };
        out.push(if kind == Kind::Values {
            v
        } else {
            realm::new_array(&[k.to_value(), v])
        });
    }
    Ok(realm::new_array(&out))
}

fn keys(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    enumerable_own(arg(args, 0), Kind::Keys)
}

fn values(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    enumerable_own(arg(args, 0), Kind::Values)
}

fn entries(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    enumerable_own(arg(args, 0), Kind::Entries)
}

fn assign(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let to = to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = to_object(src)?;
        for &k in internal_methods::own_property_keys(from)?.iter() {
            let Some(v) = internal_methods::enumerable_own_value(from, k)? else {
                continue;
            };
            internal_methods::set(to, k, v, to, true)?;
        }
    }
    Ok(to)
}

/// ObjectDefineProperties: all descriptors are read before any is applied.
fn define_properties(o: Value, list: Value) -> JsResult<()> {
    let list = to_object(list)?;
    let mut descs = Vec::new();
    for &k in internal_methods::own_property_keys(list)?.iter() {
        let Some(d) = internal_methods::enumerable_own_value(list, k)? else {
            continue;
        };
        descs.push((k, to_property_descriptor(d)?));
    }
    for (k, d) in descs {
        internal_methods::define_own(o, k, d, true)?;
    }
    Ok(())
}

fn create(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    check_proto_arg(p)?;
    let o = realm::new_object(p);
    let list = arg(args, 1);
    if !list.is_undefined() {
        define_properties(o, list)?;
    }
    Ok(o)
}

fn get_prototype_of(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_object() {
        return internal_methods::get_prototype_of(v);
    }
    to_object(v)?;
    Ok(internal_methods::proto_for_primitive(v))
}

fn set_prototype_of(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let (o, p) = (arg(args, 0), arg(args, 1));
    require_object_coercible(o, "Object.setPrototypeOf")?;
    check_proto_arg(p)?;
    if o.is_object() {
        set_proto_or_throw(o, p)?;
    }
    Ok(o)
}

fn define_property(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return type_error("Object.defineProperty called on non-object");
    }
    let k = key::to_key(arg(args, 1))?;
    let d = to_property_descriptor(arg(args, 2))?;
    internal_methods::define_own(o, k, d, true)?;
    Ok(o)
}

fn define_properties_fn(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return type_error("Object.defineProperties called on non-object");
    }
    define_properties(o, arg(args, 1))?;
    Ok(o)
}

fn own_property_keys(v: Value, symbols: bool) -> JsResult<Value> {
    let o = to_object(v)?;
    let out: GcVec<Value> = internal_methods::own_property_keys(o)?
        .iter()
        .filter(|&&k| is_symbol_key(k) == symbols)
        .map(|k| k.to_value())
        .collect();
    Ok(realm::new_array(&out))
}

fn get_own_property_names(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    own_property_keys(arg(args, 0), false)
}

fn get_own_property_symbols(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    own_property_keys(arg(args, 0), true)
}

fn get_own_property_descriptor(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let k = key::to_key(arg(args, 1))?;
    match internal_methods::get_own_property(o, k)? {
        Some((v, a)) => from_property_descriptor(v, a),
        None => Ok(Value::UNDEFINED),
    }
}

fn get_own_property_descriptors(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let out = realm::new_plain_object();
    for &k in internal_methods::own_property_keys(o)?.iter() {
        if let Some((v, a)) = internal_methods::get_own_property(o, k)? {
            let d = from_property_descriptor(v, a)?;
            internal_methods::create_data_property(out, k, d)?;
        }
    }
    Ok(out)
}

fn freeze(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if crate::object::typed_array::is_typed_array(o)
        && crate::object::typed_array::view_length(o) > 0
    {
        return type_error("Cannot freeze array buffer views with elements");
    }
    if o.is_object() && !internal_methods::set_integrity_level(o, true)? {
        return type_error("'preventExtensions' on proxy: trap returned falsish");
    }
    Ok(o)
}

fn seal(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() && !internal_methods::set_integrity_level(o, false)? {
        return type_error("'preventExtensions' on proxy: trap returned falsish");
    }
    Ok(o)
}

fn prevent_extensions(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() && !internal_methods::try_prevent_extensions(o)? {
        return type_error("'preventExtensions' on proxy: trap returned falsish");
    }
    Ok(o)
}

fn is_frozen(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(
        !o.is_object() || internal_methods::test_integrity_level(o, true)?,
    ))
}

fn is_sealed(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(
        !o.is_object() || internal_methods::test_integrity_level(o, false)?,
    ))
}

fn is_extensible(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(
        o.is_object() && internal_methods::is_extensible(o)?,
    ))
}

fn from_entries(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let it = arg(args, 0);
    if it.is_nullish() {
        return type_error(&format!("{} is not iterable", conv::display_string(it)));
    }
    // Arrays are walked by index; other iterables (Maps, user iterables)
    // through the iteration protocol.
    let iterated =
        if (object::is_array(it) || it.is_string()) && crate::builtins::collections::pristine(it) {
            None
        } else if let Some(vals) = crate::builtins::collections::iterable_values(it) {
            Some(vals)
        } else if let Some(iter) = crate::exec::iteration::get_iterator(it)? {
            Some(crate::exec::iteration::collect_iterator(iter)?)
        } else {
            None
        };
    if let Some(entries) = iterated {
        let out = realm::new_plain_object();
        for e in entries {
            if !e.is_object() {
                return type_error(&format!(
                    "Iterator value {} is not an entry object",
                    conv::display_string_short(e)
                ));
            }
            let k = internal_methods::get(e, Key::Index(0), e)?;
            let v = internal_methods::get(e, Key::Index(1), e)?;
            internal_methods::create_data_property(out, key::to_key(k)?, v)?;
        }
        return Ok(out);
    }
    if !object::is_array(it) && !it.is_string() {
        let what = if it.is_object() {
            "object".to_owned()
        } else {
            format!("{} {}", conv::type_of(it), conv::display_string_short(it))
        };
        return type_error(&format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        ));
    }
    let src = to_object(it)?;
    let out = realm::new_plain_object();
    let mut i = 0u32;
    while (i as u64) < crate::builtins::array::length_of(src)? {
        let e = internal_methods::get(src, Key::Index(i), src)?;
        if !e.is_object() {
            return type_error(&format!(
                "Iterator value {} is not an entry object",
                conv::display_string_short(e)
            ));
        }
        let k = internal_methods::get(e, Key::Index(0), e)?;
        let v = internal_methods::get(e, Key::Index(1), e)?;
        internal_methods::create_data_property(out, key::to_key(k)?, v)?;
        i += 1;
    }
    Ok(out)
}

fn is(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::bool(internal_methods::same_value(
        arg(args, 0),
        arg(args, 1),
    )))
}

fn has_own(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let k = key::to_key(arg(args, 1))?;
    Ok(Value::bool(
        internal_methods::get_own_property(o, k)?.is_some(),
    ))
}

fn object_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    if !nt.is_undefined() && nt != callee {
        let proto = function::prototype_from(nt, realm::get().object_prototype)?;
        return Ok(realm::new_object(proto));
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(realm::new_plain_object());
    }
    to_object(v)
}

fn has_own_property(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let k = key::to_key(arg(args, 0))?;
    let o = to_object(this)?;
    Ok(Value::bool(
        internal_methods::get_own_property(o, k)?.is_some(),
    ))
}

fn is_prototype_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = to_object(this)?;
    let mut p = internal_methods::get_prototype_of(v)?;
    while p.is_object() {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = internal_methods::get_prototype_of(p)?;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let k = key::to_key(arg(args, 0))?;
    let o = to_object(this)?;
    internal_methods::is_enumerable_own(o, k).map(Value::bool)
}

/// `Object.prototype.toString`'s builtin tag (`Array`, `Function`, ...).
pub fn to_string_tag(this: Value) -> &'static str {
    if this.is_undefined() {
        return "Undefined";
    }
    if this.is_null() {
        return "Null";
    }
    if crate::object::proxy::is_array(this).unwrap_or(false) {
        return "Array";
    }
    // BigInt.prototype[@@toStringTag], for callers that do not read the property.
    if crate::exec::bigint::is_bigint(object::primitive_value(this).unwrap_or(this)) {
        return "BigInt";
    }
    if crate::object::typed_array::is_typed_array(this) {
        return crate::object::typed_array::elem_of(this).name();
    }
    if crate::object::typed_array::is_buffer(this) {
        return if crate::object::typed_array::is_shared(this) {
            "SharedArrayBuffer"
        } else {
            "ArrayBuffer"
        };
    }
    if crate::object::typed_array::is_data_view(this) {
        return "DataView";
    }
    if let Some(tag) = realm::builtin_tag(this) {
        return tag;
    }
    if crate::exec::generator::is_async_generator(this) {
        return "AsyncGenerator";
    }
    if crate::exec::generator::is_generator(this) {
        return "Generator";
    }
    if function::has_flag(this, crate::abi::layout::FN_GENERATOR) {
        return "GeneratorFunction";
    }
    if function::has_flag(this, crate::abi::layout::FN_ASYNC) {
        return "AsyncFunction";
    }
    if crate::builtins::promise::is_promise(this) {
        return "Promise";
    }
    if object::is_kind(this, crate::builtins::collections::KIND_MAP) {
        return "Map";
    }
    if object::is_kind(this, crate::builtins::collections::KIND_SET) {
        return "Set";
    }
    if object::is_kind(this, crate::builtins::collections::KIND_WEAK_MAP) {
        return "WeakMap";
    }
    if object::is_kind(this, crate::builtins::collections::KIND_WEAK_SET) {
        return "WeakSet";
    }
    if crate::builtins::regexp::is_regexp_object(this) {
        return "RegExp";
    }
    if crate::builtins::date::is_date(this) {
        return "Date";
    }
    if object::is_kind(this, crate::abi::heap::KIND_REGEXP_STRING_ITER) {
        return "RegExp String Iterator";
    }
    if object::is_kind(this, crate::builtins::collections::KIND_COLLECTION_ITER) {
        return match crate::builtins::collections::iter_preview(this).0.as_str() {
            "Array Iterator" => "Array Iterator",
            "Set Iterator" | "Set Entries" => "Set Iterator",
            _ => "Map Iterator",
        };
    }
    if function::is_function(this) {
        return "Function";
    }
    if crate::exec::error::is_error(this) {
        return "Error";
    }
    if object::is_kind(this, object::KIND_ARGUMENTS) {
        return "Arguments";
    }
    let this = crate::object::ordinary::primitive_value(this).unwrap_or(this);
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

/// §20.1.3.6 Object.prototype.toString: the spec's builtin tag (computed
/// first), unless `@@toStringTag` (read with [[Get]], so through a proxy's
/// trap, and also a user's) is a string.
fn object_to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // The spec's builtinTag: only these kinds have one of their own.
    let builtin = match to_string_tag(this) {
        t @ ("Undefined" | "Null" | "Array" | "Arguments" | "Function" | "Error" | "Boolean"
        | "Number" | "String" | "Date" | "RegExp") => t,
        _ if function::is_function(this) => "Function",
        _ => "Object",
    };
    if !this.is_nullish() {
        let o = to_object(this)?;
        let tag = internal_methods::get_value(o, Key::Named(realm::well_known("toStringTag")))?;
        if tag.is_string() {
            let mut units: Vec<u16> = "[object ".encode_utf16().collect();
            units.extend_from_slice(string::units(tag));
            units.push(b']' as u16);
            return Ok(string::from_units(&units));
        }
    }
    Ok(string::from_str(&format!("[object {builtin}]")))
}

fn to_locale_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    require_object_coercible(this, "Object.prototype.toLocaleString")?;
    let f = internal_methods::get_value(this, Key::Named(realm::get().keys.to_string))?;
    function::call(f, this, &[])
}

fn value_of(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    to_object(this)
}

fn get_proto(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if this.is_object() {
        return internal_methods::get_prototype_of(this);
    }
    to_object(this)?;
    Ok(internal_methods::proto_for_primitive(this))
}

fn set_proto(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    require_object_coercible(this, "Object.prototype.__proto__")?;
    let p = arg(args, 0);
    if (!p.is_object() && !p.is_null()) || !this.is_object() {
        return Ok(Value::UNDEFINED);
    }
    set_proto_or_throw(this, p)?;
    Ok(Value::UNDEFINED)
}

pub fn install(r: &Realm) {
    let c = realm::constructor("Object", 1, object_ctor, r.object_prototype);
    realm::define(r.global, "Object", c, WRITABLE | CONFIGURABLE);
    let statics: &[(&str, u32, function::NativeFn)] = &[
        ("assign", 2, assign),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
        ("getOwnPropertyNames", 1, get_own_property_names),
        ("getOwnPropertySymbols", 1, get_own_property_symbols),
        ("hasOwn", 2, has_own),
        ("is", 2, is),
        ("preventExtensions", 1, prevent_extensions),
        ("seal", 1, seal),
        ("create", 2, create),
        ("defineProperties", 2, define_properties_fn),
        ("defineProperty", 3, define_property),
        ("freeze", 1, freeze),
        ("getPrototypeOf", 1, get_prototype_of),
        ("setPrototypeOf", 2, set_prototype_of),
        ("isExtensible", 1, is_extensible),
        ("isFrozen", 1, is_frozen),
        ("isSealed", 1, is_sealed),
        ("keys", 1, keys),
        ("entries", 1, entries),
        ("fromEntries", 1, from_entries),
        ("values", 1, values),
    ];
    for &(name, len, f) in statics {
        realm::method(c, name, len, f);
    }
    let p = r.object_prototype;
    let methods: &[(&str, u32, function::NativeFn)] = &[
        ("hasOwnProperty", 1, has_own_property),
        ("isPrototypeOf", 1, is_prototype_of),
        ("propertyIsEnumerable", 1, property_is_enumerable),
        ("toString", 0, object_to_string),
        ("valueOf", 0, value_of),
        ("toLocaleString", 0, to_locale_string),
    ];
    for &(name, len, f) in methods {
        realm::method(p, name, len, f);
    }
    realm::accessor(p, "__proto__", get_proto, Some(set_proto));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::function::tests::{call_path, check, outcome, parse};

    #[test]
    fn lib_object_statics() {
        check(
            "Object",
            r#"
            0 | keys | {a: 1, 2: 'x', b: 2, 1: 'y'} | [ '1', '2', 'a', 'b' ]
            0 | values | {a: 1, b: [2]} | [ 1, [ 2 ] ]
            0 | entries | {a: 1} | [ [ 'a', 1 ] ]
            0 | keys | 'ab' | [ '0', '1' ]
            0 | keys | 5 | []
            0 | entries | 'ab' | [ [ '0', 'a' ], [ '1', 'b' ] ]
            0 | getOwnPropertyNames | 'ab' | [ '0', '1', 'length' ]
            0 | getOwnPropertyNames | [1] | [ '0', 'length' ]
            0 | getOwnPropertySymbols | {a: 1} | []
            0 | keys | null | !TypeError: Cannot convert undefined or null to object
            0 | values | undefined | !TypeError: Cannot convert undefined or null to object
            0 | assign | {a: 1}, {b: 2}, null, 'xy' | { '0': 'x', '1': 'y', a: 1, b: 2 }
            0 | assign | null | !TypeError: Cannot convert undefined or null to object
            0 | create | null | [Object: null prototype] {}
            0 | create | 1 | !TypeError: Object prototype may only be an Object or null: 1
            0 | create | 'a' | !TypeError: Object prototype may only be an Object or null: a
            0 | create | {}, {x: {value: 1, enumerable: true}} | { x: 1 }
            0 | create | null, {a: 1} | !TypeError: Property description must be an object: 1
            0 | getOwnPropertyDescriptor | {a: 1}, 'a' | { value: 1, writable: true, enumerable: true, configurable: true }
            0 | getOwnPropertyDescriptor | 'ab', 0 | { value: 'a', writable: false, enumerable: true, configurable: false }
            0 | getOwnPropertyDescriptor | [], 'length' | { value: 0, writable: true, enumerable: false, configurable: false }
            0 | getOwnPropertyDescriptor | {}, 'a' | undefined
            0 | getOwnPropertyDescriptor | null, 'a' | !TypeError: Cannot convert undefined or null to object
            0 | defineProperty | {}, 'x', {value: 1} | {}
            0 | defineProperty | {}, 'x', {value: 1, enumerable: true} | { x: 1 }
            0 | defineProperty | {}, 'x', 1 | !TypeError: Property description must be an object: 1
            0 | defineProperty | {}, 'x', {get: 1} | !TypeError: Getter must be a function: 1
            0 | defineProperty | {}, 'x', {set: {}} | !TypeError: Setter must be a function: #<Object>
            0 | defineProperty | {}, 'x', {get: double, value: 1} | !TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
            0 | defineProperty | 1, 'x', {} | !TypeError: Object.defineProperty called on non-object
            0 | defineProperty | [], 'length', {value: -1} | !RangeError: Invalid array length
            0 | defineProperties | 1, {} | !TypeError: Object.defineProperties called on non-object
            0 | defineProperties | {}, null | !TypeError: Cannot convert undefined or null to object
            0 | defineProperties | {}, {a: {value: 1, enumerable: true}, b: {get: double}} | { a: 1 }
            0 | getPrototypeOf | null | !TypeError: Cannot convert undefined or null to object
            0 | setPrototypeOf | null, {} | !TypeError: Object.setPrototypeOf called on null or undefined
            0 | setPrototypeOf | {}, 1 | !TypeError: Object prototype may only be an Object or null: 1
            0 | setPrototypeOf | 1, null | 1
            0 | setPrototypeOf | {a: 1}, null | [Object: null prototype] { a: 1 }
            0 | isFrozen | 1 | true
            0 | isSealed | 1 | true
            0 | isExtensible | 1 | false
            0 | isExtensible | {} | true
            0 | isFrozen | {} | false
            0 | freeze | 1 | 1
            0 | fromEntries | [['a', 1], ['b', 2]] | { a: 1, b: 2 }
            0 | fromEntries | [] | {}
            0 | fromEntries | [1] | !TypeError: Iterator value 1 is not an entry object
            0 | fromEntries | 'ab' | !TypeError: Iterator value a is not an entry object
            0 | fromEntries | undefined | !TypeError: undefined is not iterable
            0 | fromEntries | 1 | !TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
            0 | fromEntries | {} | !TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))
            0 | is | NaN, NaN | true
            0 | is | 0, -0 | false
            0 | is | 'a', 'a' | true
            0 | hasOwn | {a: 1}, 'a' | true
            0 | hasOwn | 'ab', 'length' | true
            0 | hasOwn | null, 'a' | !TypeError: Cannot convert undefined or null to object
            "#,
        );
    }

    #[test]
    fn lib_object_integrity_and_protos() {
        let o = parse("{a: 1}");
        let run =
            |name: &str, args: &[Value]| outcome(call_path(o, &format!("Object.{name}"), args));
        assert_eq!(run("freeze", &[o]), "{ a: 1 }");
        assert_eq!(run("isFrozen", &[o]), "true");
        assert_eq!(run("isSealed", &[o]), "true");
        assert_eq!(run("isExtensible", &[o]), "false");
        let redefine = [o, string::from_str("a"), parse("{value: 2}")];
        assert_eq!(
            run("defineProperty", &redefine),
            "!TypeError: Cannot redefine property: a"
        );
        let add = [o, string::from_str("b"), parse("{value: 2}")];
        let msg = "!TypeError: Cannot define property b, object is not extensible";
        assert_eq!(run("defineProperty", &add), msg);
        let sealed = parse("{a: 1}");
        assert_eq!(run("seal", &[sealed]), "{ a: 1 }");
        assert_eq!(run("isSealed", &[sealed]), "true");
        assert_eq!(run("isFrozen", &[sealed]), "false");
        let p = parse("{}");
        assert_eq!(run("preventExtensions", &[p]), "{}");
        assert_eq!(run("isExtensible", &[p]), "false");
        assert_eq!(run("isFrozen", &[p]), "true");
        assert_eq!(
            run("setPrototypeOf", &[p, Value::NULL]),
            "!TypeError: #<Object> is not extensible"
        );
        // Cycles and the immutable Object.prototype.
        let a = parse("{}");
        let b = realm::new_object(a);
        assert_eq!(
            run("setPrototypeOf", &[a, b]),
            "!TypeError: Cyclic __proto__ value"
        );
        let op = realm::get().object_prototype;
        let msg = "!TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set";
        assert_eq!(run("setPrototypeOf", &[op, a]), msg);
        assert_eq!(call_path(o, "Object.getPrototypeOf", &[b]), Ok(a));
        let sp = realm::get().string_prototype;
        let x = string::from_str("x");
        assert_eq!(call_path(o, "Object.getPrototypeOf", &[x]), Ok(sp));
        let ds = run("getOwnPropertyDescriptors", &[parse("{a: 1, b: [2]}")]);
        assert!(
            ds.starts_with("{\n  a: { value: 1, writable: true,"),
            "{ds}"
        );
        assert!(ds.contains("  b: {\n    value: [ 2 ],\n"), "{ds}");
        // The __proto__ accessor.
        let key = realm::key("__proto__");
        assert_eq!(internal_methods::get(b, key, b).unwrap(), a);
        internal_methods::set(b, key, Value::NULL, b, true).unwrap();
        assert_eq!(internal_methods::proto_of(b), Value::NULL);
        internal_methods::set(a, key, Value::number(1.0), a, true).unwrap();
        assert_eq!(internal_methods::proto_of(a), op);
        let c = realm::new_object(a);
        let e = internal_methods::set(a, key, c, a, true);
        assert_eq!(
            outcome(e.map(Value::bool)),
            "!TypeError: Cyclic __proto__ value"
        );
        let desc = call_path(op, "Object.getOwnPropertyDescriptor", &[op, key.to_value()]).unwrap();
        let getter = internal_methods::get(desc, realm::key("get"), desc).unwrap();
        assert_eq!(string::to_rust(function::name(getter)), "get __proto__");
    }

    #[test]
    fn lib_object_prototype_methods() {
        check(
            "Object.prototype",
            r#"
            {a: 1} | hasOwnProperty | 'a' | true
            {a: 1} | hasOwnProperty | 'b' | false
            'ab' | hasOwnProperty | 1 | true
            'ab' | hasOwnProperty | 'length' | true
            null | hasOwnProperty | 'a' | !TypeError: Cannot convert undefined or null to object
            {a: 1} | propertyIsEnumerable | 'a' | true
            [] | propertyIsEnumerable | 'length' | false
            null | propertyIsEnumerable | 'a' | !TypeError: Cannot convert undefined or null to object
            null | isPrototypeOf | 1 | false
            null | isPrototypeOf | {} | !TypeError: Cannot convert undefined or null to object
            {} | isPrototypeOf | {} | false
            null | toString | | '[object Null]'
            undefined | toString | | '[object Undefined]'
            1 | toString | | '[object Number]'
            [] | toString | | '[object Array]'
            double | toString | | '[object Function]'
            {} | toString | | '[object Object]'
            [1, 2] | toLocaleString | | '1,2'
            null | toLocaleString | | !TypeError: Object.prototype.toLocaleString called on null or undefined
            null | valueOf | | !TypeError: Cannot convert undefined or null to object
            'x' | valueOf | | [String: 'x']
            "#,
        );
        let op = realm::get().object_prototype;
        let a = parse("[]");
        assert_eq!(
            outcome(call_path(op, "Object.prototype.isPrototypeOf", &[a])),
            "true"
        );
        let len = |name: &str| {
            let f = internal_methods::get(op, realm::key(name), op).unwrap();
            outcome(internal_methods::get(f, realm::key("length"), f))
        };
        assert_eq!(len("hasOwnProperty") + &len("toString"), "10");
    }
}
