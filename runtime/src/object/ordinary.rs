//! Ordinary objects: the layout compiled code reads, allocation, kinds and flags.
//!
//! Every JavaScript object (plain objects, arrays, functions, errors,
//! `arguments`) starts with the same 32-byte [`Object`] part:
//!
//! ```text
//! +0  Header  kind:u8 gc:u8 flags:u16 aux:u32   aux = slot capacity
//! +8  shape     *const Shape     hidden class: prototype + named-property layout
//! +16 slots     *mut Value       named-property values, indexed by the shape's slot numbers
//! +24 elements  *mut Elements    integer-keyed properties (never null, see below)
//! ```
//!
//! Integer-keyed properties live in an [`Elements`] block:
//!
//! ```text
//! +0  Header    KIND_STORAGE, aux = capacity
//! +8  dense_len u32              values[0..dense_len] are initialised
//! +12 cap       u32              capacity of `values`
//! +16 length    u32              arrays: the `length` property
//! +24 sparse    *mut Sparse      elements beyond the dense part or with attributes (Box)
//! +32 values    [Value; cap]     dense elements (HOLE = absent)
//! ```
//!
//! An object without elements points at the shared, immutable
//! [`EMPTY_ELEMENTS`] (capacity 0), so compiled code needs no null check and
//! a plain object pays 8 bytes for elements instead of 32. Arrays always have
//! a block of their own (it holds their `length`); small ones get it inside
//! their own cell (see `realm::new_array`). Writers go through
//! [`Object::elements_mut`], which gives the object a block of its own first.
//!
//! Invariants compiled code relies on: a dense element `values[i]` with
//! `i < dense_len` that is not HOLE is an own, writable, enumerable and
//! configurable data property; anything else (frozen elements, accessors,
//! huge indices) lives in `sparse` and then `dense_len` covers only the part
//! before it. Named properties live in `slots` at the slot the shape assigns,
//! so an inline cache that has seen the shape can read `slots[slot]` directly.
//! New objects get their first slots in the same allocation (`slots` then
//! points just past the fixed part) and move them out when they grow.

use crate::abi::heap::{self, Header};
use crate::abi::value::{Value, TAG_OBJECT};
use crate::object::shape::Shape;
use std::collections::BTreeMap;

pub use crate::abi::heap::{
    has_object_part, KIND_ACCESSOR, KIND_ARGUMENTS, KIND_ARRAY, KIND_OBJECT, KIND_PRIMITIVE,
    KIND_STORAGE,
};

pub use crate::abi::heap::FLAG_OWNS_RUST;
pub use crate::abi::layout::{
    EL_CAP_OFFSET, EL_DENSE_LEN_OFFSET, EL_LENGTH_OFFSET, EL_VALUES_OFFSET, FLAG_IS_PROTO,
    FLAG_KIND_SHIFT, FLAG_LENGTH_READONLY, FLAG_NOT_EXTENSIBLE, OBJECT_SIZE, OBJ_ELEMENTS_OFFSET,
    OBJ_SHAPE_OFFSET, OBJ_SLOTS_OFFSET, OBJ_SLOT_CAP_OFFSET,
};

/// Bytes of an [`Elements`] block before its values.
pub const ELEMENTS_SIZE: usize = 32;

#[repr(C)]
pub struct Object {
    pub header: Header,
    pub shape: *const Shape,
    pub slots: *mut Value,
    pub elements: *mut Elements,
}

/// The integer-keyed part of an object (see the module comment).
#[repr(C)]
pub struct Elements {
    pub header: Header,
    pub dense_len: u32,
    pub cap: u32,
    pub length: u32,
    _pad: u32,
    pub sparse: *mut Sparse,
}

const _: () = {
    assert!(std::mem::offset_of!(Object, shape) == OBJ_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, slots) == OBJ_SLOTS_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, elements) == OBJ_ELEMENTS_OFFSET as usize);
    assert!(std::mem::size_of::<Object>() == OBJECT_SIZE);
    assert!(std::mem::offset_of!(Elements, dense_len) == EL_DENSE_LEN_OFFSET as usize);
    assert!(std::mem::offset_of!(Elements, cap) == EL_CAP_OFFSET as usize);
    assert!(std::mem::offset_of!(Elements, length) == EL_LENGTH_OFFSET as usize);
    assert!(std::mem::size_of::<Elements>() == ELEMENTS_SIZE);
    assert!(ELEMENTS_SIZE == EL_VALUES_OFFSET as usize);
};

/// The block of every object without elements of its own: capacity 0, never
/// written (`abi::DATA_EMPTY_ELEMENTS`: compiled code stores its address into
/// the objects it allocates).
#[unsafe(no_mangle)]
pub static kiln_empty_elements: EmptyElements = EmptyElements(Elements {
    header: Header {
        kind: KIND_STORAGE,
        gc: heap::GC_STATIC,
        flags: 0,
        aux: 0,
    },
    dense_len: 0,
    cap: 0,
    length: 0,
    _pad: 0,
    sparse: std::ptr::null_mut(),
});

/// [`Elements`] that may be shared between threads because nothing writes it.
pub struct EmptyElements(Elements);
// SAFETY: the empty block is never written (writers replace it first).
unsafe impl Sync for EmptyElements {}

/// The shared empty elements block.
#[inline]
pub fn empty_elements() -> *mut Elements {
    &kiln_empty_elements.0 as *const Elements as *mut Elements
}

/// Allocates an elements block with room for `cap` values (all HOLE) and
/// the given length, outside any object.
pub fn alloc_elements(cap: u32, length: u32) -> *mut Elements {
    let p = crate::gc::alloc_uninit(KIND_STORAGE, cap, ELEMENTS_SIZE + 8 * cap as usize)
        as *mut Elements;
    // SAFETY: a fresh cell of ELEMENTS_SIZE + 8 * cap bytes.
    unsafe { init_elements(p, cap, length) };
    p
}

/// Writes an elements block's fields at `p` (a fresh allocation of
/// `ELEMENTS_SIZE + 8 * cap` bytes whose header is written) and fills its
/// values with HOLE.
///
/// # Safety
/// `p` must point at such memory.
pub unsafe fn init_elements(p: *mut Elements, cap: u32, length: u32) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        std::ptr::addr_of_mut!((*p).dense_len).write(0);
        std::ptr::addr_of_mut!((*p).cap).write(cap);
        std::ptr::addr_of_mut!((*p).length).write(length);
        std::ptr::addr_of_mut!((*p)._pad).write(0);
        std::ptr::addr_of_mut!((*p).sparse).write(std::ptr::null_mut());
        let vals = (p as *mut u8).add(ELEMENTS_SIZE) as *mut Value;
        for i in 0..cap as usize {
            vals.add(i).write(Value::HOLE);
        }
    }
}

impl Elements {
    /// The first value.
    #[inline]
    pub fn values(&self) -> *mut Value {
        // SAFETY: the values follow the fixed part.
        unsafe { (self as *const Elements as *mut u8).add(ELEMENTS_SIZE) as *mut Value }
    }
    /// Whether this is the shared empty block (which must not be written).
    #[inline]
    pub fn is_shared_empty(&self) -> bool {
        std::ptr::eq(self, empty_elements())
    }
}

/// Property attribute bits (as the spec's [[Writable]], [[Enumerable]], ...).
pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// The slot holds an [`Accessor`] pair instead of a value.
pub const ACCESSOR: u8 = 8;
/// A normal data property created by assignment or a literal.
pub const DEFAULT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;

/// Elements that are not dense: index → (value or accessor, attributes).
#[derive(Default)]
pub struct Sparse {
    pub map: BTreeMap<u32, (Value, u8)>,
}

/// A getter/setter pair (`KIND_ACCESSOR`); either may be undefined.
#[repr(C)]
pub struct Accessor {
    pub header: Header,
    pub get: Value,
    pub set: Value,
}

/// Allocates an accessor pair, returned as an object-tagged value.
pub fn new_accessor(get: Value, set: Value) -> Value {
    let p = crate::gc::alloc(KIND_ACCESSOR, 0, std::mem::size_of::<Accessor>()) as *mut Accessor;
    // SAFETY: fresh allocation of an Accessor.
    unsafe {
        (*p).get = get;
        (*p).set = set;
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// The pair an accessor slot holds.
pub fn accessor(v: Value) -> &'static mut Accessor {
    debug_assert!(v.is_object() && heap::object_kind(v) == KIND_ACCESSOR);
    // SAFETY: accessor slots always hold a live Accessor.
    unsafe { &mut *(v.payload() as *mut Accessor) }
}

/// The object part of an object value.
#[inline]
pub fn obj(v: Value) -> &'static mut Object {
    debug_assert!(v.is_object());
    // SAFETY: object-tagged values always point at a live object (never freed
    // while reachable); JS is single-threaded, so no other reference is used
    // concurrently.
    unsafe { &mut *(v.payload() as *mut Object) }
}

/// Allocates an object of `kind` with `shape`, `extra` bytes of kind-specific
/// fields after the object part, and room for `inline_slots` named properties.
pub fn alloc(kind: u8, shape: &'static Shape, extra: usize, inline_slots: u32) -> Value {
    let fixed = OBJECT_SIZE + extra;
    let size = fixed + 8 * inline_slots as usize;
    // Every byte of `size` is written below (one store each, no zeroing first).
    let p = crate::gc::alloc_uninit(kind, inline_slots, size) as *mut Object;
    // No inline slots: a dangling pointer rather than one just past this
    // cell (which the collector would take for the next cell).
    let slots = if inline_slots == 0 {
        std::ptr::NonNull::dangling().as_ptr()
    } else {
        // SAFETY: inside the fresh cell.
        unsafe { (p as *mut u8).add(fixed) as *mut Value }
    };
    // SAFETY: a fresh cell of at least `size` bytes whose header is written.
    unsafe {
        std::ptr::addr_of_mut!((*p).shape).write(shape);
        std::ptr::addr_of_mut!((*p).slots).write(slots);
        std::ptr::addr_of_mut!((*p).elements).write(empty_elements());
        std::ptr::write_bytes((p as *mut u8).add(OBJECT_SIZE), 0, extra);
        for i in 0..inline_slots as usize {
            slots.add(i).write(Value::UNDEFINED);
        }
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// Allocates an empty array with prototype `shape`'s and room for `cap`
/// elements in an elements block inside its own cell.
pub fn alloc_array(shape: &'static Shape, cap: u32) -> Value {
    let size = OBJECT_SIZE + ELEMENTS_SIZE + 8 * cap as usize;
    let p = crate::gc::alloc_uninit(KIND_ARRAY, 0, size) as *mut Object;
    // SAFETY: a fresh cell of `size` bytes whose header is written; the
    // elements block fills the rest.
    unsafe {
        let e = (p as *mut u8).add(OBJECT_SIZE) as *mut Elements;
        std::ptr::addr_of_mut!((*e).header).write(Header {
            kind: KIND_STORAGE,
            gc: heap::GC_HEAP,
            flags: 0,
            aux: cap,
        });
        init_elements(e, cap, 0);
        std::ptr::addr_of_mut!((*p).shape).write(shape);
        std::ptr::addr_of_mut!((*p).slots).write(std::ptr::NonNull::dangling().as_ptr());
        std::ptr::addr_of_mut!((*p).elements).write(e);
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// Allocates an out-of-line block of `n` values (slots or elements), filled with `fill`.
pub fn alloc_values(n: usize, fill: Value) -> *mut Value {
    let p = crate::gc::alloc(KIND_STORAGE, n as u32, heap::HEADER_SIZE as usize + 8 * n);
    // SAFETY: the block holds `n` values after its header.
    unsafe {
        let vals = (p as *mut u8).add(heap::HEADER_SIZE as usize) as *mut Value;
        for i in 0..n {
            vals.add(i).write(fill);
        }
        vals
    }
}

impl Object {
    #[inline]
    pub fn kind(&self) -> u8 {
        self.header.kind
    }
    #[inline]
    pub fn shape(&self) -> &'static Shape {
        // SAFETY: shapes are immortal and every object has one.
        unsafe { &*self.shape }
    }
    #[inline]
    pub fn has_flag(&self, f: u16) -> bool {
        self.header.flags & f != 0
    }
    #[inline]
    pub fn set_flag(&mut self, f: u16, on: bool) {
        if on {
            self.header.flags |= f;
        } else {
            self.header.flags &= !f;
        }
    }
    #[inline]
    pub fn extensible(&self) -> bool {
        !self.has_flag(FLAG_NOT_EXTENSIBLE)
    }
    /// How many named-property values `slots` has room for.
    #[inline]
    pub fn slot_cap(&self) -> u32 {
        self.header.aux
    }
    #[inline]
    pub fn slot(&self, i: u32) -> Value {
        debug_assert!(i < self.slot_cap());
        // SAFETY: i is below the slot capacity.
        unsafe { *self.slots.add(i as usize) }
    }
    #[inline]
    pub fn set_slot(&mut self, i: u32, v: Value) {
        debug_assert!(i < self.slot_cap());
        // SAFETY: i is below the slot capacity.
        unsafe { *self.slots.add(i as usize) = v }
    }
    /// Makes room for slot number `i`.
    pub fn reserve_slot(&mut self, i: u32) {
        let old = self.slot_cap();
        if i < old {
            return;
        }
        let cap = (i + 1).max(old * 2).max(4);
        let new = alloc_values(cap as usize, Value::UNDEFINED);
        // SAFETY: both blocks hold at least `old` values.
        unsafe { std::ptr::copy_nonoverlapping(self.slots, new, old as usize) };
        self.slots = new;
        self.header.aux = cap;
    }
    /// The elements block, for reading (it may be the shared empty one).
    #[inline]
    pub fn el(&self) -> &'static Elements {
        // SAFETY: `elements` always points at a live block.
        unsafe { &*self.elements }
    }
    /// The elements block, for writing: the object's own one (created, with
    /// capacity 0, if it still has the shared empty one).
    #[inline]
    pub fn elements_mut(&mut self) -> &'static mut Elements {
        if self.el().is_shared_empty() {
            self.elements = alloc_elements(0, 0);
        }
        // SAFETY: a block of this object's own.
        unsafe { &mut *self.elements }
    }
    /// How many leading elements are dense.
    #[inline]
    pub fn dense_len(&self) -> u32 {
        self.el().dense_len
    }
    /// Arrays: the `length` property.
    #[inline]
    pub fn length(&self) -> u32 {
        self.el().length
    }
    /// Arrays: sets `length` (the caller keeps the elements consistent).
    #[inline]
    pub fn set_length(&mut self, n: u32) {
        self.elements_mut().length = n;
    }
    /// Sets how many leading elements are dense (at most the capacity).
    #[inline]
    pub fn set_dense_len(&mut self, n: u32) {
        if n == self.dense_len() {
            return;
        }
        let e = self.elements_mut();
        debug_assert!(n <= e.cap);
        e.dense_len = n;
    }
    /// The dense elements.
    #[inline]
    pub fn dense(&self) -> &'static mut [Value] {
        let e = self.el();
        if e.dense_len == 0 {
            return &mut [];
        }
        // SAFETY: values[0..dense_len] are initialised.
        unsafe { std::slice::from_raw_parts_mut(e.values(), e.dense_len as usize) }
    }
    /// Makes the dense capacity at least `n`.
    pub fn reserve_dense(&mut self, n: u32) {
        let old = self.el();
        if n <= old.cap {
            return;
        }
        let cap = n.max(old.cap.saturating_mul(2)).max(4);
        let new = alloc_elements(cap, old.length);
        // SAFETY: both blocks are live; the new one holds at least dense_len values.
        unsafe {
            (*new).dense_len = old.dense_len;
            (*new).sparse = old.sparse;
            std::ptr::copy_nonoverlapping(old.values(), (*new).values(), old.dense_len as usize);
        }
        self.elements = new;
    }
    /// The sparse element map, if any.
    pub fn sparse(&self) -> Option<&'static mut Sparse> {
        // SAFETY: `sparse` is null or a leaked Box owned by this object.
        unsafe { self.el().sparse.as_mut() }
    }
    /// The sparse element map, created on demand.
    pub fn sparse_mut(&mut self) -> &'static mut Sparse {
        if self.el().sparse.is_null() {
            self.elements_mut().sparse = Box::into_raw(Box::default());
            self.header.flags |= FLAG_OWNS_RUST;
            crate::gc::register_finalizable(&mut self.header);
        }
        // SAFETY: just ensured non-null; owned by this object.
        unsafe { &mut *self.el().sparse }
    }
    /// Drops the sparse element map (the object's elements are all dense again).
    pub fn drop_sparse(&mut self) {
        let e = self.el();
        if !e.sparse.is_null() {
            // SAFETY: a Box owned by this object, not referenced elsewhere.
            drop(unsafe { Box::from_raw(e.sparse) });
            self.elements_mut().sparse = std::ptr::null_mut();
        }
    }
    /// The prototype (an object or null).
    #[inline]
    pub fn proto(&self) -> Value {
        self.shape().proto
    }
}

/// Whether `v` is an object of `kind`.
#[inline]
pub fn is_kind(v: Value, kind: u8) -> bool {
    v.is_object() && heap::object_kind(v) == kind
}

/// Whether `v` is an array.
#[inline]
pub fn is_array(v: Value) -> bool {
    is_kind(v, KIND_ARRAY)
}

/// No object on the chain from `p` has elements (so holes read as undefined
/// and writes cannot hit an inherited setter).
pub fn protos_without_elements(mut p: Value) -> bool {
    while p.is_object() {
        let ob = obj(p);
        if ob.dense_len() > 0 || ob.sparse().is_some_and(|s| !s.map.is_empty()) {
            return false;
        }
        p = ob.proto();
    }
    true
}

/// How far past its dense part an array store may extend it directly.
const DENSE_STORE_REACH: u32 = 4096;

/// `a[i] = v` straight into the dense part of array `a`, when nothing can
/// intervene: an extensible array with a writable `length`, no sparse
/// elements, no elements on its prototypes (no inherited setter or
/// read-only index) and `i` less than [`DENSE_STORE_REACH`] past the dense
/// part (the skipped indices become holes). False, having changed nothing,
/// otherwise: the caller does the full [[Set]]. Compiled code stores into
/// existing dense elements inline; this serves the stores into holes and
/// appends (`new Array(n)` filled by index), which took the generic path.
pub fn store_dense_element(a: Value, i: u32, v: Value) -> bool {
    if !is_array(a) {
        return false;
    }
    let ob = obj(a);
    let d = ob.dense_len();
    if i >= d.saturating_add(DENSE_STORE_REACH)
        || i == u32::MAX
        || !ob.extensible()
        || ob.has_flag(FLAG_LENGTH_READONLY)
        || ob.sparse().is_some_and(|s| !s.map.is_empty())
        || !protos_without_elements(ob.proto())
    {
        return false;
    }
    if i >= d {
        ob.reserve_dense(i + 1);
        let vals = ob.el().values();
        for j in d..i {
            // SAFETY: j < i + 1 <= capacity.
            unsafe { vals.add(j as usize).write(Value::HOLE) };
        }
        ob.set_dense_len(i + 1);
    }
    ob.dense()[i as usize] = v;
    if i >= ob.length() {
        ob.set_length(i + 1);
    }
    true
}

/// A primitive wrapper object for `prim` (a number, string, boolean or
/// symbol) with prototype `proto`. String wrappers have their characters as
/// read-only indices and a read-only `length`.
pub fn new_wrapper(prim: Value, proto: Value) -> Value {
    crate::object::internal_methods::mark_proto(proto);
    let o = alloc(
        KIND_PRIMITIVE,
        crate::object::shape::Shape::root(proto),
        8,
        2,
    );
    // SAFETY: the 8 extra bytes right after the object part.
    unsafe { *((o.payload() as *mut u8).add(OBJECT_SIZE) as *mut Value) = prim };
    if prim.is_string() {
        for (i, &c) in crate::text::string::units(prim).iter().enumerate() {
            let _ = crate::object::internal_methods::add_own(
                o,
                crate::object::key::Key::Index(i as u32),
                crate::text::string::from_unit(c),
                ENUMERABLE,
                false,
            );
        }
        let len = Value::number(crate::text::string::len(prim) as f64);
        let _ = crate::object::internal_methods::add_own(
            o,
            crate::object::key::Key::Named(crate::object::internal_methods::length_key()),
            len,
            0,
            false,
        );
    }
    o
}

/// The primitive a wrapper object holds.
pub fn primitive_value(v: Value) -> Option<Value> {
    if !is_kind(v, KIND_PRIMITIVE) {
        return None;
    }
    // SAFETY: wrappers keep their primitive right after the object part.
    Some(unsafe { *((v.payload() as *const u8).add(OBJECT_SIZE) as *const Value) })
}

/// Collector: marks what an object's Rust-side parts hold (its sparse
/// elements; its keys and prototype when its shape is a private dictionary).
pub fn trace_part(m: &mut crate::gc::mark::Marker, o: Value) {
    let ob = obj(o);
    if !ob.has_flag(FLAG_OWNS_RUST) {
        return;
    }
    if let Some(sp) = ob.sparse() {
        for (v, _) in sp.map.values() {
            m.value(*v);
        }
    }
    if !ob.shape.is_null() && ob.shape().dict {
        ob.shape().trace(m);
    }
}

/// Collector: frees a dead object's sparse map and private dictionary shape.
pub fn finalize_part(o: Value) {
    let ob = obj(o);
    if !ob.has_flag(FLAG_OWNS_RUST) {
        return;
    }
    ob.drop_sparse();
    if !ob.shape.is_null() && ob.shape().dict {
        // SAFETY: dictionary shapes are leaked Boxes owned by one object,
        // which is dead; inline caches never record them.
        drop(unsafe { Box::from_raw(ob.shape as *mut Shape) });
        ob.shape = std::ptr::null();
    }
}
