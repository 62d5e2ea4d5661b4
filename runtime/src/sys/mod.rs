//! The operating system side every layer may use: the process's output streams.
//!
//! Imports nothing but the standard library (see `runtime/src/README.md`).

pub mod output;
