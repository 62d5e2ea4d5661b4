//! kiln: an ahead-of-time compiler from JavaScript to native x86-64 executables.
//!
//! Pipeline: [`parse`] (swc) → [`resolve`] (scopes, storage, leaf types) →
//! [`codegen`] (Cranelift IR, object file) → `kiln_linker` (executable). The
//! [`driver`] runs it; `src/main.rs` is the command line. See
//! docs/ARCHITECTURE.md for the design.

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod parse;
pub mod resolve;
