//! Execution: exceptions and errors, conversions, operators, frames and the
//! stack walk, classes and `super`, the iteration protocol, and the realm's
//! intrinsic objects.
//!
//! May import `abi`, `gc`, `math`, `text`, `object` (see `runtime/src/README.md`).

pub mod bigint;
pub mod class;
pub mod conv;
pub mod error;
pub mod exception;
pub mod frames;
pub mod generator;
pub mod iteration;
pub mod operators;
pub mod realm;
pub mod with_env;
