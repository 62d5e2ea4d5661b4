//! `%TypedArray%` and the eleven typed array constructors (ECMA-262 §23.2.1–
//! 23.2.7): construction from a length, a typed array, an iterable or
//! array-like, or a buffer with offset and length; `from`, `of`, species.

use super::buffer::{allocate, species_constructor};
use super::{define_species, intrinsics, to_index};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::typed_array::{self as ta, Elem};

/// The most elements a typed array may have (V8's limit: 2³² − 1 would not
/// fit kiln's u32 indices, so one less than that).
const MAX_LENGTH: f64 = 4294967295.0;

fn invalid_length(n: f64) -> String {
    format!(
        "Invalid typed array length: {}",
        crate::text::number_format::to_rust_string(n)
    )
}

/// AllocateTypedArray with a fresh buffer of `len` elements.
pub fn allocate_typed(proto: Value, e: Elem, len: usize) -> JsResult<Value> {
    if len as f64 > MAX_LENGTH {
        return Err(exception::throw_range_error(&invalid_length(len as f64)));
    }
    let bytes = len
        .checked_mul(e.size())
        .ok_or_else(|| exception::throw_range_error(&invalid_length(len as f64)))?;
    let buf = allocate(intrinsics().buffer_proto, bytes, false)?;
    Ok(ta::new_typed_array(proto, e, buf, 0, len))
}

/// A new typed array of `e` with the realm's prototype (TypedArrayCreateSameType).
pub fn create_same_type(e: Elem, len: usize) -> JsResult<Value> {
    allocate_typed(intrinsics().protos[e as usize], e, len)
}

/// ValidateTypedArray for `%TypedArray%.prototype.<method>`: `this` must be
/// a typed array whose buffer is not detached.
pub fn validate(this: Value, method: &str) -> JsResult<Value> {
    if !ta::is_typed_array(this) {
        return Err(exception::throw_type_error("this is not a typed array."));
    }
    if ta::view_detached(this) {
        return Err(super::detached(&format!("%TypedArray%.prototype.{method}")));
    }
    Ok(this)
}

/// TypedArrayCreateFromConstructor (§23.2.4.2): `new c(...args)`, checked.
/// `method` names the caller in V8's TypeError for a result that is no typed array.
pub fn create_from_ctor(c: Value, args: &[Value], method: &str) -> JsResult<Value> {
    let n = function::construct(c, args, c)?;
    if !ta::is_typed_array(n) {
        return Err(super::incompatible(method, n));
    }
    if ta::view_detached(n) {
        return Err(super::detached(method));
    }
    if let [len] = args {
        if len.is_number() && (ta::view_length(n) as f64) < len.as_number() {
            return Err(exception::throw_type_error(
                "Derived TypedArray constructor created an array which was too small",
            ));
        }
    }
    Ok(n)
}

/// TypedArraySpeciesCreate (§23.2.4.1).
pub fn species_create(exemplar: Value, args: &[Value], method: &str) -> JsResult<Value> {
    let e = ta::elem_of(exemplar);
    let default = intrinsics().ctors[e as usize];
    let c = species_constructor(exemplar, default)?;
    if c == default {
        if let [len] = args {
            return create_same_type(e, len.as_number() as usize);
        }
    }
    let r = create_from_ctor(c, args, method)?;
    same_content_type(e, ta::elem_of(r))?;
    Ok(r)
}

/// Copies the elements of `values` (converted with ToNumber) into `t` from 0.
fn fill_from_values(t: Value, values: &GcVec<Value>) -> JsResult<()> {
    for (k, v) in values.iter().enumerate() {
        internal_methods::set(t, Key::Index(k as u32), *v, t, true)?;
    }
    Ok(())
}

/// The values of an iterable or array-like `src` (IterableToList or the
/// array-like walk), for the constructor and `from`.
fn source_values(src: Value, using_iterator: Option<Value>) -> JsResult<GcVec<Value>> {
    let mut out = GcVec::new();
    if let Some(f) = using_iterator {
        let it = function::call(f, src, &[])?;
        if !it.is_object() {
            return Err(exception::throw_type_error(
                "Result of the Symbol.iterator method is not an object",
            ));
        }
        while let Some(x) = crate::exec::iteration::iterator_step(it)? {
            out.push(x);
        }
        return Ok(out);
    }
    let len = crate::builtins::array::length_of(src)?;
    if len as f64 > MAX_LENGTH {
        return Err(exception::throw_range_error(&invalid_length(len as f64)));
    }
    out.reserve(len as usize);
    for k in 0..len {
        out.push(internal_methods::get_value(
            src,
            crate::builtins::binary::typed_proto::index_key(k as usize),
        )?);
    }
    Ok(out)
}

/// GetMethod(v, @@iterator): the callable, None if absent, TypeError otherwise.
/// `who` names the caller in V8's TypeError for a non-callable one.
fn iterator_method(v: Value, who: &str) -> JsResult<Option<Value>> {
    let f = internal_methods::get_value(v, Key::Named(realm::well_known("iterator")))?;
    if f.is_nullish() {
        return Ok(None);
    }
    if !function::is_function(f) {
        return Err(exception::throw_type_error(&format!(
            "{who} requires that the property of the first argument, items[Symbol.iterator], when exists, be a function"
        )));
    }
    Ok(Some(f))
}

/// §23.2.5.1 TypedArray ( ...args ) for element type `e`.
fn construct(e: Elem, args: &[Value], nt: Value) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if nt.is_undefined() {
        return Err(exception::throw_type_error(&format!(
            "Constructor {} requires 'new'",
            e.name()
        )));
    }
    let first = arg(args, 0);
    let default_proto = intrinsics().protos[e as usize];
    if !first.is_object() {
        // 6. elementLength = ? ToIndex(firstArgument).
        let len = to_index(first, invalid_length)?;
        let proto = function::prototype_from(nt, default_proto)?;
        return allocate_typed(proto, e, len);
    }
    let proto = function::prototype_from(nt, default_proto)?;
    if ta::is_typed_array(first) {
        // InitializeTypedArrayFromTypedArray.
        same_content_type(e, ta::elem_of(first))?;
        if ta::view_detached(first) {
            return Err(super::detached("Construct"));
        }
        let len = ta::view_length(first);
        let t = allocate_typed(proto, e, len)?;
        copy_elements(first, 0, t, 0, len);
        return Ok(t);
    }
    if ta::is_buffer(first) {
        return from_buffer(proto, e, first, arg(args, 1), arg(args, 2));
    }
    // InitializeTypedArrayFromList / FromArrayLike.
    let using = iterator_method(first, "TypedArray's constructor")?;
    let values = source_values(first, using)?;
    let t = allocate_typed(proto, e, values.len())?;
    fill_from_values(t, &values)?;
    Ok(t)
}

/// InitializeTypedArrayFromArrayBuffer (§23.2.5.1.3).
fn from_buffer(proto: Value, e: Elem, buf: Value, off: Value, len: Value) -> JsResult<Value> {
    let size = e.size();
    let offset = to_index(off, |n| {
        format!(
            "Start offset {} is outside the bounds of the buffer",
            crate::text::number_format::to_rust_string(n)
        )
    })?;
    if !offset.is_multiple_of(size) {
        return Err(exception::throw_range_error(&format!(
            "start offset of {} should be a multiple of {size}",
            e.name()
        )));
    }
    let new_len = if len.is_undefined() {
        None
    } else {
        Some(to_index(len, invalid_length)?)
    };
    if ta::is_detached(buf) {
        return Err(super::detached("Construct"));
    }
    let buf_len = ta::buffer_bytes(buf).len();
    let tracking = new_len.is_none() && ta::is_resizable(buf);
    let byte_len = match new_len {
        // A resizable buffer and no length: a length-tracking view.
        None if tracking => {
            if offset > buf_len {
                return Err(exception::throw_range_error(&format!(
                    "Start offset {offset} is outside the bounds of the buffer"
                )));
            }
            (buf_len - offset) / size * size
        }
        None => {
            if !buf_len.is_multiple_of(size) {
                return Err(exception::throw_range_error(&format!(
                    "byte length of {} should be a multiple of {size}",
                    e.name()
                )));
            }
            if offset > buf_len {
                return Err(exception::throw_range_error(&format!(
                    "Start offset {offset} is outside the bounds of the buffer"
                )));
            }
            buf_len - offset
        }
        Some(n) => {
            let b = n.saturating_mul(size);
            if offset.saturating_add(b) > buf_len {
                return Err(exception::throw_range_error(&invalid_length(n as f64)));
            }
            b
        }
    };
    let t = ta::new_typed_array(proto, e, buf, offset, byte_len / size);
    if tracking {
        ta::set_length_tracking(t);
    }
    Ok(t)
}

/// Copies `n` elements from `src[from..]` to `dst[to..]`, converting between
/// element types of one content type (same-type copies are byte copies;
/// overlap is handled).
pub fn copy_elements(src: Value, from: usize, dst: Value, to: usize, n: usize) {
    if n == 0 {
        return;
    }
    let (se, de) = (ta::elem_of(src), ta::elem_of(dst));
    if se == de {
        let size = se.size();
        let sb = ta::buffer_bytes(ta::view_buffer(src));
        let s0 = ta::view_offset(src) + from * size;
        let src_bytes: Vec<u8> = sb[s0..s0 + n * size].to_vec();
        let db = ta::buffer_bytes(ta::view_buffer(dst));
        let d0 = ta::view_offset(dst) + to * size;
        db[d0..d0 + n * size].copy_from_slice(&src_bytes);
        return;
    }
    // Read all first (the views may share a buffer); the values are rooted.
    let mut vals = GcVec::new();
    for k in 0..n {
        vals.push(ta::get_index(src, from + k));
    }
    for (k, x) in vals.iter().enumerate() {
        ta::set_index(dst, to + k, *x);
    }
}

/// The content-type check of `set` and the constructor: a BigInt array
/// and a Number array never copy into each other (V8's TypeError).
pub fn same_content_type(a: Elem, b: Elem) -> JsResult<()> {
    if a.is_bigint() == b.is_bigint() {
        Ok(())
    } else {
        Err(exception::throw_type_error(
            "Cannot mix BigInt and other types, use explicit conversions",
        ))
    }
}

fn abstract_ctor(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_type_error(
        "Abstract class TypedArray not directly constructable",
    ))
}

/// §23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] )
fn from(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let (src, map_fn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !function::is_constructor(this) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a constructor",
            conv::display_string_short(this)
        )));
    }
    if !map_fn.is_undefined() && !function::is_function(map_fn) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a function",
            conv::display_string_short(map_fn)
        )));
    }
    if src.is_nullish() {
        let what = if src.is_null() {
            "object null"
        } else {
            "undefined"
        };
        return Err(exception::throw_type_error(&format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        )));
    }
    let using = iterator_method(src, "%TypedArray%.from")?;
    let obj = if using.is_some() {
        src
    } else {
        crate::builtins::object::to_object(src)?
    };
    let values = source_values(obj, using)?;
    let len = values.len();
    let t = create_from_ctor(this, &[Value::number(len as f64)], "%TypedArray%.from")?;
    for (k, v) in values.iter().enumerate() {
        let kv = Value::number(k as f64);
        let v = if map_fn.is_undefined() {
            *v
        } else {
            function::call(map_fn, this_arg, &[*v, kv])?
        };
        internal_methods::set(t, Key::Index(k as u32), v, t, true)?;
    }
    Ok(t)
}

/// §23.2.2.2 %TypedArray%.of ( ...items )
fn of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !function::is_constructor(this) {
        return Err(super::incompatible("%TypedArray%.of", this));
    }
    let t = create_from_ctor(this, &[Value::number(args.len() as f64)], "%TypedArray%.of")?;
    for (k, v) in args.iter().enumerate() {
        internal_methods::set(t, Key::Index(k as u32), *v, t, true)?;
    }
    Ok(t)
}

/// Installs `%TypedArray%` (not a global): (constructor, prototype).
pub fn install_abstract(r: &Realm) -> (Value, Value) {
    let proto = realm::new_plain_object();
    let c = realm::constructor("TypedArray", 0, abstract_ctor, proto);
    realm::method(c, "from", 1, from);
    realm::method(c, "of", 0, of);
    define_species(c);
    super::typed_proto::install(r, proto);
    (c, proto)
}

macro_rules! ctors {
    ($($f:ident $e:ident;)*) => {
        $(
            fn $f(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
                construct(Elem::$e, args, nt)
            }
        )*
        fn ctor_fn(e: Elem) -> function::NativeFn {
            match e {
                $(Elem::$e => $f,)*
            }
        }
    };
}

ctors! {
    int8_ctor Int8;
    uint8_ctor Uint8;
    uint8_clamped_ctor Uint8Clamped;
    int16_ctor Int16;
    uint16_ctor Uint16;
    int32_ctor Int32;
    uint32_ctor Uint32;
    float32_ctor Float32;
    float64_ctor Float64;
    bigint64_ctor BigInt64;
    biguint64_ctor BigUint64;
}

/// Installs one typed array constructor: (prototype, constructor).
pub fn install_concrete(r: &Realm, e: Elem, ta_ctor: Value, ta_proto: Value) -> (Value, Value) {
    let proto = realm::new_object(ta_proto);
    let c = realm::constructor(e.name(), 3, ctor_fn(e), proto);
    internal_methods::set_proto(c, ta_ctor);
    let bpe = Value::number(e.size() as f64);
    realm::define(c, "BYTES_PER_ELEMENT", bpe, 0);
    realm::define(proto, "BYTES_PER_ELEMENT", bpe, 0);
    realm::define(r.global, e.name(), c, WRITABLE | CONFIGURABLE);
    (proto, c)
}
