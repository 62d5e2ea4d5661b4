//! Binary data objects: ArrayBuffer (and SharedArrayBuffer) storage, typed
//! arrays as integer-indexed exotic objects (ECMA-262 §10.4.5) and DataView
//! fields, with the element conversions (§25.1.3.17 NumericToRawBytes).
//!
//! Layouts after the object part (the collector scans these words
//! conservatively; the byte storage lives on the Rust heap, outside the
//! collected space, and is freed by the buffer's finalizer):
//!
//! ```text
//! ArrayBuffer  +32 data *mut u8   +40 len usize   +48 flags usize (bit 0: shared, bit 1: detached,
//!              bit 2: resizable)   +56 cap usize (bytes allocated: maxByteLength if resizable)
//! TypedArray   +32 buffer Value   +40 offset usize +48 length usize (elements) +56 elem usize
//!              +64 data *mut u8 (element 0: compiled code loads and stores through it)
//!              +72 fixed usize (the nominal length, or TRACKING) +80 oob usize (out of bounds)
//! DataView     the same fields, lengths in bytes
//! ```
//!
//! Buffers never move: a resizable one (ES2024, in Node 20) allocates its
//! `maxByteLength` up front and [`resize`] only changes `len`, so a view's
//! `data` pointer stays valid for its life (the view keeps its buffer
//! alive) — except that [`detach`] frees the bytes and empties every view of
//! the buffer (length 0, dangling `data`) at once. [`resize`] likewise walks
//! the heap for the buffer's views and recomputes each one's `length`: a
//! length-tracking view (created without a length over a resizable buffer)
//! covers what is left from its offset; a fixed-length view that no longer
//! fits is *out of bounds* (length 0, and the methods throw as for a
//! detached buffer, V8's messages included) until the buffer grows back.
//!
//! `builtins::binary` builds the constructors and prototypes on top.

use crate::abi::heap::{KIND_ARRAY_BUFFER, KIND_DATA_VIEW, KIND_TYPED_ARRAY};
use crate::abi::layout;
use crate::abi::value::Value;
use crate::exec::bigint;
use crate::exec::conv;
use crate::exec::exception::JsResult;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, OBJECT_SIZE};
use crate::object::shape::Shape;
use crate::text::string;
use std::sync::atomic::{AtomicU64, Ordering};

/// The element types of the eleven typed arrays (Table 71 order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Elem {
    Int8 = layout::TA_INT8,
    Uint8 = layout::TA_UINT8,
    Uint8Clamped = layout::TA_UINT8_CLAMPED,
    Int16 = layout::TA_INT16,
    Uint16 = layout::TA_UINT16,
    Int32 = layout::TA_INT32,
    Uint32 = layout::TA_UINT32,
    Float32 = layout::TA_FLOAT32,
    Float64 = layout::TA_FLOAT64,
    BigInt64 = layout::TA_BIGINT64,
    BigUint64 = layout::TA_BIGUINT64,
}

/// Every element type, in the order the constructors are installed.
pub const ELEMS: [Elem; NELEMS] = [
    Elem::Int8,
    Elem::Uint8,
    Elem::Uint8Clamped,
    Elem::Int16,
    Elem::Uint16,
    Elem::Int32,
    Elem::Uint32,
    Elem::Float32,
    Elem::Float64,
    Elem::BigInt64,
    Elem::BigUint64,
];

/// The number of element types.
pub const NELEMS: usize = 11;

impl Elem {
    /// The element size in bytes.
    pub fn size(self) -> usize {
        match self {
            Elem::Int8 | Elem::Uint8 | Elem::Uint8Clamped => 1,
            Elem::Int16 | Elem::Uint16 => 2,
            Elem::Int32 | Elem::Uint32 | Elem::Float32 => 4,
            Elem::Float64 | Elem::BigInt64 | Elem::BigUint64 => 8,
        }
    }

    /// The constructor's name (`Uint8Array`).
    pub fn name(self) -> &'static str {
        match self {
            Elem::Int8 => "Int8Array",
            Elem::Uint8 => "Uint8Array",
            Elem::Uint8Clamped => "Uint8ClampedArray",
            Elem::Int16 => "Int16Array",
            Elem::Uint16 => "Uint16Array",
            Elem::Int32 => "Int32Array",
            Elem::Uint32 => "Uint32Array",
            Elem::Float32 => "Float32Array",
            Elem::Float64 => "Float64Array",
            Elem::BigInt64 => "BigInt64Array",
            Elem::BigUint64 => "BigUint64Array",
        }
    }

    /// Whether the content type is BigInt (BigInt64, BigUint64).
    pub fn is_bigint(self) -> bool {
        matches!(self, Elem::BigInt64 | Elem::BigUint64)
    }

    /// The value an element write of `v` stores: ToBigInt for the BigInt
    /// types, ToNumber for the others (observable, so done before any check).
    pub fn convert(self, v: Value) -> JsResult<Value> {
        if self.is_bigint() {
            bigint::to_bigint(v)
        } else if v.is_number() {
            Ok(v)
        } else {
            Ok(Value::number(conv::to_number(v)?))
        }
    }

    /// Writes `v` (a result of [`Elem::convert`] for this type) at `p`.
    ///
    /// # Safety
    /// `p` must be valid for `self.size()` bytes.
    pub unsafe fn store_value(self, p: *mut u8, v: Value, big: bool) {
        if self.is_bigint() {
            let mut b = bigint::low_u64(v).to_le_bytes();
            if big {
                b.reverse();
            }
            // SAFETY: guaranteed by the caller.
            unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, 8) };
        } else {
            // SAFETY: guaranteed by the caller.
            unsafe { self.store(p, v.as_number(), big) }
        }
    }

    /// Reads this element type at `p` as a value (a BigInt for the BigInt types).
    ///
    /// # Safety
    /// `p` must be valid for `self.size()` bytes.
    pub unsafe fn load_value(self, p: *const u8, big: bool) -> Value {
        if !self.is_bigint() {
            // SAFETY: guaranteed by the caller.
            return Value::number(unsafe { self.load(p, big) });
        }
        let mut b = [0u8; 8];
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr(), 8) };
        if big {
            b.reverse();
        }
        let bits = u64::from_le_bytes(b);
        bigint::from_i128(if self == Elem::BigInt64 {
            bits as i64 as i128
        } else {
            bits as i128
        })
    }

    /// `v` (converted) stored as this type and read back.
    pub fn coerce_value(self, v: Value) -> Value {
        let mut b = [0u8; 8];
        // SAFETY: `b` holds 8 bytes, the largest element.
        unsafe {
            self.store_value(b.as_mut_ptr(), v, false);
            self.load_value(b.as_ptr(), false)
        }
    }

    fn from_u8(b: u8) -> Elem {
        ELEMS[b as usize]
    }

    /// Writes number `x` as this (Number) element type at `p` (little-endian
    /// unless `big`): the spec's wrapping, clamping and rounding.
    ///
    /// # Safety
    /// `p` must be valid for `self.size()` bytes.
    pub unsafe fn store(self, p: *mut u8, x: f64, big: bool) {
        let n = self.size();
        let mut buf = [0u8; 8];
        match self {
            Elem::Int8 | Elem::Uint8 => buf[0] = conv::to_int32(x) as u8,
            Elem::Uint8Clamped => buf[0] = clamp_u8(x),
            Elem::Int16 | Elem::Uint16 => {
                buf[..2].copy_from_slice(&(conv::to_int32(x) as u16).to_le_bytes())
            }
            Elem::Int32 | Elem::Uint32 => {
                buf[..4].copy_from_slice(&(conv::to_int32(x) as u32).to_le_bytes())
            }
            Elem::Float32 => buf[..4].copy_from_slice(&(x as f32).to_le_bytes()),
            Elem::Float64 => buf.copy_from_slice(&x.to_le_bytes()),
            Elem::BigInt64 | Elem::BigUint64 => unreachable!("BigInt elements store values"),
        }
        if big {
            buf[..n].reverse();
        }
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), p, n) };
    }

    /// Reads this element type at `p` as a number (little-endian unless `big`).
    ///
    /// # Safety
    /// `p` must be valid for `self.size()` bytes.
    pub unsafe fn load(self, p: *const u8, big: bool) -> f64 {
        let n = self.size();
        let mut b = [0u8; 8];
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr(), n) };
        if big {
            b[..n].reverse();
        }
        match self {
            Elem::Int8 => b[0] as i8 as f64,
            Elem::Uint8 | Elem::Uint8Clamped => b[0] as f64,
            Elem::Int16 => i16::from_le_bytes([b[0], b[1]]) as f64,
            Elem::Uint16 => u16::from_le_bytes([b[0], b[1]]) as f64,
            Elem::Int32 => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            Elem::Uint32 => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            Elem::Float32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            Elem::Float64 => f64::from_le_bytes(b),
            Elem::BigInt64 => i64::from_le_bytes(b) as f64,
            Elem::BigUint64 => u64::from_le_bytes(b) as f64,
        }
    }
}

/// ToUint8Clamp: NaN → 0, clamped to [0, 255], ties to even.
pub fn clamp_u8(x: f64) -> u8 {
    if x.is_nan() || x <= 0.0 {
        return 0;
    }
    if x >= 255.0 {
        return 255;
    }
    let f = x.floor();
    let d = x - f;
    let r = if d > 0.5 || (d == 0.5 && f % 2.0 != 0.0) {
        f + 1.0
    } else {
        f
    };
    r as u8
}

// ---- the `length` guard of compiled code ----

/// Compiled `ta.length` reads the length inline when the object's shape is
/// word `elem` here (the root shape of its intrinsic prototype: no own
/// properties, the realm's prototype) and word `NELEMS` is nonzero: nothing has
/// defined, deleted or re-parented `length` on the prototypes it inherits
/// from (the protector; [`note_change`] clears it for good).
#[no_mangle]
pub static kiln_ta_length_guard: [AtomicU64; NELEMS + 1] =
    [const { AtomicU64::new(0) }; NELEMS + 1];

/// The prototypes the guard protects (the eleven and `%TypedArray%.prototype`).
static GUARDED_PROTOS: [AtomicU64; NELEMS + 1] = [const { AtomicU64::new(0) }; NELEMS + 1];

/// Arms the guard for the realm's prototypes: `protos[e]` of each element
/// type and `%TypedArray%.prototype`.
pub fn arm_length_guard(protos: &[Value; NELEMS], abstract_proto: Value) {
    for (i, p) in protos.iter().enumerate() {
        let root = Shape::root(*p) as *const Shape as u64;
        kiln_ta_length_guard[i].store(root, Ordering::Relaxed);
        GUARDED_PROTOS[i].store(p.payload(), Ordering::Relaxed);
    }
    GUARDED_PROTOS[NELEMS].store(abstract_proto.payload(), Ordering::Relaxed);
    kiln_ta_length_guard[NELEMS].store(1, Ordering::Relaxed);
}

/// Called before `o`'s property `key` is added, redefined or deleted
/// (`None`: its prototype changes): a change to `length` on a guarded
/// prototype (or any re-parenting of one) disarms the guard.
#[inline]
pub fn note_change(o: &crate::object::ordinary::Object, key: Option<Key>) {
    if !o.has_flag(crate::object::ordinary::FLAG_IS_PROTO)
        || kiln_ta_length_guard[NELEMS].load(Ordering::Relaxed) == 0
    {
        return;
    }
    if let Some(k) = key {
        if k != Key::Named(crate::exec::realm::get().keys.length) {
            return;
        }
    }
    let bits = o as *const _ as u64;
    if GUARDED_PROTOS
        .iter()
        .any(|p| p.load(Ordering::Relaxed) == bits)
    {
        kiln_ta_length_guard[NELEMS].store(0, Ordering::Relaxed);
    }
}

// ---- ArrayBuffer ----

#[repr(C)]
struct BufferFields {
    data: *mut u8,
    len: usize,
    flags: usize,
    cap: usize,
}

const SHARED: usize = 1;
const DETACHED: usize = 2;
const RESIZABLE: usize = 4;

fn buffer_fields(b: Value) -> &'static mut BufferFields {
    // SAFETY: buffer objects have `BufferFields` right after the object part.
    unsafe { &mut *((b.payload() as *mut u8).add(OBJECT_SIZE) as *mut BufferFields) }
}

/// Whether `v` is an ArrayBuffer or SharedArrayBuffer.
pub fn is_buffer(v: Value) -> bool {
    object::is_kind(v, KIND_ARRAY_BUFFER)
}

/// Whether buffer `b` is a SharedArrayBuffer.
pub fn is_shared(b: Value) -> bool {
    buffer_fields(b).flags & SHARED != 0
}

/// Whether buffer `b` is detached (IsDetachedBuffer).
#[inline]
pub fn is_detached(b: Value) -> bool {
    buffer_fields(b).flags & DETACHED != 0
}

/// Whether buffer `b` is resizable (`new ArrayBuffer(n, { maxByteLength })`).
pub fn is_resizable(b: Value) -> bool {
    buffer_fields(b).flags & RESIZABLE != 0
}

/// The most bytes buffer `b` may hold (its length if not resizable).
pub fn max_byte_length(b: Value) -> usize {
    let f = buffer_fields(b);
    if f.flags & RESIZABLE != 0 {
        f.cap
    } else {
        f.len
    }
}

/// Whether view `v` (a typed array or DataView) cannot be used: its buffer
/// is detached, or it is out of bounds of its shrunk resizable buffer
/// (IsTypedArrayOutOfBounds / IsViewOutOfBounds; V8 reports both alike).
#[inline]
pub fn view_detached(v: Value) -> bool {
    is_detached(view_fields(v).buffer) || view_fields(v).oob != 0
}

/// Makes view `v` of a resizable buffer length-tracking: its length
/// follows the buffer's (set by the constructors when no length is given).
pub fn set_length_tracking(v: Value) {
    view_fields(v).fixed = TRACKING;
}

/// Whether view `v` tracks its buffer's length.
pub fn is_length_tracking(v: Value) -> bool {
    view_fields(v).fixed == TRACKING
}

/// `ViewFields::fixed` of a length-tracking view.
const TRACKING: usize = usize::MAX;

/// ArrayBuffer.prototype.resize's effect (§25.1.6.6 steps 7-8, the caller
/// checked the bounds): sets `b`'s length to `new_len` (bytes past it are
/// zeroed, so growing back shows zeros) and recomputes every view of `b`.
pub fn resize(b: Value, new_len: usize) {
    let f = buffer_fields(b);
    if new_len < f.len {
        // SAFETY: `data` holds `cap` >= `len` bytes.
        unsafe { std::ptr::write_bytes(f.data.add(new_len), 0, f.len - new_len) };
    }
    f.len = new_len;
    crate::gc::for_each_cell(|h| {
        // SAFETY: a heap cell's header.
        let kind = unsafe { (*h).kind };
        if kind != KIND_TYPED_ARRAY && kind != KIND_DATA_VIEW {
            return;
        }
        let v = Value::from_tagged_ptr(crate::abi::value::TAG_OBJECT, h);
        let vf = view_fields(v);
        if vf.buffer != b {
            return;
        }
        let size = if kind == KIND_TYPED_ARRAY {
            Elem::from_u8(vf.elem as u8).size()
        } else {
            1
        };
        let fits = if vf.fixed == TRACKING {
            vf.offset <= new_len
        } else {
            vf.offset + vf.fixed * size <= new_len
        };
        vf.oob = usize::from(!fits);
        vf.length = match (fits, vf.fixed == TRACKING) {
            (false, _) => 0,
            (true, true) => (new_len - vf.offset) / size,
            (true, false) => vf.fixed,
        };
    });
}

/// DetachArrayBuffer (§25.1.3.5): frees `b`'s bytes and makes every view
/// of it empty. `Err` for a SharedArrayBuffer (which cannot be detached).
///
/// Views are found by walking the heap (detaching is rare: test262's
/// `$262.detachArrayBuffer`), and each gets length 0 and a dangling `data`,
/// so compiled code's inline bounds check fails for them and their element
/// reads are `undefined` without touching the freed bytes.
pub fn detach(b: Value) -> Result<(), &'static str> {
    if is_shared(b) {
        return Err("Cannot detach a SharedArrayBuffer");
    }
    if is_detached(b) {
        return Ok(());
    }
    finalize_buffer(b);
    let f = buffer_fields(b);
    f.data = std::ptr::NonNull::<u8>::dangling().as_ptr();
    f.flags |= DETACHED;
    crate::gc::for_each_cell(|h| {
        // SAFETY: a heap cell's header.
        let kind = unsafe { (*h).kind };
        if kind != KIND_TYPED_ARRAY && kind != KIND_DATA_VIEW {
            return;
        }
        let v = Value::from_tagged_ptr(crate::abi::value::TAG_OBJECT, h);
        let vf = view_fields(v);
        if vf.buffer == b {
            vf.length = 0;
            vf.data = std::ptr::NonNull::<u8>::dangling().as_ptr();
        }
    });
    Ok(())
}

/// Allocates a zero-filled buffer of `len` bytes with prototype `proto`;
/// `None` when the memory cannot be had (RangeError for the caller).
pub fn new_buffer(proto: Value, len: usize, shared: bool) -> Option<Value> {
    new_buffer_with(proto, len, len, if shared { SHARED } else { 0 })
}

/// A resizable buffer of `len` bytes that may grow to `max` (all allocated now).
pub fn new_resizable_buffer(proto: Value, len: usize, max: usize) -> Option<Value> {
    new_buffer_with(proto, len, max, RESIZABLE)
}

/// A growable SharedArrayBuffer of `len` bytes that may grow to `max` (all
/// allocated now; `grow` is [`resize`] to a larger length).
pub fn new_growable_shared_buffer(proto: Value, len: usize, max: usize) -> Option<Value> {
    new_buffer_with(proto, len, max, RESIZABLE | SHARED)
}

fn new_buffer_with(proto: Value, len: usize, cap: usize, flags: usize) -> Option<Value> {
    let data = if cap == 0 {
        std::ptr::NonNull::<u8>::dangling().as_ptr()
    } else {
        let layout = std::alloc::Layout::from_size_align(cap, 8).ok()?;
        // SAFETY: a non-zero size.
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        if p.is_null() {
            return None;
        }
        p
    };
    crate::object::internal_methods::mark_proto(proto);
    let b = object::alloc(
        KIND_ARRAY_BUFFER,
        Shape::root(proto),
        std::mem::size_of::<BufferFields>(),
        0,
    );
    *buffer_fields(b) = BufferFields {
        data,
        len,
        flags,
        cap,
    };
    crate::gc::register_finalizable(&mut object::obj(b).header);
    Some(b)
}

/// The bytes of buffer `b`.
pub fn buffer_bytes(b: Value) -> &'static mut [u8] {
    let f = buffer_fields(b);
    // SAFETY: `data` holds `len` bytes for as long as the buffer lives.
    unsafe { std::slice::from_raw_parts_mut(f.data, f.len) }
}

/// Collector: frees a dead buffer's bytes.
pub fn finalize_buffer(b: Value) {
    let f = buffer_fields(b);
    if f.cap != 0 && !f.data.is_null() {
        let layout = std::alloc::Layout::from_size_align(f.cap, 8).expect("valid at allocation");
        // SAFETY: allocated in `new_buffer_with` with this layout, freed once.
        unsafe { std::alloc::dealloc(f.data, layout) };
    }
    f.data = std::ptr::null_mut();
    f.len = 0;
    f.cap = 0;
}

// ---- typed arrays and data views ----

#[repr(C)]
struct ViewFields {
    buffer: Value,
    offset: usize,
    length: usize,
    elem: usize,
    data: *mut u8,
    fixed: usize,
    oob: usize,
}

const _: () = {
    use crate::abi::layout::{TA_DATA_OFFSET, TA_ELEM_OFFSET, TA_LENGTH_OFFSET};
    assert!(OBJECT_SIZE + std::mem::offset_of!(ViewFields, length) == TA_LENGTH_OFFSET as usize);
    assert!(OBJECT_SIZE + std::mem::offset_of!(ViewFields, elem) == TA_ELEM_OFFSET as usize);
    assert!(OBJECT_SIZE + std::mem::offset_of!(ViewFields, data) == TA_DATA_OFFSET as usize);
};

fn view_fields(v: Value) -> &'static mut ViewFields {
    // SAFETY: typed arrays and data views have `ViewFields` after the object part.
    unsafe { &mut *((v.payload() as *mut u8).add(OBJECT_SIZE) as *mut ViewFields) }
}

/// Whether `v` is a typed array.
#[inline]
pub fn is_typed_array(v: Value) -> bool {
    object::is_kind(v, KIND_TYPED_ARRAY)
}

/// Whether `v` is a DataView.
pub fn is_data_view(v: Value) -> bool {
    object::is_kind(v, KIND_DATA_VIEW)
}

/// A typed array of `length` elements of `elem` over `buffer` from byte
/// `offset` (the caller checked the bounds), with prototype `proto`.
pub fn new_typed_array(
    proto: Value,
    elem: Elem,
    buffer: Value,
    offset: usize,
    length: usize,
) -> Value {
    crate::object::internal_methods::mark_proto(proto);
    let t = object::alloc(
        KIND_TYPED_ARRAY,
        Shape::root(proto),
        std::mem::size_of::<ViewFields>(),
        0,
    );
    *view_fields(t) = ViewFields {
        buffer,
        offset,
        length,
        elem: elem as usize,
        // SAFETY: the caller checked that the view lies inside the buffer.
        data: unsafe { buffer_fields(buffer).data.add(offset) },
        fixed: length,
        oob: 0,
    };
    t
}

/// A DataView over `length` bytes of `buffer` from `offset`.
pub fn new_data_view(proto: Value, buffer: Value, offset: usize, length: usize) -> Value {
    crate::object::internal_methods::mark_proto(proto);
    let t = object::alloc(
        KIND_DATA_VIEW,
        Shape::root(proto),
        std::mem::size_of::<ViewFields>(),
        0,
    );
    *view_fields(t) = ViewFields {
        buffer,
        offset,
        length,
        elem: 0,
        // SAFETY: the caller checked that the view lies inside the buffer.
        data: unsafe { buffer_fields(buffer).data.add(offset) },
        fixed: length,
        oob: 0,
    };
    t
}

/// The buffer of a typed array or DataView.
pub fn view_buffer(v: Value) -> Value {
    view_fields(v).buffer
}

/// The byte offset of a typed array or DataView.
pub fn view_offset(v: Value) -> usize {
    view_fields(v).offset
}

/// The length of a typed array (elements) or DataView (bytes).
#[inline]
pub fn view_length(v: Value) -> usize {
    view_fields(v).length
}

/// The element type of typed array `t`.
pub fn elem_of(t: Value) -> Elem {
    Elem::from_u8(view_fields(t).elem as u8)
}

/// The address of element `i` of typed array `t` (in bounds).
fn elem_ptr(t: Value, i: usize) -> *mut u8 {
    let f = view_fields(t);
    // SAFETY: the view lies inside its buffer and `i < length`.
    unsafe { f.data.add(i * Elem::from_u8(f.elem as u8).size()) }
}

/// Element `i` of typed array `t` (the caller checks `i < length`).
#[inline]
pub fn get_index(t: Value, i: usize) -> Value {
    debug_assert!(i < view_length(t));
    // SAFETY: in bounds.
    unsafe { elem_of(t).load_value(elem_ptr(t, i), false) }
}

/// Stores `x` (converted for `t`'s type by [`Elem::convert`]) as element `i`
/// of `t` (the caller checks `i < length`).
#[inline]
pub fn set_index(t: Value, i: usize, x: Value) {
    debug_assert!(i < view_length(t));
    // SAFETY: in bounds.
    unsafe { elem_of(t).store_value(elem_ptr(t, i), x, false) }
}

/// CanonicalNumericIndexString of a property key: the number a key denotes
/// when it is the canonical text of one (`"1"`, `"-0"`, `"1.5"`, `"NaN"`).
pub fn canonical_numeric(k: Key) -> Option<f64> {
    match k {
        Key::Index(i) => Some(i as f64),
        Key::Named(s) => {
            if !s.is_string() || key::is_symbol(s) {
                return None;
            }
            let units = string::units(s);
            if units == [b'-' as u16, b'0' as u16] {
                return Some(-0.0);
            }
            let n = crate::text::number_parse::string_to_number(units);
            let back = crate::text::number_format::to_rust_string(n);
            (back.encode_utf16().eq(units.iter().copied())).then_some(n)
        }
    }
}

/// IsValidIntegerIndex: the element index `n` denotes, if any.
#[inline]
pub fn valid_index(t: Value, n: f64) -> Option<usize> {
    if n.fract() != 0.0 || (n == 0.0 && n.is_sign_negative()) || n < 0.0 {
        return None;
    }
    (n < view_length(t) as f64).then_some(n as usize)
}

/// TypedArraySetElement: converts `v` (observably, even for a bad index)
/// and stores it when `n` is a valid index.
pub fn set_element(t: Value, n: f64, v: Value) -> JsResult<()> {
    let x = elem_of(t).convert(v)?;
    if let Some(i) = valid_index(t, n) {
        set_index(t, i, x);
    }
    Ok(())
}
