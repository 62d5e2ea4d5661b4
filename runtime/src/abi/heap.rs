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

use crate::abi::value::Value;

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

// Object kinds (`object::ordinary`, `object::key`, `builtins::collections`):
// one table, so that the collector can tell them apart without importing
// the modules that implement them.
pub const KIND_OBJECT: u8 = 6;
pub const KIND_ARRAY: u8 = 7;
pub const KIND_ARGUMENTS: u8 = 8;
/// A getter/setter pair stored in an accessor property's slot (never a JS value).
pub const KIND_ACCESSOR: u8 = 9;
/// An out-of-line slots or elements block.
pub const KIND_STORAGE: u8 = 10;
/// A primitive wrapper (`new Number(1)`, `Object('s')`): the primitive is
/// in 8 bytes after the object part (see `object::ordinary::primitive_value`).
pub const KIND_PRIMITIVE: u8 = 11;
pub const KIND_SYMBOL: u8 = 12;
pub const KIND_MAP: u8 = 13;
pub const KIND_SET: u8 = 14;
pub const KIND_COLLECTION_ITER: u8 = 15;
/// WeakMap / WeakSet: tables keyed by objects, never iterated; their
/// entries are ephemerons (see `builtins::collections::trace_ephemerons`).
pub const KIND_WEAK_MAP: u8 = 16;
pub const KIND_WEAK_SET: u8 = 17;
/// A generator object: the object part, then the words at `GEN_*_OFFSET`
/// (`exec::generator`); its coroutine's stack is traced by `gc::coro`.
pub const KIND_GENERATOR: u8 = 18;
/// Byte offset in a generator object of its `*mut gc::coro::Coro` (null
/// before it starts and after it completes).
pub const GEN_CORO_OFFSET: usize = 32;
/// A RegExp object (`builtins::regexp`): the compiled program (a Rust `Rc`)
/// and the source string in 16 bytes after the object part. Numbered after
/// the collections, so the collector hands it to the same trace/finalize hooks.
pub const KIND_REGEXP: u8 = 19;
/// The iterator `String.prototype.matchAll` returns (`builtins::regexp`):
/// matcher, subject and flags after the object part.
pub const KIND_REGEXP_STRING_ITER: u8 = 20;
/// A Date object (`builtins::date`): its time value (a number value) in 8
/// bytes after the object part. Owns nothing; the collector's collection
/// hooks ignore it.
pub const KIND_DATE: u8 = 21;
/// A BigInt (`exec::bigint`): no object part; `flags` bit 0 = negative,
/// `aux` = the number of 32-bit magnitude digits after the header, which the
/// collector does not scan.
pub const KIND_BIGINT: u8 = 22;
/// An ArrayBuffer or SharedArrayBuffer (`object::typed_array`): its bytes
/// live on the Rust heap, freed by the finalizer.
pub const KIND_ARRAY_BUFFER: u8 = 23;
/// A typed array (`object::typed_array`): buffer, offset, length, element type.
pub const KIND_TYPED_ARRAY: u8 = 24;
/// A DataView (`object::typed_array`): buffer, offset, length.
pub const KIND_DATA_VIEW: u8 = 25;
/// A `WeakRef` (`builtins::weakref`): a Rust box holding its target, which
/// the conservative scan never sees (cleared when the target dies).
pub const KIND_WEAK_REF: u8 = 26;
/// A `FinalizationRegistry` (`builtins::weakref`): a Rust box holding its
/// callback, registrations and pending held values.
pub const KIND_FINALIZATION_REGISTRY: u8 = 27;
/// A promise (`builtins::promise`): state, result, reactions and the
/// handled flag after the object part (all traced as ordinary words).
/// Numbered apart from the kinds other work adds after 20.
pub const KIND_PROMISE: u8 = 28;
/// A non-callable proxy (`object::proxy`): the object part (an empty,
/// never-cached dictionary shape), then its target and handler (traced as
/// ordinary words). Callable proxies are native functions flagged `FN_PROXY`.
pub const KIND_PROXY: u8 = 30;
/// Raw bytes the collector never scans (no header fields beyond the kind):
/// the storage of a collection's hash table (`builtins::collections`),
/// whose entries the owner traces precisely. Numbered apart from the kinds
/// other work adds after 30.
pub const KIND_RAW: u8 = 40;

/// Whether heap things of `kind` start with an `Object` part (and so may
/// own a sparse map and a dictionary shape). Every new object kind must be
/// listed here for the collector to trace and free what it owns.
pub fn has_object_part(kind: u8) -> bool {
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
            | KIND_GENERATOR
            | KIND_REGEXP
            | KIND_REGEXP_STRING_ITER
            | KIND_DATE
            | KIND_ARRAY_BUFFER
            | KIND_TYPED_ARRAY
            | KIND_DATA_VIEW
            | KIND_PROMISE
            | KIND_WEAK_REF
            | KIND_FINALIZATION_REGISTRY
            | KIND_PROXY
    )
}

/// The object owns Rust-side parts the collector must trace and free: a
/// sparse element map or a private dictionary shape.
pub const FLAG_OWNS_RUST: u16 = 8;

// Storage flags (`KIND_STORAGE`).
/// `Header::flags` bit of a Rust-side scratch buffer (`gc::vec::GcVec`):
/// its words may hold any bits (the padding of a `Key`, indices, raw
/// numbers), so the collector traces it conservatively and `KILN_GC_VERIFY`
/// does not take its words for pointers.
pub const FLAG_SCRATCH: u16 = 1;

// String flags (`text::string`).
/// `Header::flags` bit of a *rope*: a lazy concatenation (see `text::string::Rope`).
pub const FLAG_ROPE: u16 = 2;

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
/// The offset of a rope's cached flat text pointer (`text::string::Rope`,
/// null until first read), where compiled `s[i]` finds a rope's units.
pub const ROPE_FLAT_OFFSET: i32 = 24;

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
