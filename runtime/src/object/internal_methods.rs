//! The ordinary object internal methods: [[GetOwnProperty]], [[Get]], [[Set]],
//! [[DefineOwnProperty]], [[Delete]], [[HasProperty]], [[OwnPropertyKeys]],
//! [[GetPrototypeOf]]/[[SetPrototypeOf]] and [[PreventExtensions]], with the
//! array `length` and lazy function `prototype` special cases.
//!
//! Proxies (`object::proxy`) are dispatched to where they are met: as the
//! object of a fallible method, or on the prototype chain a [[Get]], [[Set]]
//! or [[HasProperty]] walks. The infallible helpers (`get_own`, `lookup`,
//! `proto_of`, `own_keys`) are the *ordinary* methods: they see a proxy as
//! an empty object with a null prototype; code that may meet a proxy uses
//! the fallible ones (`get_own_property`, `get_prototype_of`,
//! `own_property_keys`, `has_property`, `is_extensible`).
//!
//! Every change to an object's shape goes through [`set_shape`] (or
//! [`touch`] for in-place dictionary edits), which bumps the prototype epoch
//! when the object is some object's prototype: inline caches that found a
//! property on a prototype check the epoch they were filled in.

use crate::abi::heap::KIND_TYPED_ARRAY;
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::object::function;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, *};
use crate::object::proxy;
use crate::object::shape::Shape;
use crate::object::typed_array;
use crate::text::string;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped whenever an object used as a prototype changes shape (or a
/// dictionary-mode prototype is edited). Compiled code reads it by symbol.
#[no_mangle]
pub static kiln_proto_epoch: AtomicU64 = AtomicU64::new(1);

/// The current prototype epoch.
#[inline]
pub fn epoch() -> u64 {
    kiln_proto_epoch.load(Ordering::Relaxed)
}

/// Records that `o` changed in a way inline caches may depend on.
#[inline]
pub fn touch(o: &Object) {
    if o.has_flag(FLAG_IS_PROTO) {
        kiln_proto_epoch.fetch_add(1, Ordering::Relaxed);
    }
}

/// Gives `o` a new shape.
#[inline]
pub fn set_shape(o: &mut Object, s: &'static Shape) {
    o.shape = s;
    if s.dict {
        o.header.flags |= crate::object::ordinary::FLAG_OWNS_RUST;
        crate::gc::register_finalizable(&mut o.header);
    }
    touch(o);
}

/// Marks `p` (an object or null) as used as a prototype.
pub fn mark_proto(p: Value) {
    if p.is_object() {
        obj(p).set_flag(FLAG_IS_PROTO, true);
    }
}

/// A property descriptor as `Object.defineProperty` takes it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Desc {
    pub value: Option<Value>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub writable: Option<bool>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Desc {
    /// A complete data descriptor.
    pub fn data(value: Value, attrs: u8) -> Desc {
        Desc {
            value: Some(value),
            writable: Some(attrs & WRITABLE != 0),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Desc::default()
        }
    }
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// SameValue.
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return (x.is_nan() && y.is_nan())
            || (x == y && x.is_sign_negative() == y.is_sign_negative());
    }
    if a.is_string() && b.is_string() {
        return string::equals(a, b);
    }
    if crate::exec::bigint::is_bigint(a) && crate::exec::bigint::is_bigint(b) {
        return crate::exec::bigint::equals(a, b);
    }
    a == b
}

/// The interned `"length"` key.
pub fn length_key() -> Value {
    realm::get().keys.length
}

/// Materialises lazily created own properties that `key` may name (a
/// function's `prototype`). `None` means all of them.
fn prepare(o: Value, key: Option<Key>) {
    if object::is_kind(o, crate::abi::heap::KIND_FUNCTION) && function::has_lazy_prototype(o) {
        let k = realm::get().keys.prototype;
        if key.is_none() || key == Some(Key::Named(k)) {
            function::materialize_prototype(o);
        }
    }
}

/// [[GetOwnProperty]]: the value (or accessor pair) and attributes of own property `key`.
pub fn get_own(o: Value, key: Key) -> Option<(Value, u8)> {
    let ob = obj(o);
    if ob.kind() == KIND_TYPED_ARRAY {
        if let Some(n) = typed_array::canonical_numeric(key) {
            // §10.4.5.1: an integer-indexed element or nothing.
            let i = typed_array::valid_index(o, n)?;
            return Some((typed_array::get_index(o, i), DEFAULT_ATTRS));
        }
    }
    match key {
        Key::Index(i) => {
            if i < ob.dense_len() {
                let v = ob.dense()[i as usize];
                if v != Value::HOLE {
                    return Some((v, DEFAULT_ATTRS));
                }
                return None;
            }
            let found = ob.sparse().and_then(|s| s.map.get(&i).copied());
            match (found, crate::object::arguments::mapped_cell(o, i)) {
                // SAFETY: mapped cells are the live parameter cells.
                (Some((_, a)), Some(c)) => Some((unsafe { (*c).value }, a)),
                (f, _) => f,
            }
        }
        Key::Named(k) => {
            if ob.kind() == KIND_ARRAY && k == length_key() {
                let w = if ob.has_flag(FLAG_LENGTH_READONLY) {
                    0
                } else {
                    WRITABLE
                };
                return Some((Value::number(ob.length() as f64), w));
            }
            prepare(o, Some(key));
            let ob = obj(o);
            let p = ob.shape().find(k)?;
            let v = ob.slot(p.slot);
            if v == Value::HOLE && ob.kind() == crate::abi::heap::KIND_ERROR {
                return Some((crate::exec::error::materialize_stack(o), p.attrs));
            }
            Some((v, p.attrs))
        }
    }
}

/// [[GetPrototypeOf]].
#[inline]
pub fn proto_of(o: Value) -> Value {
    obj(o).proto()
}

/// The object whose properties a primitive's property reads see.
pub fn proto_for_primitive(v: Value) -> Value {
    let r = realm::get();
    if v.is_string() {
        r.string_prototype
    } else if v.is_number() {
        r.number_prototype
    } else if v.is_bool() {
        r.boolean_prototype
    } else if key::is_symbol(v) {
        r.symbol_prototype
    } else if crate::exec::bigint::is_bigint(v) {
        r.bigint_prototype
    } else {
        Value::NULL
    }
}

/// Reads the value of a found property: calls a getter with `receiver`.
pub fn read_found(v: Value, attrs: u8, receiver: Value) -> JsResult<Value> {
    if attrs & ACCESSOR != 0 {
        let g = accessor(v).get;
        if g.is_undefined() {
            return Ok(Value::UNDEFINED);
        }
        return function::call(g, receiver, &[]);
    }
    Ok(v)
}

/// Finds `key` on `o` or its prototype chain: (holder, value-or-pair, attrs).
pub fn lookup(mut o: Value, key: Key) -> Option<(Value, Value, u8)> {
    loop {
        if let Some((v, a)) = get_own(o, key) {
            return Some((o, v, a));
        }
        // A typed array's numeric keys never reach its prototypes (§10.4.5.2, .4).
        if typed_array::is_typed_array(o) && typed_array::canonical_numeric(key).is_some() {
            return None;
        }
        o = proto_of(o);
        if !o.is_object() {
            return None;
        }
    }
}

/// Finds `key` like [`lookup`], but stops at a proxy on the chain: `Err`
/// holds the proxy whose traps decide the rest.
#[inline]
pub fn lookup_or_proxy(mut o: Value, key: Key) -> Result<Option<(Value, Value, u8)>, Value> {
    loop {
        if proxy::is_proxy(o) {
            return Err(o);
        }
        if let Some((v, a)) = get_own(o, key) {
            return Ok(Some((o, v, a)));
        }
        if typed_array::is_typed_array(o) && typed_array::canonical_numeric(key).is_some() {
            return Ok(None);
        }
        o = proto_of(o);
        if !o.is_object() {
            return Ok(None);
        }
    }
}

/// [[Get]] on an object.
pub fn get(o: Value, key: Key, receiver: Value) -> JsResult<Value> {
    match lookup_or_proxy(o, key) {
        Ok(Some((_, v, a))) => read_found(v, a, receiver),
        Ok(None) => Ok(Value::UNDEFINED),
        Err(p) => proxy::get(p, key, receiver),
    }
}

/// GetV: property `key` of any non-nullish value (primitives read their prototype).
pub fn get_value(v: Value, key: Key) -> JsResult<Value> {
    if v.is_object() {
        return get(v, key, v);
    }
    if v.is_string() {
        let units = string::units(v);
        match key {
            Key::Index(i) if (i as usize) < units.len() => {
                return Ok(string::from_unit(units[i as usize]))
            }
            Key::Named(k) if k == length_key() => return Ok(Value::number(units.len() as f64)),
            _ => {}
        }
    }
    let p = proto_for_primitive(v);
    if p.is_object() {
        get(p, key, v)
    } else {
        Ok(Value::UNDEFINED)
    }
}

/// `#<Point>`-style description of an object for error messages.
pub fn describe(o: Value) -> String {
    if is_array(o) {
        return "[object Array]".to_owned();
    }
    format!(
        "#<{}>",
        constructor_name(o).unwrap_or_else(|| "Object".to_owned())
    )
}

/// The `name` of `o`'s `constructor` (looked up without running getters).
pub fn constructor_name(o: Value) -> Option<String> {
    let k = realm::get().keys.constructor;
    let (_, c, a) = lookup(o, Key::Named(k))?;
    if a & ACCESSOR != 0 || !object::is_kind(c, crate::abi::heap::KIND_FUNCTION) {
        return None;
    }
    let n = get_own(c, Key::Named(realm::get().keys.name))?;
    (n.1 & ACCESSOR == 0 && n.0.is_string()).then(|| string::to_rust(n.0))
}

/// Fails an assignment: TypeError in strict code, `false` otherwise.
fn fail(strict: bool, msg: impl FnOnce() -> String) -> JsResult<bool> {
    if strict {
        Err(exception::throw_type_error(&msg()))
    } else {
        Ok(false)
    }
}

/// Whether the proxy `o` is an ES module namespace object (the ES linker
/// makes them as proxies over a target marked `Module`, see
/// compiler/src/modules/esm.rs): its failures throw V8's messages for a
/// namespace, not a proxy's.
pub fn is_namespace_proxy(o: Value) -> bool {
    !proxy::is_revoked(o)
        && crate::exec::realm::builtin_tag(proxy::fields(o).target) == Some("Module")
}

/// [[Set]] (OrdinarySet) of `key` on `o` with `receiver`; `strict` turns a
/// failure into the TypeError V8 throws.
pub fn set(o: Value, key: Key, v: Value, receiver: Value, strict: bool) -> JsResult<bool> {
    let mut cur = o;
    loop {
        if proxy::is_proxy(cur) && !proxy::own_private(cur, key) {
            if proxy::set(cur, key, v, receiver)? {
                return Ok(true);
            }
            return fail(strict, || {
                if is_namespace_proxy(cur) && get_own(proxy::fields(cur).target, key).is_none() {
                    return format!(
                        "Cannot add property {}, object is not extensible",
                        key.display()
                    );
                }
                if is_namespace_proxy(cur) {
                    return format!(
                        "Cannot assign to read only property '{}' of object '[object Module]'",
                        key.display()
                    );
                }
                format!(
                    "'set' on proxy: trap returned falsish for property '{}'",
                    key.display()
                )
            });
        }
        if typed_array::is_typed_array(cur) {
            if let Some(n) = typed_array::canonical_numeric(key) {
                // §10.4.5.5 [[Set]] of an integer-indexed exotic object.
                if cur == receiver {
                    typed_array::set_element(cur, n, v)?;
                    return Ok(true);
                }
                if typed_array::valid_index(cur, n).is_none() {
                    return Ok(true);
                }
                break;
            }
        }
        if let Some((pv, attrs)) = get_own(cur, key) {
            if attrs & ACCESSOR != 0 {
                let s = accessor(pv).set;
                if s.is_undefined() {
                    return fail(strict, || {
                        format!(
                            "Cannot set property {} of {} which has only a getter",
                            key.display(),
                            describe(cur)
                        )
                    });
                }
                function::call(s, receiver, &[v])?;
                return Ok(true);
            }
            if attrs & WRITABLE == 0 {
                return fail(strict, || {
                    format!(
                        "Cannot assign to read only property '{}' of object '{}'",
                        key.display(),
                        describe(receiver)
                    )
                });
            }
            if cur == receiver {
                return write_own(cur, key, v, strict);
            }
            break;
        }
        cur = proto_of(cur);
        if !cur.is_object() {
            break;
        }
    }
    if !receiver.is_object() {
        return fail(strict, || {
            format!(
                "Cannot create property '{}' on {} '{}'",
                key.display(),
                crate::exec::conv::type_of(receiver),
                crate::exec::conv::display_string(receiver)
            )
        });
    }
    if proxy::is_proxy(receiver) {
        // OrdinarySetWithOwnDescriptor steps 2c-e through the receiver's traps.
        let d = match get_own_property(receiver, key)? {
            Some((_, attrs)) => {
                if attrs & ACCESSOR != 0 || attrs & WRITABLE == 0 {
                    return Ok(false);
                }
                Desc {
                    value: Some(v),
                    ..Desc::default()
                }
            }
            None => Desc::data(v, DEFAULT_ATTRS),
        };
        return define_own(receiver, key, d, strict);
    }
    if receiver != o {
        if let Some((_, attrs)) = get_own(receiver, key) {
            if attrs & ACCESSOR != 0 || attrs & WRITABLE == 0 {
                return fail(strict, || {
                    format!(
                        "Cannot assign to read only property '{}' of object '{}'",
                        key.display(),
                        describe(receiver)
                    )
                });
            }
            return write_own(receiver, key, v, strict);
        }
    }
    add_own(receiver, key, v, DEFAULT_ATTRS, strict)
}

/// Writes the value of an existing own writable data property.
fn write_own(o: Value, key: Key, v: Value, strict: bool) -> JsResult<bool> {
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            if i < ob.dense_len() {
                ob.dense()[i as usize] = v;
            } else if let Some(e) = ob.sparse().and_then(|s| s.map.get_mut(&i)) {
                e.0 = v;
                if let Some(c) = crate::object::arguments::mapped_cell(o, i) {
                    // SAFETY: mapped cells are the live parameter cells.
                    unsafe { (*c).value = v };
                }
            }
            Ok(true)
        }
        Key::Named(k) => {
            if ob.kind() == KIND_ARRAY && k == length_key() {
                return set_array_length(o, v, strict);
            }
            if let Some(p) = ob.shape().find(k) {
                ob.set_slot(p.slot, v);
            }
            Ok(true)
        }
    }
}

/// Adds a new own property (the object must not have `key`).
pub fn add_own(o: Value, key: Key, v: Value, attrs: u8, strict: bool) -> JsResult<bool> {
    if proxy::is_proxy(o) && !proxy::own_private(o, key) {
        return define_own(o, key, Desc::data(v, attrs), strict);
    }
    let ob = obj(o);
    typed_array::note_change(ob, Some(key));
    let private = matches!(key, Key::Named(k) if key::is_private(k));
    if !ob.extensible() && !private {
        return fail(strict, || {
            format!(
                "Cannot add property {}, object is not extensible",
                key.display()
            )
        });
    }
    match key {
        Key::Index(i) => {
            if ob.kind() == KIND_ARRAY && i >= ob.length() && ob.has_flag(FLAG_LENGTH_READONLY) {
                return fail(strict, || {
                    format!(
                        "Cannot assign to read only property 'length' of object '{}'",
                        describe(o)
                    )
                });
            }
            add_element(o, i, v, attrs);
            Ok(true)
        }
        Key::Named(k) => {
            let s = ob.shape().add(k, attrs);
            let slot = s.find(k).expect("just added").slot;
            ob.reserve_slot(slot);
            ob.set_slot(slot, v);
            set_shape(ob, s);
            Ok(true)
        }
    }
}

/// Adds element `i` (absent so far).
fn add_element(o: Value, i: u32, v: Value, attrs: u8) {
    let ob = obj(o);
    let sparse_empty = ob.sparse().is_none_or(|s| s.map.is_empty());
    if attrs == DEFAULT_ATTRS
        && sparse_empty
        && (i as u64) < (ob.dense_len() as u64 + 1024).max(ob.el().cap as u64)
    {
        if i < ob.dense_len() {
            ob.dense()[i as usize] = v;
        } else {
            ob.reserve_dense(i + 1);
            // SAFETY: capacity covers i; slots between dense_len and i are HOLE
            // (blocks are filled with HOLE when allocated).
            unsafe { *ob.el().values().add(i as usize) = v };
            ob.set_dense_len(i + 1);
        }
    } else if attrs == DEFAULT_ATTRS && i < ob.dense_len() {
        ob.dense()[i as usize] = v;
    } else {
        if attrs != DEFAULT_ATTRS {
            make_sparse(ob);
        }
        ob.sparse_mut().map.insert(i, (v, attrs));
    }
    if ob.kind() == KIND_ARRAY && i >= ob.length() {
        ob.set_length(i + 1);
    }
}

/// Moves all dense elements into the sparse map (before giving an element
/// non-default attributes, so the dense-part invariant keeps holding).
pub fn make_sparse(ob: &mut Object) {
    if ob.dense_len() == 0 {
        return;
    }
    let dense: Vec<Value> = ob.dense().to_vec();
    let sp = ob.sparse_mut();
    for (i, v) in dense.into_iter().enumerate() {
        if v != Value::HOLE {
            sp.map.insert(i as u32, (v, DEFAULT_ATTRS));
        }
    }
    ob.set_dense_len(0);
}

/// ArraySetLength for a plain assignment `a.length = v`.
pub fn set_array_length(o: Value, v: Value, strict: bool) -> JsResult<bool> {
    let n = crate::exec::conv::to_number(v)?;
    let len = crate::exec::conv::to_uint32(n);
    if len as f64 != n {
        return Err(exception::throw_range_error("Invalid array length"));
    }
    let ob = obj(o);
    if ob.has_flag(FLAG_LENGTH_READONLY) {
        if len == ob.length() {
            return Ok(true);
        }
        return fail(strict, || {
            format!(
                "Cannot assign to read only property 'length' of object '{}'",
                describe(o)
            )
        });
    }
    Ok(truncate(o, len))
}

/// Sets an array's length, deleting elements at or beyond it (stopping at a
/// non-configurable one). Returns whether the full truncation happened.
pub fn truncate(o: Value, len: u32) -> bool {
    let ob = obj(o);
    if len < ob.dense_len() {
        for v in &mut ob.dense()[len as usize..] {
            *v = Value::HOLE;
        }
        ob.set_dense_len(len);
    }
    let mut new_len = len;
    if let Some(sp) = ob.sparse() {
        let doomed: Vec<u32> = sp.map.range(len..).map(|(&i, _)| i).rev().collect();
        for i in doomed {
            if sp.map[&i].1 & CONFIGURABLE == 0 {
                new_len = i + 1;
                break;
            }
            sp.map.remove(&i);
        }
    }
    ob.set_length(new_len);
    touch(ob);
    new_len == len
}

/// Converts `o` to dictionary mode (keeping its properties and prototype).
pub fn ensure_dict(o: &mut Object) -> &'static Shape {
    if !o.shape().dict {
        let d = o.shape().to_dict(o.proto());
        set_shape(o, d);
    }
    o.shape()
}

/// CreateDataProperty: defines `key` as a default data property (replacing
/// what is there if configurable). Returns false if that is not allowed.
pub fn create_data_property(o: Value, key: Key, v: Value) -> JsResult<bool> {
    define_own(o, key, Desc::data(v, DEFAULT_ATTRS), false)
}

fn attrs_of(d: &Desc, base: u8) -> u8 {
    let set = |a: u8, on: Option<bool>, bit: u8| match on {
        Some(true) => a | bit,
        Some(false) => a & !bit,
        None => a,
    };
    let mut a = set(base, d.enumerable, ENUMERABLE);
    a = set(a, d.configurable, CONFIGURABLE);
    if d.is_accessor() {
        a = (a | ACCESSOR) & !WRITABLE;
    } else if d.is_data() {
        if a & ACCESSOR != 0 {
            a &= !(ACCESSOR | WRITABLE);
        }
        a = set(a, d.writable, WRITABLE);
    }
    a
}

/// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor). With `throw`,
/// a rejected definition throws V8's TypeError instead of returning false.
pub fn define_own(o: Value, key: Key, d: Desc, throw: bool) -> JsResult<bool> {
    let reject = |msg: String| fail(throw, || msg);
    if proxy::is_proxy(o) && !proxy::own_private(o, key) {
        if proxy::define_own_property(o, key, d)? {
            return Ok(true);
        }
        if is_namespace_proxy(o) {
            return reject(format!("Cannot redefine property: {}", key.display()));
        }
        return reject(format!(
            "'defineProperty' on proxy: trap returned falsish for property '{}'",
            key.display()
        ));
    }
    typed_array::note_change(obj(o), Some(key));
    if typed_array::is_typed_array(o) {
        if let Some(n) = typed_array::canonical_numeric(key) {
            // §10.4.5.3 [[DefineOwnProperty]] of an integer-indexed exotic object.
            if typed_array::valid_index(o, n).is_none() {
                return reject("Invalid typed array index".to_owned());
            }
            if d.configurable == Some(false)
                || d.enumerable == Some(false)
                || d.is_accessor()
                || d.writable == Some(false)
            {
                return reject(format!("Cannot redefine property: {}", key.display()));
            }
            if let Some(v) = d.value {
                typed_array::set_element(o, n, v)?;
            }
            return Ok(true);
        }
    }
    if let (Key::Named(k), KIND_ARRAY) = (key, obj(o).kind()) {
        if k == length_key() {
            return define_array_length(o, d, throw);
        }
    }
    let Some((cur, cur_attrs)) = get_own(o, key) else {
        let private = matches!(key, Key::Named(k) if key::is_private(k));
        if !obj(o).extensible() && !private {
            return reject(format!(
                "Cannot define property {}, object is not extensible",
                key.display()
            ));
        }
        let attrs = attrs_of(&d, 0);
        let v = if d.is_accessor() {
            new_accessor(
                d.get.unwrap_or(Value::UNDEFINED),
                d.set.unwrap_or(Value::UNDEFINED),
            )
        } else {
            d.value.unwrap_or(Value::UNDEFINED)
        };
        return add_own(o, key, v, attrs, throw);
    };
    let redefine = || format!("Cannot redefine property: {}", key.display());
    if cur_attrs & CONFIGURABLE == 0 {
        if d.configurable == Some(true) {
            return reject(redefine());
        }
        if d.enumerable
            .is_some_and(|e| e != (cur_attrs & ENUMERABLE != 0))
        {
            return reject(redefine());
        }
        let cur_is_acc = cur_attrs & ACCESSOR != 0;
        if (d.is_accessor() && !cur_is_acc) || (d.is_data() && cur_is_acc) {
            return reject(redefine());
        }
        if cur_is_acc {
            let pair = accessor(cur);
            if d.get.is_some_and(|g| g != pair.get) || d.set.is_some_and(|s| s != pair.set) {
                return reject(redefine());
            }
        } else if cur_attrs & WRITABLE == 0 {
            if d.writable == Some(true) {
                return reject(redefine());
            }
            if let Some(v) = d.value {
                if !same_value(v, cur) {
                    return reject(redefine());
                }
            }
            return Ok(true);
        }
    }
    let attrs = attrs_of(&d, cur_attrs);
    let value = if attrs & ACCESSOR != 0 {
        let (g0, s0) = if cur_attrs & ACCESSOR != 0 {
            (accessor(cur).get, accessor(cur).set)
        } else {
            (Value::UNDEFINED, Value::UNDEFINED)
        };
        new_accessor(d.get.unwrap_or(g0), d.set.unwrap_or(s0))
    } else if cur_attrs & ACCESSOR != 0 {
        d.value.unwrap_or(Value::UNDEFINED)
    } else {
        d.value.unwrap_or(cur)
    };
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            if let Some(c) = crate::object::arguments::mapped_cell(o, i) {
                // Arguments mapping (sloppy): a value goes to the parameter
                // too; an accessor or read-only redefinition ends the mapping.
                if attrs & ACCESSOR == 0 {
                    // SAFETY: mapped cells are the live parameter cells.
                    unsafe { (*c).value = value };
                }
                if attrs & ACCESSOR != 0 || attrs & WRITABLE == 0 {
                    crate::object::arguments::unmap(o, i);
                }
            }
            if attrs == DEFAULT_ATTRS && i < ob.dense_len() {
                ob.dense()[i as usize] = value;
            } else {
                make_sparse(ob);
                ob.sparse_mut().map.insert(i, (value, attrs));
            }
        }
        Key::Named(k) => {
            if attrs != cur_attrs {
                let s = ensure_dict(ob);
                s.dict_set_attrs(k, attrs);
                touch(ob);
            }
            let slot = ob.shape().find(k).expect("own property").slot;
            ob.set_slot(slot, value);
            if cur_attrs & ACCESSOR != 0 || attrs & ACCESSOR != 0 {
                touch(ob);
            }
        }
    }
    Ok(true)
}

fn define_array_length(o: Value, d: Desc, throw: bool) -> JsResult<bool> {
    let reject = |msg: &str| fail(throw, || msg.to_owned());
    if d.is_accessor() || d.configurable == Some(true) || d.enumerable == Some(true) {
        return reject("Cannot redefine property: length");
    }
    let ob = obj(o);
    let readonly = ob.has_flag(FLAG_LENGTH_READONLY);
    let mut ok = true;
    if let Some(v) = d.value {
        let n = crate::exec::conv::to_number(v)?;
        let len = crate::exec::conv::to_uint32(n);
        if len as f64 != n {
            return Err(exception::throw_range_error("Invalid array length"));
        }
        if readonly && len != obj(o).length() {
            return reject("Cannot redefine property: length");
        }
        ok = truncate(o, len);
    }
    if d.writable == Some(true) && readonly {
        return reject("Cannot redefine property: length");
    }
    if d.writable == Some(false) {
        obj(o).set_flag(FLAG_LENGTH_READONLY, true);
        touch(obj(o));
    }
    if !ok {
        return reject("Cannot redefine property: length");
    }
    Ok(true)
}

/// [[Delete]]. In strict code a non-configurable property throws.
pub fn delete(o: Value, key: Key, strict: bool) -> JsResult<bool> {
    if proxy::is_proxy(o) {
        if proxy::delete(o, key)? {
            return Ok(true);
        }
        return fail(strict, || {
            if is_namespace_proxy(o) {
                return format!(
                    "Cannot delete property '{}' of [object Module]",
                    key.display()
                );
            }
            format!(
                "'deleteProperty' on proxy: trap returned falsish for property '{}'",
                key.display()
            )
        });
    }
    typed_array::note_change(obj(o), Some(key));
    if typed_array::is_typed_array(o) {
        if let Some(n) = typed_array::canonical_numeric(key) {
            // §10.4.5.6: elements cannot be deleted; other numeric keys are absent.
            if typed_array::valid_index(o, n).is_none() {
                return Ok(true);
            }
            return fail(strict, || {
                format!(
                    "Cannot delete property '{}' of [object {}]",
                    key.display(),
                    typed_array::elem_of(o).name()
                )
            });
        }
    }
    let Some((_, attrs)) = get_own(o, key) else {
        return Ok(true);
    };
    if attrs & CONFIGURABLE == 0 {
        return fail(strict, || {
            format!(
                "Cannot delete property '{}' of {}",
                key.display(),
                describe(o)
            )
        });
    }
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            crate::object::arguments::unmap(o, i);
            if i < ob.dense_len() {
                ob.dense()[i as usize] = Value::HOLE;
                if i + 1 == ob.dense_len() {
                    ob.set_dense_len(i);
                    while ob.dense_len() > 0
                        && ob.dense()[ob.dense_len() as usize - 1] == Value::HOLE
                    {
                        ob.set_dense_len(ob.dense_len() - 1);
                    }
                }
            } else if let Some(sp) = ob.sparse() {
                sp.map.remove(&i);
            }
        }
        Key::Named(k) => {
            let slot = ob.shape().find(k).expect("own property").slot;
            ob.set_slot(slot, Value::UNDEFINED);
            if let Some(s) = ob.shape().without_last(k) {
                set_shape(ob, s);
            } else {
                let s = ensure_dict(ob);
                s.dict_remove(k);
                touch(ob);
            }
        }
    }
    Ok(true)
}

/// [[HasProperty]].
pub fn has_property(o: Value, key: Key) -> JsResult<bool> {
    match lookup_or_proxy(o, key) {
        Ok(found) => Ok(found.is_some()),
        Err(p) => proxy::has(p, key),
    }
}

/// [[GetOwnProperty]] of any object (a proxy's through its trap).
pub fn get_own_property(o: Value, key: Key) -> JsResult<Option<(Value, u8)>> {
    if proxy::is_proxy(o) {
        return proxy::get_own_property(o, key);
    }
    Ok(get_own(o, key))
}

/// [[GetPrototypeOf]] of any object.
pub fn get_prototype_of(o: Value) -> JsResult<Value> {
    if proxy::is_proxy(o) {
        return proxy::get_prototype_of(o);
    }
    Ok(proto_of(o))
}

/// [[SetPrototypeOf]] of any object (false when refused).
pub fn set_prototype_of(o: Value, p: Value) -> JsResult<bool> {
    if proxy::is_proxy(o) {
        return proxy::set_prototype_of(o, p);
    }
    // Object.prototype is an immutable prototype exotic object.
    if o == realm::get().object_prototype && p != proto_of(o) {
        return Ok(false);
    }
    Ok(set_proto(o, p))
}

/// [[IsExtensible]] of any object.
pub fn is_extensible(o: Value) -> JsResult<bool> {
    if proxy::is_proxy(o) {
        return proxy::is_extensible(o);
    }
    Ok(obj(o).extensible())
}

/// [[PreventExtensions]] of any object (false when refused).
pub fn try_prevent_extensions(o: Value) -> JsResult<bool> {
    if proxy::is_proxy(o) {
        return proxy::prevent_extensions(o);
    }
    prevent_extensions(o);
    Ok(true)
}

/// [[OwnPropertyKeys]] of any object.
pub fn own_property_keys(o: Value) -> JsResult<crate::gc::vec::GcVec<Key>> {
    if proxy::is_proxy(o) {
        return proxy::own_keys(o);
    }
    Ok(own_keys(o).into_iter().collect())
}

/// [[OwnPropertyKeys]] as keys: indices ascending, then strings in insertion
/// order, then symbols in insertion order (private names excluded).
pub fn own_keys(o: Value) -> Vec<Key> {
    prepare(o, None);
    let ob = obj(o);
    let mut out = Vec::new();
    if ob.kind() == KIND_TYPED_ARRAY {
        out.extend((0..typed_array::view_length(o) as u32).map(Key::Index));
    }
    for (i, v) in ob.dense().iter().enumerate() {
        if *v != Value::HOLE {
            out.push(Key::Index(i as u32));
        }
    }
    if let Some(sp) = ob.sparse() {
        out.extend(sp.map.keys().map(|&i| Key::Index(i)));
    }
    if ob.kind() == KIND_ARRAY {
        out.push(Key::Named(length_key()));
    }
    let props = ob.shape().live_props();
    out.extend(
        props
            .iter()
            .filter(|p| p.key.is_string())
            .map(|p| Key::Named(p.key)),
    );
    out.extend(
        props
            .iter()
            .filter(|p| key::is_symbol(p.key) && !key::is_private(p.key))
            .map(|p| Key::Named(p.key)),
    );
    out
}

/// Own enumerable string-keyed properties (Object.keys order), through a
/// proxy's traps.
pub fn enumerable_own_string_keys(o: Value) -> JsResult<crate::gc::vec::GcVec<Key>> {
    if !proxy::is_proxy(o) {
        return Ok(own_enumerable_string_keys(o).into_iter().collect());
    }
    let mut out = crate::gc::vec::GcVec::new();
    for &k in proxy::own_keys(o)?.iter() {
        if !matches!(k, Key::Named(v) if key::is_symbol(v)) && is_enumerable_own(o, k)? {
            out.push(k);
        }
    }
    Ok(out)
}

/// Own enumerable string-keyed properties (Object.keys order).
pub fn own_enumerable_string_keys(o: Value) -> Vec<Key> {
    own_keys(o)
        .into_iter()
        .filter(|&k| {
            !matches!(k, Key::Named(v) if key::is_symbol(v))
                && get_own(o, k).is_some_and(|(_, a)| a & ENUMERABLE != 0)
        })
        .collect()
}

/// [[SetPrototypeOf]]; false if not extensible or the chain would cycle.
pub fn set_proto(o: Value, p: Value) -> bool {
    let ob = obj(o);
    typed_array::note_change(ob, None);
    if ob.proto() == p {
        return true;
    }
    if !ob.extensible() {
        return false;
    }
    let mut q = p;
    while q.is_object() {
        if q == o {
            return false;
        }
        q = proto_of(q);
    }
    mark_proto(p);
    let s = if ob.shape().dict {
        ob.shape().to_dict(p)
    } else {
        ob.shape()
            .with_proto(p)
            .unwrap_or_else(|| ob.shape().to_dict(p))
    };
    set_shape(ob, s);
    true
}

/// [[PreventExtensions]].
pub fn prevent_extensions(o: Value) {
    let ob = obj(o);
    ob.set_flag(FLAG_NOT_EXTENSIBLE, true);
    touch(ob);
}

/// Object.freeze (`frozen`) / Object.seal: every own property becomes
/// non-configurable (and, frozen, data properties non-writable).
pub fn set_integrity(o: Value, frozen: bool) {
    prevent_extensions(o);
    prepare(o, None);
    let ob = obj(o);
    let strip = |a: u8| {
        let mut a = a & !CONFIGURABLE;
        if frozen && a & ACCESSOR == 0 {
            a &= !WRITABLE;
        }
        a
    };
    make_sparse(ob);
    if let Some(sp) = ob.sparse() {
        for e in sp.map.values_mut() {
            e.1 = strip(e.1);
        }
    }
    if frozen && ob.kind() == KIND_ARRAY {
        ob.set_flag(FLAG_LENGTH_READONLY, true);
    }
    if !ob.shape().is_empty() {
        let s = ensure_dict(ob);
        // Private names are not properties: freezing leaves them alone.
        for p in s
            .live_props()
            .into_iter()
            .filter(|p| !key::is_private(p.key))
        {
            s.dict_set_attrs(p.key, strip(p.attrs));
        }
    }
    touch(ob);
}

/// Object.isFrozen (`frozen`) / Object.isSealed.
pub fn test_integrity(o: Value, frozen: bool) -> bool {
    if obj(o).extensible() {
        return false;
    }
    own_keys(o).into_iter().all(|k| {
        get_own(o, k).is_none_or(|(_, a)| {
            a & CONFIGURABLE == 0 && (!frozen || a & ACCESSOR != 0 || a & WRITABLE == 0)
        })
    })
}

/// The value of own property `k` if it is enumerable (None if absent or not
/// enumerable): [[GetOwnProperty]] then [[Get]], as `Object.keys`, `assign`,
/// spread and JSON walk an object's properties.
pub fn enumerable_own_value(o: Value, k: Key) -> JsResult<Option<Value>> {
    if proxy::is_proxy(o) {
        return match proxy::get_own_property(o, k)? {
            Some((_, a)) if a & ENUMERABLE != 0 => get(o, k, o).map(Some),
            _ => Ok(None),
        };
    }
    match get_own(o, k) {
        Some((v, a)) if a & ENUMERABLE != 0 => read_found(v, a, o).map(Some),
        _ => Ok(None),
    }
}

/// Whether own property `k` exists and is enumerable (through traps).
pub fn is_enumerable_own(o: Value, k: Key) -> JsResult<bool> {
    Ok(get_own_property(o, k)?.is_some_and(|(_, a)| a & ENUMERABLE != 0))
}

/// SetIntegrityLevel of any object (false when preventExtensions is refused).
pub fn set_integrity_level(o: Value, frozen: bool) -> JsResult<bool> {
    if !proxy::is_proxy(o) {
        set_integrity(o, frozen);
        return Ok(true);
    }
    if !proxy::prevent_extensions(o)? {
        return Ok(false);
    }
    let keys = proxy::own_keys(o)?;
    for &k in keys.iter() {
        let mut d = Desc {
            configurable: Some(false),
            ..Desc::default()
        };
        if frozen {
            match proxy::get_own_property(o, k)? {
                None => continue,
                Some((_, a)) if a & ACCESSOR == 0 => d.writable = Some(false),
                Some(_) => {}
            }
        }
        define_own(o, k, d, true)?;
    }
    Ok(true)
}

/// TestIntegrityLevel of any object.
pub fn test_integrity_level(o: Value, frozen: bool) -> JsResult<bool> {
    if !proxy::is_proxy(o) {
        return Ok(test_integrity(o, frozen));
    }
    if proxy::is_extensible(o)? {
        return Ok(false);
    }
    let keys = proxy::own_keys(o)?;
    for &k in keys.iter() {
        if let Some((_, a)) = proxy::get_own_property(o, k)? {
            if a & CONFIGURABLE != 0 || (frozen && a & ACCESSOR == 0 && a & WRITABLE != 0) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}
