//! `Reflect` (ECMA-262 §28.1): the thirteen functions, each a thin wrapper
//! over the internal method it names (`object::internal_methods`), with V8's
//! TypeErrors for non-object targets. On a proxy each reaches its trap.

use crate::abi::value::Value;
use crate::builtins::object::{from_property_descriptor, to_property_descriptor};
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::{self, Key};
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};

/// The target argument, which must be an object (`Reflect.<name> called on non-object`).
fn target(args: &[Value], name: &str) -> JsResult<Value> {
    let t = arg(args, 0);
    if t.is_object() {
        Ok(t)
    } else {
        Err(exception::throw_type_error(&format!(
            "Reflect.{name} called on non-object"
        )))
    }
}

/// V8's `a number` / `an object` / `null` for the apply error.
fn type_with_article(v: Value) -> String {
    if v.is_null() {
        return "null".to_owned();
    }
    let t = conv::type_of(v);
    if t == "object" {
        "an object".to_owned()
    } else {
        format!("a {t}")
    }
}

/// §28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
fn apply(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let f = arg(args, 0);
    // 1. If IsCallable(target) is false, throw a TypeError exception.
    if !function::is_function(f) {
        return Err(exception::throw_type_error(&format!(
            "Function.prototype.apply was called on {}, which is {} and not a function",
            conv::display_string_short(f),
            type_with_article(f)
        )));
    }
    // 2. Let args be ? CreateListFromArrayLike(argumentsList).
    let list = arg(args, 2);
    if !list.is_object() {
        return Err(exception::throw_type_error(
            "CreateListFromArrayLike called on non-object",
        ));
    }
    // (Kept where the collector's stack scan finds it.)
    let list: GcVec<Value> = crate::builtins::array::list_from_array_like(list)?
        .into_iter()
        .collect();
    // 4. Return ? Call(target, thisArgument, args).
    function::call(f, arg(args, 1), &list)
}

fn not_constructor(v: Value) -> exception::Exc {
    let text = conv::display_string_short(v);
    exception::throw_type_error(&format!("{text} is not a constructor"))
}

/// §28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
fn construct(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let f = arg(args, 0);
    // 1. If IsConstructor(target) is false, throw a TypeError exception.
    if !function::is_constructor(f) {
        return Err(not_constructor(f));
    }
    // 2-3. newTarget defaults to target and must be a constructor.
    let nt = if args.len() > 2 { args[2] } else { f };
    if !function::is_constructor(nt) {
        return Err(not_constructor(nt));
    }
    // 4. Let args be ? CreateListFromArrayLike(argumentsList).
    let list = arg(args, 1);
    if !list.is_object() {
        return Err(exception::throw_type_error(
            "CreateListFromArrayLike called on non-object",
        ));
    }
    // (Kept where the collector's stack scan finds it: constructing allocates.)
    let list: GcVec<Value> = crate::builtins::array::list_from_array_like(list)?
        .into_iter()
        .collect();
    // 5. Return ? Construct(target, args, newTarget).
    function::construct(f, &list, nt)
}

/// §28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
fn define_property(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "defineProperty")?;
    let k = key::to_key(arg(args, 1))?;
    let d: Desc = to_property_descriptor(arg(args, 2))?;
    internal_methods::define_own(t, k, d, false).map(Value::bool)
}

/// §28.1.4 Reflect.deleteProperty ( target, propertyKey )
fn delete_property(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "deleteProperty")?;
    let k = key::to_key(arg(args, 1))?;
    internal_methods::delete(t, k, false).map(Value::bool)
}

/// §28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
fn get(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "get")?;
    let k = key::to_key(arg(args, 1))?;
    let receiver = if args.len() > 2 { args[2] } else { t };
    internal_methods::get(t, k, receiver)
}

/// §28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
fn get_own_property_descriptor(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "getOwnPropertyDescriptor")?;
    let k = key::to_key(arg(args, 1))?;
    match internal_methods::get_own_property(t, k)? {
        Some((v, a)) => from_property_descriptor(v, a),
        None => Ok(Value::UNDEFINED),
    }
}

/// §28.1.7 Reflect.getPrototypeOf ( target )
fn get_prototype_of(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "getPrototypeOf")?;
    internal_methods::get_prototype_of(t)
}

/// §28.1.8 Reflect.has ( target, propertyKey )
fn has(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "has")?;
    let k = key::to_key(arg(args, 1))?;
    internal_methods::has_property(t, k).map(Value::bool)
}

/// §28.1.9 Reflect.isExtensible ( target )
fn is_extensible(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "isExtensible")?;
    internal_methods::is_extensible(t).map(Value::bool)
}

/// §28.1.10 Reflect.ownKeys ( target )
fn own_keys(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "ownKeys")?;
    let keys: GcVec<Value> = internal_methods::own_property_keys(t)?
        .iter()
        .map(|k| k.to_value())
        .collect();
    Ok(realm::new_array(&keys))
}

/// §28.1.11 Reflect.preventExtensions ( target )
fn prevent_extensions(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "preventExtensions")?;
    internal_methods::try_prevent_extensions(t).map(Value::bool)
}

/// §28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
fn set(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "set")?;
    let k = key::to_key(arg(args, 1))?;
    let receiver = if args.len() > 3 { args[3] } else { t };
    internal_methods::set(t, k, arg(args, 2), receiver, false).map(Value::bool)
}

/// §28.1.13 Reflect.setPrototypeOf ( target, proto )
fn set_prototype_of(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = target(args, "setPrototypeOf")?;
    let p = arg(args, 1);
    if !p.is_object() && !p.is_null() {
        return Err(exception::throw_type_error(&format!(
            "Object prototype may only be an Object or null: {}",
            conv::display_string_short(p)
        )));
    }
    internal_methods::set_prototype_of(t, p).map(Value::bool)
}

/// Installs the `Reflect` namespace.
pub fn install(r: &Realm) {
    let o = realm::new_plain_object();
    realm::define(r.global, "Reflect", o, WRITABLE | CONFIGURABLE);
    realm::method(o, "defineProperty", 3, define_property);
    realm::method(o, "deleteProperty", 2, delete_property);
    realm::method(o, "apply", 3, apply);
    realm::method(o, "construct", 2, construct);
    realm::method(o, "get", 2, get);
    realm::method(
        o,
        "getOwnPropertyDescriptor",
        2,
        get_own_property_descriptor,
    );
    realm::method(o, "getPrototypeOf", 1, get_prototype_of);
    realm::method(o, "has", 2, has);
    realm::method(o, "isExtensible", 1, is_extensible);
    realm::method(o, "ownKeys", 1, own_keys);
    realm::method(o, "preventExtensions", 1, prevent_extensions);
    realm::method(o, "set", 3, set);
    realm::method(o, "setPrototypeOf", 2, set_prototype_of);
    let tag = Key::Named(realm::well_known("toStringTag"));
    let _ = internal_methods::define_own(
        o,
        tag,
        Desc::data(crate::text::string::from_str("Reflect"), CONFIGURABLE),
        false,
    );
    realm::set_builtin_tag(o, "Reflect");
}
