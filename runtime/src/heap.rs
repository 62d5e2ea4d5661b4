//! Heap object layouts shared with compiled code: headers, strings, cells, argument blocks.
//!
//! Every heap thing starts with an 8-byte [`Header`]. Compiled code reads and
//! writes a few fields directly; their offsets are the `*_OFFSET` constants here,
//! which the compiler imports (never re-types). Allocation goes through
//! [`alloc`], the collector's (`gc`) one entry point.
//!
//! ```text
//! Header   +0 kind:u8  +1 gc:u8  +2 flags:u16  +4 aux:u32
//! String   Header(aux = length in UTF-16 code units) +8 data: [u16; len]
//! Object   see `object.rs` (functions: `function.rs`, errors: `error.rs`)
//! Cell     Header +8 value: Value          (a captured, heap-allocated binding)
//! Args     Header(aux = count) +8 values: [Value; aux]   (overflow arguments)
//! ```

use crate::value::Value;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Header {
    pub kind: u8,
    pub gc: u8,
    pub flags: u16,
    pub aux: u32,
}

pub const KIND_STRING: u8 = 1;
pub const KIND_FUNCTION: u8 = 2;
pub const KIND_CELL: u8 = 3;
pub const KIND_ARGS: u8 = 4;
pub const KIND_ERROR: u8 = 5;

/// `Header::gc` value of things the collector must never free (literals that
/// the compiler emits into the executable's data section).
pub const GC_STATIC: u8 = 1;
/// `Header::gc` value of ordinary heap allocations.
pub const GC_HEAP: u8 = 0;

pub const HEADER_SIZE: i32 = 8;
pub const HEADER_KIND_OFFSET: i32 = 0;
pub const HEADER_FLAGS_OFFSET: i32 = 2;
pub const HEADER_AUX_OFFSET: i32 = 4;

pub const STRING_DATA_OFFSET: i32 = 8;

pub const CELL_VALUE_OFFSET: i32 = 8;
pub const ARGS_VALUES_OFFSET: i32 = 8;

#[repr(C)]
pub struct StringHeader {
    pub header: Header,
}

#[repr(C)]
pub struct Cell {
    pub header: Header,
    pub value: Value,
}

const _: () = {
    assert!(std::mem::size_of::<Header>() == HEADER_SIZE as usize);
    assert!(std::mem::offset_of!(Header, kind) == HEADER_KIND_OFFSET as usize);
    assert!(std::mem::offset_of!(Header, aux) == HEADER_AUX_OFFSET as usize);
    assert!(std::mem::offset_of!(Header, flags) == HEADER_FLAGS_OFFSET as usize);
    assert!(std::mem::offset_of!(Cell, value) == CELL_VALUE_OFFSET as usize);
    assert!(std::mem::size_of::<StringHeader>() == STRING_DATA_OFFSET as usize);
};

/// Allocates `size` bytes (8-aligned, zeroed) for a heap thing of `kind`.
/// The one allocation path: the garbage collector (`gc`) serves it from its
/// size-class free lists and may collect first.
#[inline]
pub fn alloc(kind: u8, aux: u32, size: usize) -> *mut Header {
    let (h, size) = fresh(kind, aux, size);
    crate::gc::alloc(h, size)
}

/// Like [`alloc`], but the caller writes every byte of the first `size`
/// (after the header) before allocating again; the rest of the cell is zeroed.
#[inline(always)]
pub fn alloc_uninit(kind: u8, aux: u32, size: usize) -> *mut Header {
    let (h, size) = fresh(kind, aux, size);
    crate::gc::alloc_uninit(h, size)
}

/// A new heap thing's header and its size rounded to whole words.
#[inline(always)]
fn fresh(kind: u8, aux: u32, size: usize) -> (Header, usize) {
    let h = Header {
        kind,
        gc: GC_HEAP,
        flags: 0,
        aux,
    };
    (h, size.max(HEADER_SIZE as usize).next_multiple_of(8))
}

/// The header of the heap thing a pointer-tagged value points to.
///
/// # Safety
/// `v` must be a string or object value.
#[inline]
pub unsafe fn header_of(v: Value) -> *mut Header {
    v.payload() as *mut Header
}

/// The kind byte of an object value's heap thing.
#[inline]
pub fn object_kind(v: Value) -> u8 {
    debug_assert!(v.is_object());
    // SAFETY: object values always point at a live heap thing with a header.
    unsafe { (*header_of(v)).kind }
}
