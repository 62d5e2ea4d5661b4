//! The kiln runtime: the library every compiled JavaScript program links against.
//!
//! Compiled code calls the `extern "C"` entry points listed in [`abi`]; the
//! compiler also reads the layouts and name tables there ([`abi::value`],
//! [`abi::heap`], [`abi::layout`], [`abi::names`]), and nothing else but two
//! text algorithms it runs at compile time (`text::number_format::to_rust_string`,
//! `text::string::array_index`). JavaScript is single-threaded: the runtime's
//! globals (the pending exception, buffered stdout, the `Math.random` state)
//! belong to the one thread running JS.
//!
//! The modules are folders by layer, each importing only from the layers
//! before it in the list below (`scripts/check-layers.sh` checks it; see
//! `README.md` beside this file).
//!
//! Node.js is the reference for every observable behaviour: number formatting,
//! coercions, error messages, `console.log` output and `Math` results.

// The layers, bottom to top.
pub mod abi;

pub mod sys;

pub mod math;

pub mod gc;

pub mod text;

// `object` and `exec` form one layer: the internal methods throw, convert
// and call; conversions and calls use the internal methods.
pub mod exec;
pub mod object;

pub mod builtins;

pub mod host;
