//! The `Proxy` constructor and `Proxy.revocable` (ECMA-262 §28.2); the
//! proxy objects themselves and their internal methods are
//! `object::proxy`.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function::{self, FN_CONSTRUCTOR};
use crate::object::internal_methods;
use crate::object::key;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::proxy;

/// §10.5.14 ProxyCreate ( target, handler )
fn create(target: Value, handler: Value) -> JsResult<Value> {
    // 1-2. If target or handler is not an Object, throw a TypeError exception.
    if !target.is_object() || !handler.is_object() {
        return Err(exception::throw_type_error(
            "Cannot create proxy with a non-object as target or handler",
        ));
    }
    // 3-7. The proxy, callable (and constructible) as its target is.
    Ok(proxy::new_proxy(target, handler))
}

/// §28.2.1.1 Proxy ( target, handler )
fn proxy_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if nt.is_undefined() {
        return Err(exception::throw_type_error(
            "Constructor Proxy requires 'new'",
        ));
    }
    // 2. Return ? ProxyCreate(target, handler).
    create(arg(args, 0), arg(args, 1))
}

/// §28.2.2.1.1 Proxy Revocation Functions: `data` holds the proxy until
/// the first call.
fn revoke(_: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let f = function::fun(callee);
    // 1-3. If revocableProxy is null, return undefined; else clear it.
    let p = f.data;
    if p.is_object() {
        f.data = Value::NULL;
        // 4-6. Set the proxy's [[ProxyTarget]] and [[ProxyHandler]] to null.
        proxy::revoke(p);
    }
    Ok(Value::UNDEFINED)
}

/// §28.2.2.1 Proxy.revocable ( target, handler )
fn revocable(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // 1. Let proxy be ? ProxyCreate(target, handler).
    let p = create(arg(args, 0), arg(args, 1))?;
    // 2-4. The revoker, holding the proxy.
    let r = function::new_native("", 0, revoke, 0);
    function::fun(r).data = p;
    // 5-7. { proxy, revoke }.
    let o = realm::new_plain_object();
    internal_methods::create_data_property(o, key::from_str("proxy"), p)?;
    internal_methods::create_data_property(o, key::from_str("revoke"), r)?;
    Ok(o)
}

/// Installs `Proxy` (a constructor without a `prototype`).
pub fn install(r: &Realm) {
    let c = function::new_native("Proxy", 2, proxy_ctor, FN_CONSTRUCTOR);
    realm::define(r.global, "Proxy", c, WRITABLE | CONFIGURABLE);
    realm::method(c, "revocable", 2, revocable);
}
