//! Layout constants compiled code reads: byte offsets and sizes of the
//! runtime's records and the flag bits it tests inline.
//!
//! The structs they describe live with their modules (`object::ordinary`,
//! `object::function`, `object::inline_cache`, `exec::frames`,
//! `gc::space`), which re-export these constants and assert them against
//! `offset_of!`/`size_of` at compile time; the compiler reads them from here.

/// Size classes of the allocator (`gc::space::NCLASSES`, asserted there).
pub const NCLASSES: usize = 35;

// Ordinary objects (`object::ordinary`): the object part every object kind starts with, and its elements block.
/// `Header::flags` bits shared by every object kind.
pub const FLAG_NOT_EXTENSIBLE: u16 = 1;
/// The object is (or was) some object's prototype: changing its shape bumps
/// the prototype epoch that inline caches of prototype-chain hits check.
pub const FLAG_IS_PROTO: u16 = 2;
/// Arrays: `length` is not writable.
pub const FLAG_LENGTH_READONLY: u16 = 4;
/// Bits from here up are kind-specific (see `function::FN_*`).
pub const FLAG_KIND_SHIFT: u16 = 4;
pub const OBJ_SHAPE_OFFSET: i32 = 8;
pub const OBJ_SLOTS_OFFSET: i32 = 16;
pub const OBJ_ELEMENTS_OFFSET: i32 = 24;
/// The slot capacity is the header's `aux` word.
pub const OBJ_SLOT_CAP_OFFSET: i32 = crate::abi::heap::HEADER_AUX_OFFSET;
pub const OBJECT_SIZE: usize = 32;
pub const EL_DENSE_LEN_OFFSET: i32 = 8;
pub const EL_CAP_OFFSET: i32 = 12;
pub const EL_LENGTH_OFFSET: i32 = 16;
pub const EL_VALUES_OFFSET: i32 = 32;

// Function objects (`object::function`): kind flags, the fields after the object part, and the construct-site cache records.
pub const FN_CONSTRUCTOR: u16 = 1 << FLAG_KIND_SHIFT;
/// A class constructor: calling it without `new` throws.
pub const FN_CLASS: u16 = 2 << FLAG_KIND_SHIFT;
/// A derived class constructor: `this` comes from `super(...)`.
pub const FN_DERIVED: u16 = 4 << FLAG_KIND_SHIFT;
/// `prototype` not created yet.
pub const FN_LAZY_PROTO: u16 = 8 << FLAG_KIND_SHIFT;
pub const FN_NATIVE: u16 = 16 << FLAG_KIND_SHIFT;
pub const FN_BOUND: u16 = 32 << FLAG_KIND_SHIFT;
/// Strict code (plain calls get `this` = undefined).
pub const FN_STRICT: u16 = 64 << FLAG_KIND_SHIFT;
pub const FN_ARROW: u16 = 128 << FLAG_KIND_SHIFT;
/// A generator function (`function*`, `*m() {}`).
pub const FN_GENERATOR: u16 = 256 << FLAG_KIND_SHIFT;
/// An async function (`async function`, async arrows and methods; with
/// `FN_GENERATOR`, an async generator function).
pub const FN_ASYNC: u16 = 512 << FLAG_KIND_SHIFT;
/// A callable proxy (`object::proxy`): a native function whose `data` is
/// its [target, handler] record.
pub const FN_PROXY: u16 = 1024 << FLAG_KIND_SHIFT;
pub const FUNCTION_CODE_OFFSET: i32 = OBJECT_SIZE as i32;
pub const FUNCTION_NATIVE_OFFSET: i32 = FUNCTION_CODE_OFFSET + 8;
pub const FUNCTION_DATA_OFFSET: i32 = FUNCTION_CODE_OFFSET + 16;
pub const FUNCTION_HOME_OFFSET: i32 = FUNCTION_CODE_OFFSET + 24;
pub const FUNCTION_CAPTURES_OFFSET: i32 = FUNCTION_CODE_OFFSET + 32;
pub const CONSTRUCT_SITE_SIZE: i32 = 64;
pub const CSITE_F_OFFSET: i32 = 0;
pub const CSITE_NT_SHAPE_OFFSET: i32 = 8;
pub const CSITE_PROTO_OFF_OFFSET: i32 = 16;
pub const CSITE_PROTO_OFFSET: i32 = 24;
pub const CSITE_ROOT_OFFSET: i32 = 32;
pub const CSITE_SLOTS_OFFSET: i32 = 40;
pub const CSITE_CELL_OFFSET: i32 = 48;
pub const CSITE_CLASS_OFF_OFFSET: i32 = 56;

// Inline caches (`object::inline_cache`): one property-access site and its entries.
pub const IC_WAYS: usize = 4;
pub const IC_ENTRY_SIZE: i32 = 32;
pub const IC_SHAPE_OFFSET: i32 = 0;
pub const IC_HOLDER_OFFSET: i32 = 8;
pub const IC_SLOT_OFFSET: i32 = 16;
pub const IC_EPOCH_OFFSET: i32 = 24;
/// The entries of a site (they come first).
pub const IC_WAYS_SIZE: i32 = IC_ENTRY_SIZE * IC_WAYS as i32;
pub const IC_SITE_SIZE: i32 = IC_WAYS_SIZE + 16;
/// Bit of `IcEntry::shape` marking entries whose `holder` is not 0.
pub const IC_NOT_OWN: u64 = 2;

// Object-literal sites (`object::inline_cache::LiteralSite`): zero-filled by
// the compiler, which stores the key count; the runtime caches the shape.
pub const LITERAL_SITE_SIZE: i32 = 16;
pub const LITERAL_SITE_SHAPE_OFFSET: i32 = 0;
pub const LITERAL_SITE_N_OFFSET: i32 = 8;

// The frame table (`exec::frames`) the compiler emits.
pub const FRAME_TABLE_SIZE: usize = 80;
pub const FILE_ENTRY_SIZE: usize = 32;
pub const FUNC_ENTRY_SIZE: usize = 64;
pub const RANGE_SIZE: usize = 24;
pub const INLINE_ENTRY_SIZE: usize = 32;
/// Flag in `Range::col`: the range is a `new` call site, so the frame it
/// calls is a construct call (`at new F`).
pub const CONSTRUCT_SITE: u32 = 1 << 31;

// The allocator state compiled code bumps (`gc::space::AllocState`).
/// Byte offsets into `AllocState` for compiled code: the free list of
/// class c is at `ALLOC_FREE_OFFSET + 8c`, its bump cursor and end at
/// `ALLOC_CURSOR_OFFSET + 8c` and `ALLOC_END_OFFSET + 8c`.
pub const ALLOC_FREE_OFFSET: i32 = 0;
pub const ALLOC_CURSOR_OFFSET: i32 = 8 * NCLASSES as i32;
pub const ALLOC_END_OFFSET: i32 = 16 * NCLASSES as i32;
pub const ALLOC_ALLOCATED_OFFSET: i32 = 24 * NCLASSES as i32;
pub const ALLOC_LIMIT_OFFSET: i32 = ALLOC_ALLOCATED_OFFSET + 8;

// Typed arrays (`object::typed_array`): the fields compiled element access reads.
/// The element count (a `usize`).
pub const TA_LENGTH_OFFSET: i32 = OBJECT_SIZE as i32 + 16;
/// The element type (`Elem as usize`: Int8, Uint8, Uint8Clamped, Int16,
/// Uint16, Int32, Uint32, Float32, Float64, BigInt64, BigUint64).
pub const TA_ELEM_OFFSET: i32 = OBJECT_SIZE as i32 + 24;
/// The address of element 0 (the buffer's bytes plus the byte offset).
pub const TA_DATA_OFFSET: i32 = OBJECT_SIZE as i32 + 32;
/// The element type codes at `TA_ELEM_OFFSET` (`object::typed_array::Elem`).
pub const TA_INT8: u8 = 0;
pub const TA_UINT8: u8 = 1;
pub const TA_UINT8_CLAMPED: u8 = 2;
pub const TA_INT16: u8 = 3;
pub const TA_UINT16: u8 = 4;
pub const TA_INT32: u8 = 5;
pub const TA_UINT32: u8 = 6;
pub const TA_FLOAT32: u8 = 7;
pub const TA_FLOAT64: u8 = 8;
pub const TA_BIGINT64: u8 = 9;
pub const TA_BIGUINT64: u8 = 10;
/// The byte offset in `kiln_ta_length_guard` of its armed word (after the
/// eleven root shapes).
pub const TA_GUARD_ARMED_OFFSET: i32 = 8 * 11;
