//! What is written next to the machine code: the frame table for stack traces
//! ([`frames`]), DWARF line info ([`debuginfo`]) and the `--emit clif`
//! listing ([`writer`]).
//!
//! Called by the module driver (`codegen/mod.rs`) after each function and at
//! the end of the module; may import `codegen/` core and `analysis/`, never
//! `lower/` or `opt/`.

pub mod debuginfo;
pub mod frames;
pub mod writer;
