//! Objects: ordinary objects and their layout, shapes (hidden classes), property
//! keys, function objects, the internal methods and the inline caches.
//!
//! May import `abi`, `gc`, `math`, `text` (see `runtime/src/README.md`).

pub mod arguments;
pub mod descriptor;
pub mod function;
pub mod inline_cache;
pub mod internal_methods;
pub mod key;
pub mod ordinary;
pub mod proxy;
pub mod shape;
pub mod typed_array;
