//! Binary data (ECMA-262 §25.1–25.3, §23.2): `ArrayBuffer`,
//! `SharedArrayBuffer`, `DataView`, `%TypedArray%`, the eleven typed array
//! constructors and `Atomics`, over the objects of `object::typed_array`.
//!
//! `buffer.rs` holds the two buffer constructors, `data_view.rs` DataView,
//! `typed_array.rs` the constructors and statics, `typed_proto.rs`
//! `%TypedArray%.prototype`, `atomics.rs` `Atomics`. This file keeps the intrinsics they share.

pub mod atomics;
pub mod buffer;
pub mod data_view;
pub mod typed_array;
pub mod typed_proto;

use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::Realm;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::typed_array::{Elem, ELEMS, NELEMS};
use std::cell::RefCell;

/// The binary-data intrinsics of the realm.
#[derive(Clone, Copy)]
pub struct Intrinsics {
    pub buffer_proto: Value,
    pub buffer_ctor: Value,
    pub shared_proto: Value,
    pub shared_ctor: Value,
    pub view_proto: Value,
    /// `%TypedArray%` and `%TypedArray%.prototype`.
    pub ta_ctor: Value,
    pub ta_proto: Value,
    /// Indexed by `Elem as usize`.
    pub protos: [Value; NELEMS],
    pub ctors: [Value; NELEMS],
}

thread_local! {
    static INTRINSICS: RefCell<Option<Intrinsics>> = const { RefCell::new(None) };
}

/// The binary-data intrinsics (installed with the realm).
pub fn intrinsics() -> Intrinsics {
    crate::exec::realm::get();
    INTRINSICS.with(|i| i.borrow().expect("binary intrinsics installed"))
}

/// Collector: the intrinsics are roots.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    INTRINSICS.with(|i| {
        if let Some(i) = *i.borrow() {
            for v in [
                i.buffer_proto,
                i.buffer_ctor,
                i.shared_proto,
                i.shared_ctor,
                i.view_proto,
                i.ta_ctor,
                i.ta_proto,
            ]
            .iter()
            .chain(&i.protos)
            .chain(&i.ctors)
            {
                m.value(*v);
            }
        }
    });
}

/// ToIndex (§7.1.22): a non-negative integer below 2⁵³, or `msg` as a RangeError.
pub fn to_index(v: Value, msg: impl FnOnce(f64) -> String) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(0);
    }
    let n = conv::to_integer_or_infinity(conv::to_number(v)?);
    if !(0.0..=9007199254740991.0).contains(&n) {
        return Err(exception::throw_range_error(&msg(n)));
    }
    Ok(n as usize)
}

/// V8's `Method <name> called on incompatible receiver <x>`.
/// `$262.detachArrayBuffer(buffer)`: test262's host hook (INTERPRETING.md),
/// DetachArrayBuffer with key undefined.
pub(crate) fn detach_array_buffer(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let b = crate::builtins::string_methods::arg(args, 0);
    if !crate::object::typed_array::is_buffer(b) {
        return Err(exception::throw_type_error(
            "detachArrayBuffer: not an ArrayBuffer",
        ));
    }
    crate::object::typed_array::detach(b).map_err(exception::throw_type_error)?;
    Ok(Value::NULL)
}

/// `isDetachedBuffer(b)` (`process.binding('kiln')`, for `structuredClone`):
/// whether `b` is a detached ArrayBuffer (Node 20 has no `detached` getter).
pub(crate) fn is_detached_buffer(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let b = crate::builtins::string_methods::arg(args, 0);
    let detached =
        crate::object::typed_array::is_buffer(b) && crate::object::typed_array::is_detached(b);
    Ok(Value::bool(detached))
}

/// Installs the global `$262` with `detachArrayBuffer` and `global` when the
/// environment variable `KILN_TEST262_HOST` is set at startup (the test262
/// runner in `conformance/` sets it). Ordinary programs never see `$262`.
pub fn install_test262_host(r: &Realm) {
    if std::env::var_os("KILN_TEST262_HOST").is_none() {
        return;
    }
    let o = crate::exec::realm::new_plain_object();
    crate::exec::realm::method(o, "detachArrayBuffer", 1, detach_array_buffer);
    crate::exec::realm::define(
        o,
        "global",
        r.global,
        crate::object::ordinary::WRITABLE | crate::object::ordinary::CONFIGURABLE,
    );
    crate::exec::realm::define(
        r.global,
        "$262",
        o,
        crate::object::ordinary::WRITABLE | crate::object::ordinary::CONFIGURABLE,
    );
}

/// V8's TypeError for an operation on a detached buffer (`what` names it:
/// `%TypedArray%.prototype.fill`, `Construct`, `DataView.prototype.getInt8`).
pub fn detached(what: &str) -> exception::Exc {
    exception::throw_type_error(&format!("Cannot perform {what} on a detached ArrayBuffer"))
}

pub fn incompatible(name: &str, this: Value) -> exception::Exc {
    let what = if this.is_object() {
        internal_methods::describe(this)
    } else {
        conv::display_string(this)
    };
    exception::throw_type_error(&format!(
        "Method {name} called on incompatible receiver {what}"
    ))
}

/// Defines the `Symbol.toStringTag` data property of a prototype.
fn define_tag(o: Value, tag: &str) {
    let k = Key::Named(crate::exec::realm::well_known("toStringTag"));
    let _ = internal_methods::define_own(
        o,
        k,
        Desc::data(
            crate::text::string::from_str(tag),
            crate::object::ordinary::CONFIGURABLE,
        ),
        false,
    );
}

/// `get [Symbol.species]() { return this; }`.
fn species_getter(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this)
}

/// Defines `get [Symbol.species]` on constructor `c`.
fn define_species(c: Value) {
    let g = crate::object::function::new_native("get [Symbol.species]", 0, species_getter, 0);
    let d = Desc {
        get: Some(g),
        set: Some(Value::UNDEFINED),
        enumerable: Some(false),
        configurable: Some(true),
        ..Desc::default()
    };
    let _ = internal_methods::define_own(
        c,
        Key::Named(crate::exec::realm::well_known("species")),
        d,
        false,
    );
}

/// Installs every binary-data global.
pub fn install(r: &Realm) {
    let (buffer_proto, buffer_ctor) = buffer::install(r, false);
    let (shared_proto, shared_ctor) = buffer::install(r, true);
    let (ta_ctor, ta_proto) = typed_array::install_abstract(r);
    let mut protos = [Value::UNDEFINED; NELEMS];
    let mut ctors = [Value::UNDEFINED; NELEMS];
    for e in ELEMS {
        let (p, c) = typed_array::install_concrete(r, e, ta_ctor, ta_proto);
        protos[e as usize] = p;
        ctors[e as usize] = c;
    }
    crate::object::typed_array::arm_length_guard(&protos, ta_proto);
    let view_proto = data_view::install(r);
    atomics::install(r);
    install_test262_host(r);
    INTRINSICS.with(|i| {
        *i.borrow_mut() = Some(Intrinsics {
            buffer_proto,
            buffer_ctor,
            shared_proto,
            shared_ctor,
            view_proto,
            ta_ctor,
            ta_proto,
            protos,
            ctors,
        })
    });
}

/// The element type whose constructor is `c`, if it is one of the eleven.
pub fn elem_of_ctor(c: Value) -> Option<Elem> {
    let i = intrinsics();
    ELEMS.into_iter().find(|e| i.ctors[*e as usize] == c)
}
