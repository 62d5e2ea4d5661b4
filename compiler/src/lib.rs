//! kiln: an ahead-of-time compiler from JavaScript to native x86-64 executables.
//!
//! Pipeline: [`syntax`] (swc parse) → [`analysis`] (scopes, storage, leaf
//! types) → [`codegen`] (the module and function context) driving [`lower`]
//! (plain lowering per construct) and [`opt`] (speculative tiers) to
//! Cranelift IR → [`emit`] (frame table, DWARF, listings) → object file →
//! `kiln_linker` (executable). The [`driver`] runs it; `src/main.rs` is the
//! command line. See src/README.md for the layout and docs/ARCHITECTURE.md
//! for the design.

pub mod analysis;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod emit;
pub mod lower;
pub mod modules;
pub mod opt;
pub mod syntax;
