//! `arguments` objects (mapped and unmapped) and rest-parameter arrays.

use crate::abi::heap;
use crate::abi::value::Value;
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, obj, CONFIGURABLE, WRITABLE};

/// `kiln_new_arguments(argc, a0, a1, a2, rest, callee, strict)`: an unmapped
/// `arguments` object.
#[no_mangle]
pub extern "C" fn kiln_new_arguments(
    argc: i64,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
    callee: Value,
    strict: i64,
) -> Value {
    let r = realm::get();
    let vals = function::generic_args(argc, a0, a1, a2, rest);
    let n = vals.len();
    let shape = crate::object::shape::Shape::root(r.object_prototype);
    let a = object::alloc(object::KIND_ARGUMENTS, shape, 8, 2);
    let o = obj(a);
    o.reserve_dense(n as u32);
    o.set_dense_len(n as u32);
    o.dense().copy_from_slice(&vals);
    let _ = internal_methods::add_own(
        a,
        Key::Named(r.keys.length),
        Value::number(n as f64),
        WRITABLE | CONFIGURABLE,
        false,
    );
    // `arguments[Symbol.iterator]` is %Array.prototype.values%.
    let iterator = realm::well_known("iterator");
    if let Some((values, _)) = internal_methods::get_own(r.array_prototype, Key::Named(iterator)) {
        let _ = internal_methods::add_own(
            a,
            Key::Named(iterator),
            values,
            WRITABLE | CONFIGURABLE,
            false,
        );
    }
    if strict == 0 {
        let _ = internal_methods::add_own(
            a,
            Key::Named(r.keys.callee),
            callee,
            WRITABLE | CONFIGURABLE,
            false,
        );
    } else {
        // %ThrowTypeError% as both getter and setter of `callee`.
        let t = r.throw_type_error;
        let d = internal_methods::Desc {
            get: Some(t),
            set: Some(t),
            enumerable: Some(false),
            configurable: Some(false),
            ..Default::default()
        };
        let _ = internal_methods::define_own(a, Key::Named(r.keys.callee), d, false);
    }
    a
}

/// The parameter cells a mapped `arguments` object aliases (index → cell;
/// null once unmapped): an `Args` cell of raw cell addresses whose address
/// is kept in the 8 bytes after the object part (null when unmapped), so the
/// collector traces it like any other cell.
fn mapping(a: Value) -> Option<&'static mut [*mut crate::abi::heap::Cell]> {
    if !object::is_kind(a, object::KIND_ARGUMENTS) {
        return None;
    }
    // SAFETY: arguments objects have 8 extra bytes: null or an Args cell.
    unsafe {
        let p = *((a.payload() as *const u8).add(object::OBJECT_SIZE) as *const *mut heap::Header);
        if p.is_null() {
            return None;
        }
        Some(std::slice::from_raw_parts_mut(
            (p as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize)
                as *mut *mut crate::abi::heap::Cell,
            (*p).aux as usize,
        ))
    }
}

/// The cell argument `i` of `a` is mapped to, if any.
pub fn mapped_cell(a: Value, i: u32) -> Option<*mut crate::abi::heap::Cell> {
    let m = mapping(a)?;
    m.get(i as usize).copied().filter(|c| !c.is_null())
}

/// Ends the mapping of index `i` (after delete or a redefinition).
pub fn unmap(a: Value, i: u32) {
    if let Some(m) = mapping(a) {
        if let Some(c) = m.get_mut(i as usize) {
            *c = std::ptr::null_mut();
        }
    }
}

/// `kiln_map_arguments(a, cells, n)`.
#[no_mangle]
pub extern "C" fn kiln_map_arguments(a: Value, cells: i64, n: i64) -> Value {
    let o = obj(a);
    let argc = o.dense_len() as usize;
    let n = (n.max(0) as usize).min(argc);
    // SAFETY: compiled code passes `n` cell addresses.
    let cells = unsafe { crate::abi::args(n as i64, cells) };
    let map = crate::gc::alloc(
        heap::KIND_ARGS,
        n as u32,
        heap::ARGS_VALUES_OFFSET as usize + 8 * n,
    );
    // SAFETY: the map has room for `n` addresses after its header.
    unsafe {
        let slots = (map as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize) as *mut u64;
        for (i, c) in cells.iter().enumerate() {
            slots.add(i).write(c.0);
        }
    }
    // Mapped objects keep their elements in the sparse map, so compiled
    // code's dense fast path never sees a stale copy.
    internal_methods::make_sparse(o);
    // SAFETY: the 8 extra bytes of an arguments object.
    unsafe {
        *((a.payload() as *mut u8).add(object::OBJECT_SIZE) as *mut *mut heap::Header) = map;
    }
    a
}

/// `kiln_rest_array(argc, a0, a1, a2, rest, from)`: the array a rest
/// parameter binds: the arguments from index `from` on.
#[no_mangle]
pub extern "C" fn kiln_rest_array(
    argc: i64,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
    from: i64,
) -> Value {
    let vals = function::generic_args(argc, a0, a1, a2, rest);
    let from = (from.max(0) as usize).min(vals.len());
    realm::new_array(&vals[from..])
}
