//! The builtin globals: one module per global object or family (`Array`,
//! `Object`, `Function`, `JSON`, `Map`/`Set`, `Symbol`, the primitive wrappers'
//! prototypes, the global functions), installed onto the realm's intrinsics.
//!
//! May import every layer below `host` (see `runtime/src/README.md`).

pub mod array;
pub mod async_fn;
pub mod async_generator;
pub mod async_iteration;
pub mod bigint;
pub mod binary;
pub mod collections;
pub mod console;
pub mod date;
pub mod error;
pub mod function;
pub mod generator;
pub mod global;
pub mod json;
pub mod node;
pub mod object;
pub mod primitives;
pub mod process_events;
pub mod promise;
pub mod proxy;
pub mod reflect;
pub mod regexp;
pub mod string_methods;
pub mod symbol;
pub mod timers;
pub mod weakref;

use crate::exec::realm::Realm;

/// Every builtin's installer, in the order they run: each defines its
/// globals and methods on the intrinsics the realm created (the order fixes
/// the global object's property order).
pub const INSTALLERS: &[fn(&Realm)] = &[
    error::install,
    object::install,
    function::install,
    array::install,
    primitives::install,
    primitives::install_uri,
    json::install,
    symbol::install,
    collections::install,
    weakref::install,
    generator::install,
    regexp::install,
    date::install,
    bigint::install,
    reflect::install,
    binary::install,
    promise::install,
    async_fn::install,
    async_generator::install,
    timers::install,
    process_events::install,
    node::install,
    proxy::install,
    array::install_unscopables,
];

/// Installs every builtin onto `realm` (called once, as the realm is created).
pub fn install_all(realm: &Realm) {
    for install in INSTALLERS {
        install(realm);
    }
}
