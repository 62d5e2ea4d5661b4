//! `ArrayBuffer` and `SharedArrayBuffer` (ECMA-262 §25.1, §25.2): the
//! constructors, `isView`, `byteLength` and `slice`; resizable buffers
//! (ES2024: `maxByteLength`, `resizable`, `resize`) and growable
//! SharedArrayBuffers (`growable`, `grow`).

use super::{define_species, define_tag, incompatible, intrinsics, to_index};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::typed_array as ta;

/// The largest buffer kiln allocates (V8's limit on 64-bit targets is near it).
const MAX_BYTES: usize = 1 << 33;

/// AllocateArrayBuffer: a zeroed buffer of `len` bytes with prototype `proto`.
pub fn allocate(proto: Value, len: usize, shared: bool) -> JsResult<Value> {
    if len > MAX_BYTES {
        return Err(exception::throw_range_error(
            "Array buffer allocation failed",
        ));
    }
    ta::new_buffer(proto, len, shared)
        .ok_or_else(|| exception::throw_range_error("Array buffer allocation failed"))
}

/// A new `ArrayBuffer` of `len` bytes with the realm's prototype.
pub fn new_array_buffer(len: usize) -> JsResult<Value> {
    allocate(intrinsics().buffer_proto, len, false)
}

fn name(shared: bool) -> &'static str {
    if shared {
        "SharedArrayBuffer"
    } else {
        "ArrayBuffer"
    }
}

/// §25.1.4.1 ArrayBuffer ( length ) / §25.2.3.1 SharedArrayBuffer ( length )
fn construct(args: &[Value], nt: Value, shared: bool) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if nt.is_undefined() {
        return Err(exception::throw_type_error(&format!(
            "Constructor {} requires 'new'",
            name(shared)
        )));
    }
    // 2. Let byteLength be ? ToIndex(length).
    let len = to_index(arg(args, 0), |_| "Invalid array buffer length".to_owned())?;
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    let max = max_byte_length_option(arg(args, 1))?;
    let i = intrinsics();
    let fallback = if shared {
        i.shared_proto
    } else {
        i.buffer_proto
    };
    // 4. AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength):
    // the lengths are compared before the prototype is read.
    if max.is_some_and(|m| len > m) {
        return Err(exception::throw_range_error(
            "Invalid array buffer max length",
        ));
    }
    let proto = function::prototype_from(nt, fallback)?;
    let Some(max) = max else {
        return allocate(proto, len, shared);
    };
    let b = if shared {
        ta::new_growable_shared_buffer(proto, len, max)
    } else {
        ta::new_resizable_buffer(proto, len, max)
    };
    b.ok_or_else(|| exception::throw_range_error("Array buffer allocation failed"))
}

/// §25.1.3.7 GetArrayBufferMaxByteLengthOption ( options )
fn max_byte_length_option(options: Value) -> JsResult<Option<usize>> {
    // 1. If options is not an Object, return empty.
    if !options.is_object() {
        return Ok(None);
    }
    // 2. Let maxByteLength be ? Get(options, "maxByteLength").
    let m = internal_methods::get(
        options,
        crate::object::key::from_str("maxByteLength"),
        options,
    )?;
    // 3. If maxByteLength is undefined, return empty.
    if m.is_undefined() {
        return Ok(None);
    }
    // 4. Return ? ToIndex(maxByteLength) (kiln's allocation limit included).
    let max = to_index(m, |_| "Invalid array buffer max length".to_owned())?;
    if max > MAX_BYTES {
        return Err(exception::throw_range_error(
            "Invalid array buffer max length",
        ));
    }
    Ok(Some(max))
}

/// `get ArrayBuffer.prototype.maxByteLength` (§25.1.6.4)
fn max_byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let b = this_buffer(this, false, ".prototype.maxByteLength")?;
    if ta::is_detached(b) {
        return Ok(Value::number(0.0));
    }
    Ok(Value::number(ta::max_byte_length(b) as f64))
}

/// `get ArrayBuffer.prototype.resizable` (§25.1.6.5)
fn resizable(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let b = this_buffer(this, false, ".prototype.resizable")?;
    Ok(Value::bool(ta::is_resizable(b)))
}

/// §25.1.6.6 ArrayBuffer.prototype.resize ( newLength )
fn resize(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]), not shared.
    if !ta::is_buffer(this) || ta::is_shared(this) || !ta::is_resizable(this) {
        return Err(incompatible("ArrayBuffer.prototype.resize", this));
    }
    // 4. Let newByteLength be ? ToIndex(newLength).
    let invalid = |_| "ArrayBuffer.prototype.resize: Invalid length parameter".to_owned();
    let n = to_index(arg(args, 0), invalid)?;
    // 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if ta::is_detached(this) {
        return Err(super::detached("ArrayBuffer.prototype.resize"));
    }
    // 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
    if n > ta::max_byte_length(this) {
        return Err(exception::throw_range_error(&invalid(0.0)));
    }
    // 7-9. Resize in place (the bytes were allocated up front).
    ta::resize(this, n);
    Ok(Value::UNDEFINED)
}

/// `get SharedArrayBuffer.prototype.growable` (§25.2.5.5)
fn growable(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_buffer(this) || !ta::is_shared(this) {
        return Err(incompatible(
            "get SharedArrayBuffer.prototype.growable",
            this,
        ));
    }
    Ok(Value::bool(ta::is_resizable(this)))
}

/// `get SharedArrayBuffer.prototype.maxByteLength` (§25.2.5.6)
fn shared_max_byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_buffer(this) || !ta::is_shared(this) {
        return Err(incompatible(
            "get SharedArrayBuffer.prototype.maxByteLength",
            this,
        ));
    }
    Ok(Value::number(ta::max_byte_length(this) as f64))
}

/// §25.2.5.3 SharedArrayBuffer.prototype.grow ( newLength )
fn grow(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]), shared.
    if !ta::is_buffer(this) || !ta::is_shared(this) || !ta::is_resizable(this) {
        return Err(incompatible("SharedArrayBuffer.prototype.grow", this));
    }
    // 4. Let newByteLength be ? ToIndex(newLength).
    let invalid = |_| "SharedArrayBuffer.prototype.grow: Invalid length parameter".to_owned();
    let n = to_index(arg(args, 0), invalid)?;
    // 5-8. A length above the maximum or below the current one is a RangeError.
    if n > ta::max_byte_length(this) || n < ta::buffer_bytes(this).len() {
        return Err(exception::throw_range_error(&invalid(0.0)));
    }
    // 9-11. Grow in place (the bytes were allocated up front).
    ta::resize(this, n);
    Ok(Value::UNDEFINED)
}

fn array_buffer_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    construct(args, nt, false)
}

fn shared_buffer_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    construct(args, nt, true)
}

/// `this` as a buffer of the right sharedness, else V8's TypeError.
fn this_buffer(this: Value, shared: bool, method: &str) -> JsResult<Value> {
    if ta::is_buffer(this) && ta::is_shared(this) == shared {
        Ok(this)
    } else {
        Err(incompatible(&format!("{}{method}", name(shared)), this))
    }
}

fn byte_length_of(this: Value, shared: bool) -> JsResult<Value> {
    if !ta::is_buffer(this) || ta::is_shared(this) != shared {
        return Err(incompatible(
            &format!("get {}.prototype.byteLength", name(shared)),
            this,
        ));
    }
    // A detached buffer's length is 0 (its bytes are gone).
    Ok(Value::number(ta::buffer_bytes(this).len() as f64))
}

fn byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    byte_length_of(this, false)
}

fn shared_byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    byte_length_of(this, true)
}

/// A relative index argument resolved against `len` (`slice` and friends).
pub fn relative(v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = conv::to_integer_or_infinity(conv::to_number(v)?);
    let l = len as f64;
    Ok(if n < 0.0 {
        (l + n).max(0.0) as usize
    } else {
        n.min(l) as usize
    })
}

/// SpeciesConstructor(o, default) (§7.3.22).
pub fn species_constructor(o: Value, default: Value) -> JsResult<Value> {
    let c = internal_methods::get(o, Key::Named(realm::get().keys.constructor), o)?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return Err(exception::throw_type_error(
            "object.constructor is not an object",
        ));
    }
    let s = internal_methods::get(c, Key::Named(realm::well_known("species")), c)?;
    if s.is_nullish() {
        return Ok(default);
    }
    if function::is_constructor(s) {
        return Ok(s);
    }
    Err(exception::throw_type_error(
        "object.constructor[Symbol.species] is not a constructor",
    ))
}

/// §25.1.5.3 ArrayBuffer.prototype.slice ( start, end ) (and the shared one).
fn slice_impl(this: Value, args: &[Value], shared: bool) -> JsResult<Value> {
    let o = this_buffer(this, shared, ".prototype.slice")?;
    if ta::is_detached(o) {
        return Err(super::detached("ArrayBuffer.prototype.slice"));
    }
    let len = ta::buffer_bytes(o).len();
    let first = relative(arg(args, 0), len, 0)?;
    let fin = relative(arg(args, 1), len, len)?;
    let new_len = fin.saturating_sub(first);
    let i = intrinsics();
    let default = if shared { i.shared_ctor } else { i.buffer_ctor };
    let c = species_constructor(o, default)?;
    let n = if c == default {
        allocate(
            if shared {
                i.shared_proto
            } else {
                i.buffer_proto
            },
            new_len,
            shared,
        )?
    } else {
        function::construct(c, &[Value::number(new_len as f64)], c)?
    };
    if !ta::is_buffer(n) || ta::is_shared(n) != shared {
        return Err(incompatible(
            &format!("{}.prototype.slice", name(shared)),
            n,
        ));
    }
    if n == o {
        return Err(exception::throw_type_error(&format!(
            "{} subclass returned this from species constructor",
            name(shared)
        )));
    }
    if ta::is_detached(n) {
        return Err(super::detached("ArrayBuffer.prototype.slice"));
    }
    if ta::buffer_bytes(n).len() < new_len {
        return Err(exception::throw_type_error(&format!(
            "Species constructor returned a {} that is too small",
            name(shared)
        )));
    }
    if ta::is_detached(o) {
        return Err(super::detached("ArrayBuffer.prototype.slice"));
    }
    let src = ta::buffer_bytes(o);
    let end = fin.min(src.len());
    let first = first.min(end);
    ta::buffer_bytes(n)[..end - first].copy_from_slice(&src[first..end]);
    Ok(n)
}

fn slice(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    slice_impl(this, args, false)
}

fn shared_slice(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    slice_impl(this, args, true)
}

/// §25.1.5.1 ArrayBuffer.isView ( arg )
fn is_view(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(ta::is_typed_array(v) || ta::is_data_view(v)))
}

/// Installs `ArrayBuffer` (or `SharedArrayBuffer`): (prototype, constructor).
pub fn install(r: &Realm, shared: bool) -> (Value, Value) {
    let proto = realm::new_plain_object();
    let (ctor_fn, len_fn, slice_fn): (function::NativeFn, function::NativeFn, function::NativeFn) =
        if shared {
            (shared_buffer_ctor, shared_byte_length, shared_slice)
        } else {
            (array_buffer_ctor, byte_length, slice)
        };
    let c = realm::constructor(name(shared), 1, ctor_fn, proto);
    realm::define(r.global, name(shared), c, WRITABLE | CONFIGURABLE);
    if !shared {
        realm::method(c, "isView", 1, is_view);
    }
    define_species(c);
    realm::accessor(proto, "byteLength", len_fn, None);
    realm::method(proto, "slice", 2, slice_fn);
    if !shared {
        realm::accessor(proto, "maxByteLength", max_byte_length, None);
        realm::accessor(proto, "resizable", resizable, None);
        realm::method(proto, "resize", 1, resize);
    } else {
        realm::accessor(proto, "growable", growable, None);
        realm::accessor(proto, "maxByteLength", shared_max_byte_length, None);
        realm::method(proto, "grow", 1, grow);
    }
    define_tag(proto, name(shared));
    (proto, c)
}
