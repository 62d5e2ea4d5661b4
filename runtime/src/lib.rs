//! The kiln runtime: the library every compiled JavaScript program links against.
//!
//! Compiled code calls the `extern "C"` entry points listed in [`abi`]; the
//! compiler also reads this crate's layout constants ([`value`], [`heap`]) and
//! name tables ([`builtins`], [`error`], [`ops::BinOp`]). JavaScript is
//! single-threaded: the runtime's globals (the pending exception, buffered
//! stdout, the `Math.random` state) belong to the one thread running JS.
//!
//! Node.js is the reference for every observable behaviour: number formatting,
//! coercions, error messages, `console.log` output and `Math` results.

pub mod abi;
pub mod heap;
pub mod value;

pub mod builtins;
pub mod class;
pub mod collate;
pub mod console;
pub mod conv;
pub mod entry;
pub mod error;
pub mod exception;
pub mod fdlibm;
pub mod frames;
pub mod function;
pub mod gc;
pub mod hyperbolic;
pub mod inspect;
pub mod key;
pub mod lib_array;
pub mod lib_collections;
pub mod lib_function;
pub mod lib_json;
pub mod lib_object;
pub mod lib_primitives;
pub mod lib_symbol;
pub mod math;
pub mod number;
pub mod object;
pub mod ops;
pub mod parse;
pub mod property;
pub mod props;
pub mod realm;
pub mod shape;
pub mod string;
pub mod string_methods;
pub mod trig;
