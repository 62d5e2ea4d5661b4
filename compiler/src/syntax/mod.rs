//! Syntax: parsing JavaScript with swc ([`parse`]) and helpers over its AST ([`ast`]).
//!
//! May import only `diag` and swc: everything else builds on it.

pub mod ast;
pub mod parse;
