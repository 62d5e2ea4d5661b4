//! Text: JavaScript strings and ropes, number↔string conversion, collation.
//!
//! May import `abi`, `gc`, `math` (see `runtime/src/README.md` for the layer order).

pub mod collate;
pub mod number_format;
pub mod number_parse;
pub mod string;
