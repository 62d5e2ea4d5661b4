//! Proxy exotic objects (ECMA-262 §10.5): the thirteen internal methods that
//! call the handler's traps and check the invariants, with V8's messages.
//!
//! A non-callable proxy is a `KIND_PROXY` cell: the object part, then
//! [`ProxyFields`] (target, handler; both null once revoked). A proxy whose
//! target is callable must be callable from compiled code, which calls
//! function objects only, so it is a native function object flagged
//! `FN_PROXY` (and `FN_CONSTRUCTOR` when the target is a constructor) whose
//! `data` is such a `KIND_PROXY` record and whose native runs [[Call]] or
//! [[Construct]]. Both share one shape: an empty dictionary shape with a
//! null prototype, which inline caches never record (a dictionary shape is
//! never cached), so every access to a proxy reaches the runtime, and the
//! ordinary internal methods see an empty object if they ever look inside.
//! `object::internal_methods` dispatches to this module wherever it meets a
//! proxy (as the object or on a prototype chain).

use crate::abi::heap::{KIND_FUNCTION, KIND_PROXY};
use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::descriptor;
use crate::object::function::{self, FN_CONSTRUCTOR, FN_NATIVE, FN_STRICT};
use crate::object::internal_methods::{self as im, same_value, Desc};
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj, OBJECT_SIZE};
use crate::object::ordinary::{ACCESSOR, CONFIGURABLE, ENUMERABLE, WRITABLE};
use crate::object::shape::Shape;

pub use crate::abi::layout::FN_PROXY;

/// What follows the object part of a `KIND_PROXY` cell.
#[repr(C)]
pub struct ProxyFields {
    pub target: Value,
    pub handler: Value,
}

thread_local! {
    static SHAPE: std::cell::Cell<Option<&'static Shape>> = const { std::cell::Cell::new(None) };
}

/// The one shape of every proxy: empty, dictionary (never cached), null prototype.
fn shape() -> &'static Shape {
    SHAPE.with(|s| {
        if let Some(sh) = s.get() {
            return sh;
        }
        let sh = Shape::root(Value::NULL).to_dict(Value::NULL);
        s.set(Some(sh));
        sh
    })
}

/// ProxyCreate(target, handler) (the caller checked both are objects).
pub fn new_proxy(target: Value, handler: Value) -> Value {
    let rec = object::alloc(KIND_PROXY, shape(), std::mem::size_of::<ProxyFields>(), 0);
    *raw_fields(rec) = ProxyFields { target, handler };
    if !function::is_function(target) {
        return rec;
    }
    let mut flags = FN_NATIVE | FN_STRICT | FN_PROXY;
    if function::is_constructor(target) {
        flags |= FN_CONSTRUCTOR;
    }
    let extra = function::FUNCTION_CAPTURES_OFFSET as usize - OBJECT_SIZE;
    let f = object::alloc(KIND_FUNCTION, shape(), extra, 0);
    obj(f).header.flags = flags;
    let fu = function::fun(f);
    fu.code = function::native_entry();
    fu.native = Some(call_native);
    fu.data = rec;
    fu.home = Value::UNDEFINED;
    f
}

/// Whether `v` is a proxy (callable or not).
#[inline]
pub fn is_proxy(v: Value) -> bool {
    if !v.is_object() {
        return false;
    }
    let ob = obj(v);
    let k = ob.kind();
    k == KIND_PROXY || (k == KIND_FUNCTION && ob.has_flag(FN_PROXY))
}

fn raw_fields(rec: Value) -> &'static mut ProxyFields {
    // SAFETY: a KIND_PROXY cell holds ProxyFields right after its object part.
    unsafe { &mut *((rec.payload() as *mut u8).add(OBJECT_SIZE) as *mut ProxyFields) }
}

/// The target and handler of proxy `p`.
pub fn fields(p: Value) -> &'static mut ProxyFields {
    debug_assert!(is_proxy(p));
    if obj(p).kind() == KIND_PROXY {
        raw_fields(p)
    } else {
        raw_fields(function::fun(p).data)
    }
}

/// Whether `k` is a private name: a proxy keeps its private elements
/// itself (no trap sees them, §7.3.31 PrivateFieldAdd), in a dictionary
/// shape of its own, made here on the first one.
pub fn own_private(p: Value, k: Key) -> bool {
    let Key::Named(n) = k else {
        return false;
    };
    if !key::is_private(n) {
        return false;
    }
    let ob = obj(p);
    if std::ptr::eq(ob.shape(), shape()) {
        im::set_shape(ob, shape().to_dict(Value::NULL));
    }
    true
}

/// Revokes `p` (`Proxy.revocable`'s `revoke`).
pub fn revoke(p: Value) {
    let f = fields(p);
    f.target = Value::NULL;
    f.handler = Value::NULL;
}

/// Whether `p` (a proxy) has been revoked.
pub fn is_revoked(p: Value) -> bool {
    fields(p).handler.is_null()
}

/// A value in a message: V8 shows objects as `#<Object>`, others as text.
fn text(v: Value) -> String {
    if v.is_object() {
        conv::display_string_short(v)
    } else {
        conv::display_string(v)
    }
}

fn type_error<T>(msg: String) -> JsResult<T> {
    Err(exception::throw_type_error(&msg))
}

/// Steps 1-4 of every method: the target and handler, or the revoked TypeError.
fn parts(p: Value, op: &str) -> JsResult<(Value, Value)> {
    let f = fields(p);
    if f.handler.is_null() {
        return type_error(format!(
            "Cannot perform '{op}' on a proxy that has been revoked"
        ));
    }
    Ok((f.target, f.handler))
}

/// GetMethod(handler, name).
fn trap(handler: Value, name: &str) -> JsResult<Option<Value>> {
    let t = im::get(handler, key::from_str(name), handler)?;
    if t.is_nullish() {
        return Ok(None);
    }
    if !function::is_function(t) {
        return type_error(format!(
            "'{}' returned for property '{name}' of object '{}' is not a function",
            text(t),
            im::describe(handler)
        ));
    }
    Ok(Some(t))
}

/// The target and the trap `name` (None: forward to the target).
fn prepare(p: Value, name: &str) -> JsResult<(Value, Value, Option<Value>)> {
    let (t, h) = parts(p, name)?;
    Ok((t, h, trap(h, name)?))
}

fn truthy(r: JsResult<Value>) -> JsResult<bool> {
    r.map(conv::to_boolean)
}

/// IsArray(p): sees through proxies; throws on a revoked one.
pub fn is_array(v: Value) -> JsResult<bool> {
    let mut v = v;
    while is_proxy(v) {
        v = parts(v, "IsArray")?.0;
    }
    Ok(object::is_array(v))
}

/// The target a callable proxy or bound function finally calls (for messages).
pub fn final_target(v: Value) -> Value {
    let mut v = v;
    while is_proxy(v) && !is_revoked(v) {
        v = fields(v).target;
    }
    v
}

/// §10.5.1 [[GetPrototypeOf]]
pub fn get_prototype_of(p: Value) -> JsResult<Value> {
    let (t, h, tr) = prepare(p, "getPrototypeOf")?;
    let Some(tr) = tr else {
        return im::get_prototype_of(t);
    };
    let hp = function::call(tr, h, &[t])?;
    if !hp.is_object() && !hp.is_null() {
        return type_error(
            "'getPrototypeOf' on proxy: trap returned neither object nor null".into(),
        );
    }
    if im::is_extensible(t)? {
        return Ok(hp);
    }
    if hp != im::get_prototype_of(t)? {
        return type_error(
            "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype".into(),
        );
    }
    Ok(hp)
}

/// §10.5.2 [[SetPrototypeOf]]
pub fn set_prototype_of(p: Value, v: Value) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "setPrototypeOf")?;
    let Some(tr) = tr else {
        return im::set_prototype_of(t, v);
    };
    if !truthy(function::call(tr, h, &[t, v]))? {
        return Ok(false);
    }
    if im::is_extensible(t)? {
        return Ok(true);
    }
    if v != im::get_prototype_of(t)? {
        return type_error(
            "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target".into(),
        );
    }
    Ok(true)
}

/// §10.5.3 [[IsExtensible]]
pub fn is_extensible(p: Value) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "isExtensible")?;
    let Some(tr) = tr else {
        return im::is_extensible(t);
    };
    let r = truthy(function::call(tr, h, &[t]))?;
    let target = im::is_extensible(t)?;
    if r != target {
        return type_error(format!(
            "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{target}')"
        ));
    }
    Ok(r)
}

/// §10.5.4 [[PreventExtensions]]
pub fn prevent_extensions(p: Value) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "preventExtensions")?;
    let Some(tr) = tr else {
        return im::try_prevent_extensions(t);
    };
    let r = truthy(function::call(tr, h, &[t]))?;
    if r && im::is_extensible(t)? {
        return type_error(
            "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible"
                .into(),
        );
    }
    Ok(r)
}

/// IsCompatiblePropertyDescriptor(extensible, desc, current) (§10.1.6.2
/// ValidateAndApplyPropertyDescriptor with no object to apply it to).
pub fn is_compatible(extensible: bool, d: &Desc, current: Option<(Value, u8)>) -> bool {
    let Some((cv, ca)) = current else {
        return extensible;
    };
    if ca & CONFIGURABLE != 0 {
        return true;
    }
    if d.configurable == Some(true) {
        return false;
    }
    if d.enumerable.is_some_and(|e| e != (ca & ENUMERABLE != 0)) {
        return false;
    }
    let cur_acc = ca & ACCESSOR != 0;
    let generic = !d.is_accessor() && !d.is_data();
    if !generic && d.is_accessor() != cur_acc {
        return false;
    }
    if cur_acc {
        let pair = object::accessor(cv);
        return !(d.get.is_some_and(|g| g != pair.get) || d.set.is_some_and(|s| s != pair.set));
    }
    if ca & WRITABLE == 0 {
        if d.writable == Some(true) {
            return false;
        }
        if d.value.is_some_and(|v| !same_value(v, cv)) {
            return false;
        }
    }
    true
}

/// §10.5.5 [[GetOwnProperty]]
pub fn get_own_property(p: Value, k: Key) -> JsResult<Option<(Value, u8)>> {
    let (t, h, tr) = prepare(p, "getOwnPropertyDescriptor")?;
    let Some(tr) = tr else {
        return im::get_own_property(t, k);
    };
    let r = function::call(tr, h, &[t, k.to_value()])?;
    let name = k.display();
    if !r.is_object() && !r.is_undefined() {
        return type_error(format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{name}'"
        ));
    }
    let td = im::get_own_property(t, k)?;
    if r.is_undefined() {
        let Some((_, ta)) = td else {
            return Ok(None);
        };
        if ta & CONFIGURABLE == 0 {
            return type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which is non-configurable in the proxy target"
            ));
        }
        if !im::is_extensible(t)? {
            return type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which exists in the non-extensible proxy target"
            ));
        }
        return Ok(None);
    }
    let ext = im::is_extensible(t)?;
    let d = descriptor::to_property_descriptor(r)?;
    let (v, a) = descriptor::complete(&d);
    let full = if a & ACCESSOR != 0 {
        Desc {
            get: Some(object::accessor(v).get),
            set: Some(object::accessor(v).set),
            enumerable: Some(a & ENUMERABLE != 0),
            configurable: Some(a & CONFIGURABLE != 0),
            ..Desc::default()
        }
    } else {
        Desc::data(v, a)
    };
    if !is_compatible(ext, &full, td) {
        return type_error(format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{name}' that is incompatible with the existing property in the proxy target"
        ));
    }
    if a & CONFIGURABLE == 0 {
        match td {
            Some((_, ta)) if ta & CONFIGURABLE == 0 => {
                // (A completed data descriptor always has [[Writable]].)
                if a & (ACCESSOR | WRITABLE) == 0 && ta & ACCESSOR == 0 && ta & WRITABLE != 0 {
                    return type_error(format!(
                        "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '{name}' which is non-configurable, non-writable in the proxy target"
                    ));
                }
            }
            _ => {
                return type_error(format!(
                    "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{name}' which is either non-existent or configurable in the proxy target"
                ));
            }
        }
    }
    Ok(Some((v, a)))
}

/// §10.5.6 [[DefineOwnProperty]]
pub fn define_own_property(p: Value, k: Key, d: Desc) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "defineProperty")?;
    let Some(tr) = tr else {
        return im::define_own(t, k, d, false);
    };
    let desc_obj = descriptor::from_desc(&d)?;
    if !truthy(function::call(tr, h, &[t, k.to_value(), desc_obj]))? {
        return Ok(false);
    }
    let name = k.display();
    let td = im::get_own_property(t, k)?;
    let ext = im::is_extensible(t)?;
    let setting_nc = d.configurable == Some(false);
    let nc_msg = || {
        format!(
            "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which is either non-existent or configurable in the proxy target"
        )
    };
    match td {
        None => {
            if !ext {
                return type_error(format!(
                    "'defineProperty' on proxy: trap returned truish for adding property '{name}'  to the non-extensible proxy target"
                ));
            }
            if setting_nc {
                return type_error(nc_msg());
            }
        }
        Some((_, ta)) => {
            if !is_compatible(ext, &d, td) {
                return type_error(format!(
                    "'defineProperty' on proxy: trap returned truish for adding property '{name}'  that is incompatible with the existing property in the proxy target"
                ));
            }
            if setting_nc && ta & CONFIGURABLE != 0 {
                return type_error(nc_msg());
            }
            if ta & (ACCESSOR | CONFIGURABLE) == 0
                && ta & WRITABLE != 0
                && d.writable == Some(false)
            {
                return type_error(format!(
                    "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object."
                ));
            }
        }
    }
    Ok(true)
}

/// §10.5.7 [[HasProperty]]
pub fn has(p: Value, k: Key) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "has")?;
    let Some(tr) = tr else {
        return im::has_property(t, k);
    };
    let r = truthy(function::call(tr, h, &[t, k.to_value()]))?;
    if !r {
        if let Some((_, ta)) = im::get_own_property(t, k)? {
            let name = k.display();
            if ta & CONFIGURABLE == 0 {
                return type_error(format!(
                    "'has' on proxy: trap returned falsish for property '{name}' which exists in the proxy target as non-configurable"
                ));
            }
            if !im::is_extensible(t)? {
                return type_error(format!(
                    "'has' on proxy: trap returned falsish for property '{name}' but the proxy target is not extensible"
                ));
            }
        }
    }
    Ok(r)
}

/// §10.5.8 [[Get]]
pub fn get(p: Value, k: Key, receiver: Value) -> JsResult<Value> {
    crate::exec::exception::check_stack()?;
    let (t, h, tr) = prepare(p, "get")?;
    let Some(tr) = tr else {
        return im::get(t, k, receiver);
    };
    let v = function::call(tr, h, &[t, k.to_value(), receiver])?;
    if let Some((tv, ta)) = im::get_own_property(t, k)? {
        if ta & CONFIGURABLE == 0 {
            let name = k.display();
            if ta & (ACCESSOR | WRITABLE) == 0 && !same_value(v, tv) {
                return type_error(format!(
                    "'get' on proxy: property '{name}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{}' but got '{}')",
                    text(tv),
                    text(v)
                ));
            }
            if ta & ACCESSOR != 0 && object::accessor(tv).get.is_undefined() && !v.is_undefined() {
                return type_error(format!(
                    "'get' on proxy: property '{name}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{}')",
                    text(v)
                ));
            }
        }
    }
    Ok(v)
}

/// §10.5.9 [[Set]]
pub fn set(p: Value, k: Key, v: Value, receiver: Value) -> JsResult<bool> {
    crate::exec::exception::check_stack()?;
    let (t, h, tr) = prepare(p, "set")?;
    let Some(tr) = tr else {
        return im::set(t, k, v, receiver, false);
    };
    if !truthy(function::call(tr, h, &[t, k.to_value(), v, receiver]))? {
        return Ok(false);
    }
    if let Some((tv, ta)) = im::get_own_property(t, k)? {
        if ta & CONFIGURABLE == 0 {
            let name = k.display();
            if ta & (ACCESSOR | WRITABLE) == 0 && !same_value(v, tv) {
                return type_error(format!(
                    "'set' on proxy: trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable data property with a different value"
                ));
            }
            if ta & ACCESSOR != 0 && object::accessor(tv).set.is_undefined() {
                return type_error(format!(
                    "'set' on proxy: trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter"
                ));
            }
        }
    }
    Ok(true)
}

/// §10.5.10 [[Delete]]
pub fn delete(p: Value, k: Key) -> JsResult<bool> {
    let (t, h, tr) = prepare(p, "deleteProperty")?;
    let Some(tr) = tr else {
        return im::delete(t, k, false);
    };
    if !truthy(function::call(tr, h, &[t, k.to_value()]))? {
        return Ok(false);
    }
    let Some((_, ta)) = im::get_own_property(t, k)? else {
        return Ok(true);
    };
    let name = k.display();
    if ta & CONFIGURABLE == 0 {
        return type_error(format!(
            "'deleteProperty' on proxy: trap returned truish for property '{name}' which is non-configurable in the proxy target"
        ));
    }
    if !im::is_extensible(t)? {
        return type_error(format!(
            "'deleteProperty' on proxy: trap returned truish for property '{name}' but the proxy target is non-extensible"
        ));
    }
    Ok(true)
}

/// §10.5.11 [[OwnPropertyKeys]]
pub fn own_keys(p: Value) -> JsResult<GcVec<Key>> {
    let (t, h, tr) = prepare(p, "ownKeys")?;
    let Some(tr) = tr else {
        return im::own_property_keys(t);
    };
    let arr = function::call(tr, h, &[t])?;
    // CreateListFromArrayLike(trapResultArray, « String, Symbol »).
    if !arr.is_object() {
        return type_error("CreateListFromArrayLike called on non-object".into());
    }
    let len = im::get(arr, Key::Named(im::length_key()), arr)?;
    let len = conv::to_integer_or_infinity(conv::to_number(len)?).clamp(0.0, 9007199254740991.0);
    let mut keys: GcVec<Key> = GcVec::new();
    let mut i = 0u64;
    while (i as f64) < len {
        let ik = if i < u32::MAX as u64 {
            Key::Index(i as u32)
        } else {
            key::from_str(&i.to_string())
        };
        let v = im::get(arr, ik, arr)?;
        if !v.is_string() && !key::is_symbol(v) {
            return type_error(format!("{} is not a valid property name", text(v)));
        }
        let k = key::to_key(v)?;
        if keys.contains(&k) {
            return type_error("'ownKeys' on proxy: trap returned duplicate entries".into());
        }
        keys.push(k);
        i += 1;
    }
    let ext = im::is_extensible(t)?;
    let tkeys = im::own_property_keys(t)?;
    let mut configurable: GcVec<Key> = GcVec::new();
    let mut fixed: GcVec<Key> = GcVec::new();
    for &k in tkeys.iter() {
        match im::get_own_property(t, k)? {
            Some((_, a)) if a & CONFIGURABLE == 0 => fixed.push(k),
            _ => configurable.push(k),
        }
    }
    if ext && fixed.is_empty() {
        return Ok(keys);
    }
    let mut unchecked: Vec<Option<Key>> = keys.iter().map(|&k| Some(k)).collect();
    let mut take = |k: Key| -> JsResult<()> {
        match unchecked.iter_mut().find(|u| **u == Some(k)) {
            Some(u) => {
                *u = None;
                Ok(())
            }
            None => type_error(format!(
                "'ownKeys' on proxy: trap result did not include '{}'",
                k.display()
            )),
        }
    };
    for &k in fixed.iter() {
        take(k)?;
    }
    if ext {
        return Ok(keys);
    }
    for &k in configurable.iter() {
        take(k)?;
    }
    if unchecked.iter().any(Option::is_some) {
        return type_error(
            "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible"
                .into(),
        );
    }
    Ok(keys)
}

/// The native of callable proxies: [[Call]] or, with a new target, [[Construct]].
fn call_native(this: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        call(callee, this, args)
    } else {
        construct(callee, args, nt)
    }
}

/// §10.5.12 [[Call]]
pub fn call(p: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    crate::exec::exception::check_stack()?;
    let (t, h, tr) = prepare(p, "apply")?;
    let Some(tr) = tr else {
        return function::call(t, this, args);
    };
    let list = realm::new_array(args);
    function::call(tr, h, &[t, this, list])
}

/// §10.5.13 [[Construct]]
pub fn construct(p: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    crate::exec::exception::check_stack()?;
    let (t, h, tr) = prepare(p, "construct")?;
    let Some(tr) = tr else {
        return function::construct(t, args, nt);
    };
    let list = realm::new_array(args);
    let r = function::call(tr, h, &[t, list, nt])?;
    if !r.is_object() {
        return type_error(format!(
            "'construct' on proxy: trap returned non-object ('{}')",
            text(r)
        ));
    }
    Ok(r)
}
