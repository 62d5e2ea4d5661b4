//! The host: the process entry (the JS thread, its stack, exit status and
//! uncaught errors) and the hooks it hands the collector.
//!
//! The top layer: may import everything (see `runtime/src/README.md`).

pub mod entry;
pub mod event_loop;
pub mod gc_hooks;
