//! The collector's hooks: what the layers above `gc` tell it about their
//! roots and the Rust-side parts their heap things own (see `gc::hooks`).
//! The process entry passes [`HOOKS`] to `gc::init`.

use crate::gc::hooks::Hooks;
use crate::gc::mark::Marker;

fn pending_exception(m: &mut Marker) {
    m.value(crate::exec::exception::peek());
}

fn empty_elements() -> usize {
    crate::object::ordinary::empty_elements() as usize
}

/// ArrayBuffers, typed arrays and DataViews (`object::typed_array`).
fn binary_kind(kind: u8) -> bool {
    use crate::abi::heap::{KIND_ARRAY_BUFFER, KIND_DATA_VIEW, KIND_TYPED_ARRAY};
    matches!(kind, KIND_ARRAY_BUFFER | KIND_TYPED_ARRAY | KIND_DATA_VIEW)
}

/// Kinds numbered from `KIND_MAP` on: the collections, and RegExp objects.
fn trace_kind(m: &mut Marker, v: crate::abi::value::Value, kind: u8) {
    if binary_kind(kind) {
        // Their fields (the buffer of a view) are scanned with the cell.
        return;
    }
    if kind == crate::abi::heap::KIND_PROMISE || kind == crate::abi::heap::KIND_PROXY {
        // Every field is an ordinary word, traced with the cell.
        return;
    }
    if kind == crate::abi::heap::KIND_REGEXP {
        return crate::builtins::regexp::trace(m, v);
    }
    if weak_ref_kind(kind) {
        return crate::builtins::weakref::trace(m, v, kind);
    }
    crate::builtins::collections::trace(m, v, kind)
}

fn finalize_kind(v: crate::abi::value::Value, kind: u8) {
    if kind == crate::abi::heap::KIND_ARRAY_BUFFER {
        return crate::object::typed_array::finalize_buffer(v);
    }
    if binary_kind(kind) {
        return;
    }
    if kind == crate::abi::heap::KIND_REGEXP {
        return crate::builtins::regexp::finalize(v);
    }
    // Map, Set, WeakMap, WeakSet: their tables are heap cells (nothing to free).
    if weak_ref_kind(kind) {
        crate::builtins::weakref::finalize(v, kind);
    }
}

/// `WeakRef`s and `FinalizationRegistry`s (`builtins::weakref`).
fn weak_ref_kind(kind: u8) -> bool {
    use crate::abi::heap::{KIND_FINALIZATION_REGISTRY, KIND_WEAK_REF};
    matches!(kind, KIND_WEAK_REF | KIND_FINALIZATION_REGISTRY)
}

/// Clears what marking found dead in a weak table of any kind.
fn clear_dead_keys(v: crate::abi::value::Value) {
    let kind = crate::object::ordinary::obj(v).kind();
    if weak_ref_kind(kind) {
        crate::builtins::weakref::clear_dead(v, kind)
    } else {
        crate::builtins::collections::clear_dead_keys(v)
    }
}

/// The one table of hooks.
pub static HOOKS: Hooks = Hooks {
    roots: &[
        crate::exec::realm::trace_roots,
        crate::object::shape::trace_shared,
        crate::builtins::symbol::trace_roots,
        crate::builtins::collections::trace_roots,
        crate::builtins::array::trace_roots,
        crate::exec::generator::trace_roots,
        crate::builtins::regexp::trace_roots,
        crate::builtins::date::trace_roots,
        crate::builtins::binary::trace_roots,
        crate::builtins::promise::trace_roots,
        crate::builtins::async_fn::trace_roots,
        crate::builtins::async_generator::trace_roots,
        crate::builtins::timers::trace_roots,
        crate::builtins::process_events::trace_roots,
        crate::builtins::weakref::trace_roots,
        crate::builtins::node::io::trace_roots,
        pending_exception,
    ],
    trace_owned: crate::object::ordinary::trace_part,
    finalize_owned: crate::object::ordinary::finalize_part,
    trace_collection: trace_kind,
    finalize_error: crate::exec::error::finalize,
    finalize_collection: finalize_kind,
    trace_ephemerons: crate::builtins::collections::trace_ephemerons,
    clear_dead_keys,
    compact_tables: crate::builtins::collections::compact_tables,
    after_mark: &[
        crate::object::key::sweep_interned,
        crate::object::function::sweep_construct_cache,
        crate::builtins::timers::sweep_ids,
        crate::builtins::collections::forget_protocols,
        crate::object::inline_cache::forget_instance_of,
    ],
    empty_elements,
};
