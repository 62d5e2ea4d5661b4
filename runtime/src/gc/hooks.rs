//! What the layers above the collector tell it: the runtime's own roots and
//! the Rust-side parts that some kinds of heap things own.
//!
//! The collector imports nothing above `text`; the modules that implement
//! objects, errors and collections provide these functions instead, and
//! `host::gc_hooks::HOOKS` gathers them into one [`Hooks`] table that the
//! process entry passes to [`super::init`] (collection never runs before).

use super::mark::Marker;
use crate::abi::value::Value;
use std::sync::OnceLock;

/// The collector's view of the layers above it (plain function pointers).
pub struct Hooks {
    /// Mark the runtime's own roots (thread-local tables of values), in order.
    pub roots: &'static [fn(&mut Marker)],
    /// Marks what an object with `FLAG_OWNS_RUST` owns (its sparse element
    /// map, its dictionary shape).
    pub trace_owned: fn(&mut Marker, Value),
    /// Frees what a dead object's own Rust-side parts (sparse map,
    /// dictionary shape), after any kind-specific finalizer.
    pub finalize_owned: fn(Value),
    /// Marks the table of a collection (`kind >= KIND_MAP`).
    pub trace_collection: fn(&mut Marker, Value, u8),
    /// Frees what a dead error object (`KIND_ERROR`) owns.
    pub finalize_error: fn(Value),
    /// Frees what a dead collection (`kind >= KIND_MAP`) owns.
    pub finalize_collection: fn(Value, u8),
    /// Marks the values of a reached weak table whose keys are marked
    /// (one ephemeron round).
    pub trace_ephemerons: fn(&mut Marker, Value),
    /// Drops a weak table's entries whose keys died.
    pub clear_dead_keys: fn(Value),
    /// Compacts the Map/Set tables marking found with many tombstones.
    pub compact_tables: fn(&[Value], u64),
    /// Run after marking, in order: forget what died in the runtime's weak
    /// caches (interned strings, the construct-site cache).
    pub after_mark: &'static [fn()],
    /// The address of the shared empty elements block (not a heap cell).
    pub empty_elements: fn() -> usize,
}

static HOOKS: OnceLock<&'static Hooks> = OnceLock::new();

/// Registers the hooks (the first registration wins: there is one table).
pub fn register(hooks: &'static Hooks) {
    let _ = HOOKS.set(hooks);
}

/// The registered hooks.
///
/// # Panics
/// If none were registered: collection only runs after [`super::init`].
#[inline]
pub fn get() -> &'static Hooks {
    HOOKS.get().expect("gc hooks registered by gc::init")
}
