//! Ordinary objects: the layout compiled code reads, allocation, kinds and flags.
//!
//! Every JavaScript object (plain objects, arrays, functions, errors,
//! `arguments`) starts with the same [`Object`] part:
//!
//! ```text
//! +0  Header  kind:u8 gc:u8 flags:u16 aux:u32
//! +8  shape     *const Shape   hidden class: prototype + named-property layout
//! +16 slots     *mut Value     named-property values, indexed by the shape's slot numbers
//! +24 elements  *mut Value     dense integer-keyed elements (HOLE = absent)
//! +32 dense_len u32            elements[0..dense_len] are initialised
//! +36 elem_cap  u32            capacity of `elements`
//! +40 slot_cap  u32            capacity of `slots`
//! +44 length    u32            arrays: the `length` property
//! +48 sparse    *mut Sparse    elements beyond the dense part or with attributes (Box)
//! ```
//!
//! Invariants compiled code relies on: a dense element `elements[i]` with
//! `i < dense_len` that is not HOLE is an own, writable, enumerable and
//! configurable data property; anything else (frozen elements, accessors,
//! huge indices) lives in `sparse` and then `dense_len` covers only the part
//! before it. Named properties live in `slots` at the slot the shape assigns,
//! so an inline cache that has seen the shape can read `slots[slot]` directly.
//! New objects get their first slots in the same allocation (`slots` then
//! points just past the fixed part) and move them out when they grow.

use crate::heap::{self, Header};
use crate::shape::Shape;
use crate::value::{Value, TAG_OBJECT};
use std::collections::BTreeMap;

pub const KIND_OBJECT: u8 = 6;
pub const KIND_ARRAY: u8 = 7;
pub const KIND_ARGUMENTS: u8 = 8;
/// A getter/setter pair stored in an accessor property's slot (never a JS value).
pub const KIND_ACCESSOR: u8 = 9;
/// An out-of-line slots or elements block.
pub const KIND_STORAGE: u8 = 10;
/// A primitive wrapper (`new Number(1)`, `Object('s')`): the primitive is
/// in 8 bytes after the object part (see [`primitive_value`]).
pub const KIND_PRIMITIVE: u8 = 11;

/// `Header::flags` bits shared by every object kind.
pub const FLAG_NOT_EXTENSIBLE: u16 = 1;
/// The object is (or was) some object's prototype: changing its shape bumps
/// the prototype epoch that inline caches of prototype-chain hits check.
pub const FLAG_IS_PROTO: u16 = 2;
/// Arrays: `length` is not writable.
pub const FLAG_LENGTH_READONLY: u16 = 4;
/// The object owns Rust-side parts the collector must trace and free: a
/// sparse element map or a private dictionary shape.
pub const FLAG_OWNS_RUST: u16 = 8;
/// Bits from here up are kind-specific (see `function::FN_*`).
pub const FLAG_KIND_SHIFT: u16 = 4;

pub const OBJ_SHAPE_OFFSET: i32 = 8;
pub const OBJ_SLOTS_OFFSET: i32 = 16;
pub const OBJ_ELEMENTS_OFFSET: i32 = 24;
pub const OBJ_DENSE_LEN_OFFSET: i32 = 32;
pub const OBJ_SLOT_CAP_OFFSET: i32 = 40;
pub const OBJ_LENGTH_OFFSET: i32 = 44;
pub const OBJECT_SIZE: usize = 56;

#[repr(C)]
pub struct Object {
    pub header: Header,
    pub shape: *const Shape,
    pub slots: *mut Value,
    pub elements: *mut Value,
    pub dense_len: u32,
    pub elem_cap: u32,
    pub slot_cap: u32,
    pub length: u32,
    pub sparse: *mut Sparse,
}

const _: () = {
    assert!(std::mem::offset_of!(Object, shape) == OBJ_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, slots) == OBJ_SLOTS_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, elements) == OBJ_ELEMENTS_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, dense_len) == OBJ_DENSE_LEN_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, length) == OBJ_LENGTH_OFFSET as usize);
    assert!(std::mem::offset_of!(Object, slot_cap) == OBJ_SLOT_CAP_OFFSET as usize);
    assert!(std::mem::size_of::<Object>() == OBJECT_SIZE);
};

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
    let p = heap::alloc(KIND_ACCESSOR, 0, std::mem::size_of::<Accessor>()) as *mut Accessor;
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
    let p = heap::alloc_uninit(kind, 0, size) as *mut Object;
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
        std::ptr::addr_of_mut!((*p).elements).write(std::ptr::null_mut());
        std::ptr::addr_of_mut!((*p).dense_len).write(0);
        std::ptr::addr_of_mut!((*p).elem_cap).write(0);
        std::ptr::addr_of_mut!((*p).slot_cap).write(inline_slots);
        std::ptr::addr_of_mut!((*p).length).write(0);
        std::ptr::addr_of_mut!((*p).sparse).write(std::ptr::null_mut());
        std::ptr::write_bytes((p as *mut u8).add(OBJECT_SIZE), 0, extra);
        for i in 0..inline_slots as usize {
            slots.add(i).write(Value::UNDEFINED);
        }
    }
    Value::from_tagged_ptr(TAG_OBJECT, p)
}

/// Allocates an out-of-line block of `n` values (slots or elements), filled with `fill`.
pub fn alloc_values(n: usize, fill: Value) -> *mut Value {
    let p = heap::alloc(KIND_STORAGE, n as u32, heap::HEADER_SIZE as usize + 8 * n);
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
    #[inline]
    pub fn slot(&self, i: u32) -> Value {
        debug_assert!(i < self.slot_cap);
        // SAFETY: i is below the slot capacity.
        unsafe { *self.slots.add(i as usize) }
    }
    #[inline]
    pub fn set_slot(&mut self, i: u32, v: Value) {
        debug_assert!(i < self.slot_cap);
        // SAFETY: i is below the slot capacity.
        unsafe { *self.slots.add(i as usize) = v }
    }
    /// Makes room for slot number `i`.
    pub fn reserve_slot(&mut self, i: u32) {
        if i < self.slot_cap {
            return;
        }
        let cap = (i + 1).max(self.slot_cap * 2).max(4);
        let new = alloc_values(cap as usize, Value::UNDEFINED);
        // SAFETY: both blocks hold at least slot_cap values.
        unsafe { std::ptr::copy_nonoverlapping(self.slots, new, self.slot_cap as usize) };
        self.slots = new;
        self.slot_cap = cap;
    }
    /// The dense elements.
    #[inline]
    pub fn dense(&self) -> &'static mut [Value] {
        if self.dense_len == 0 {
            return &mut [];
        }
        // SAFETY: elements[0..dense_len] are initialised.
        unsafe { std::slice::from_raw_parts_mut(self.elements, self.dense_len as usize) }
    }
    /// Makes the dense capacity at least `n`.
    pub fn reserve_dense(&mut self, n: u32) {
        if n <= self.elem_cap {
            return;
        }
        let cap = n.max(self.elem_cap.saturating_mul(2)).max(4);
        let new = alloc_values(cap as usize, Value::HOLE);
        if self.dense_len > 0 {
            // SAFETY: both blocks hold at least dense_len values.
            unsafe { std::ptr::copy_nonoverlapping(self.elements, new, self.dense_len as usize) };
        }
        self.elements = new;
        self.elem_cap = cap;
    }
    /// The sparse element map, if any.
    pub fn sparse(&self) -> Option<&'static mut Sparse> {
        // SAFETY: `sparse` is null or a leaked Box owned by this object.
        unsafe { self.sparse.as_mut() }
    }
    /// The sparse element map, created on demand.
    pub fn sparse_mut(&mut self) -> &'static mut Sparse {
        if self.sparse.is_null() {
            self.sparse = Box::into_raw(Box::default());
            self.header.flags |= FLAG_OWNS_RUST;
            crate::gc::register_finalizable(&mut self.header);
        }
        // SAFETY: just ensured non-null; owned by this object.
        unsafe { &mut *self.sparse }
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

/// A primitive wrapper object for `prim` (a number, string, boolean or
/// symbol) with prototype `proto`. String wrappers have their characters as
/// read-only indices and a read-only `length`.
pub fn new_wrapper(prim: Value, proto: Value) -> Value {
    crate::props::mark_proto(proto);
    let o = alloc(KIND_PRIMITIVE, crate::shape::Shape::root(proto), 8, 2);
    // SAFETY: the 8 extra bytes right after the object part.
    unsafe { *((o.payload() as *mut u8).add(OBJECT_SIZE) as *mut Value) = prim };
    if prim.is_string() {
        for (i, &c) in crate::string::units(prim).iter().enumerate() {
            let _ = crate::props::add_own(
                o,
                crate::key::Key::Index(i as u32),
                crate::string::from_unit(c),
                ENUMERABLE,
                false,
            );
        }
        let len = Value::number(crate::string::len(prim) as f64);
        let _ = crate::props::add_own(
            o,
            crate::key::Key::Named(crate::props::length_key()),
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

/// Whether heap things of `kind` start with an [`Object`] part (and so may
/// own a sparse map and a dictionary shape). Every new object kind must be
/// listed here for the collector to trace and free what it owns.
pub fn has_object_part(kind: u8) -> bool {
    use crate::heap::{KIND_ERROR, KIND_FUNCTION};
    use crate::lib_collections::*;
    matches!(
        kind,
        KIND_FUNCTION
            | KIND_ERROR
            | KIND_OBJECT
            | KIND_ARRAY
            | KIND_ARGUMENTS
            | KIND_PRIMITIVE
            | KIND_MAP
            | KIND_SET
            | KIND_COLLECTION_ITER
            | KIND_WEAK_MAP
            | KIND_WEAK_SET
    )
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
    if !ob.sparse.is_null() {
        // SAFETY: `sparse` is a Box owned by this (dead) object.
        drop(unsafe { Box::from_raw(ob.sparse) });
        ob.sparse = std::ptr::null_mut();
    }
    if !ob.shape.is_null() && ob.shape().dict {
        // SAFETY: dictionary shapes are leaked Boxes owned by one object,
        // which is dead; inline caches never record them.
        drop(unsafe { Box::from_raw(ob.shape as *mut Shape) });
        ob.shape = std::ptr::null();
    }
}
