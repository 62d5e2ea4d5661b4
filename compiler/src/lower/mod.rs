//! Lowering: one file per construct family, with one `gen_*` per AST node kind.
//!
//! Every file adds methods to [`crate::codegen::func::FnGen`]. Expressions are
//! generated for a value ([`FnGen::gen_expr`](crate::codegen::func::FnGen::gen_expr)),
//! for effect or for a branch ([`expr`]). The speculative tiers ([`crate::opt`])
//! are entered from here only through their hooks:
//! [`try_lower_region`](crate::codegen::func::FnGen::try_lower_region) (statement
//! runs, from [`stmt`]), [`try_inline_call`](crate::codegen::func::FnGen::try_inline_call)
//! (method calls and `new`, from [`call`] and [`construct`]) and
//! [`try_speculate`](crate::codegen::func::FnGen::try_speculate) (arithmetic on
//! properties, from [`ops`] and [`property`]); with the tiers off (`-O0`) every
//! hook declines and the code below is all there is.

pub mod call;
pub mod class;
pub mod construct;
pub mod control;
pub mod expr;
pub mod function;
pub mod literals;
pub mod loops;
pub mod ops;
pub mod patterns;
pub mod property;
pub mod stmt;
pub mod typed_array;
pub mod with;
