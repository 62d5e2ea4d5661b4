//! The speculative tiers: code that bets on what the program usually does and
//! falls back to the plain lowering ([`crate::lower`]) when the bet fails.
//!
//! Each tier has one entry point, called from `lower/`:
//! - [`region`]: `FnGen::try_lower_region` runs a run of statements (or a
//!   counted loop) as a region with guarded fast paths;
//! - [`inline`]: `FnGen::try_inline_call` inlines a small method at
//!   `o.m(args)` or a class constructor at `new C(args)`, and else (through
//!   [`direct`]) calls a method's type-specialised clone directly;
//! - [`speculate`]: `FnGen::try_speculate` computes arithmetic over property
//!   reads (and `o.x += e`, `o.x++`) on a fast path.
//!
//! `opt/` may import `lower/` (its slow paths are the plain lowering);
//! `lower/` names nothing here but these hooks and their argument types.

pub mod direct;
pub mod inline;
pub mod region;
pub mod speculate;
