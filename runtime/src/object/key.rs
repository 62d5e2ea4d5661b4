//! Property keys: array indices, interned strings and symbols.
//!
//! Named property keys stored in shapes are canonical: a string key is the one
//! interned string value with its text (flagged [`FLAG_INTERNED`] in its
//! header) and a symbol is its own identity, so shapes compare keys by bits.
//! Canonical numeric strings below 2³²−1 are array indices and never reach a
//! shape: they address elements.

use crate::abi::heap::{self, Header, KIND_STRING};
use crate::abi::value::{Value, TAG_SYMBOL};
use crate::exec::conv;
use crate::exec::exception::JsResult;
use crate::text::string;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// `Header::flags` bit of a string that is the canonical copy of its text.
pub const FLAG_INTERNED: u16 = 1;

pub use crate::abi::heap::KIND_SYMBOL;
/// Symbol flag: a private name (`#x`), never listed by reflection.
pub const SYMBOL_PRIVATE: u16 = 1;

/// A symbol: `Header(kind = KIND_SYMBOL, flags)` and its description.
#[repr(C)]
pub struct Symbol {
    pub header: Header,
    pub description: Value,
    /// Private names: the class that declares them (for brand-check errors).
    pub class_name: Value,
    /// Private methods: the one function (or accessor pair) every instance gets.
    pub method: Value,
}

/// A classified property key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// An array index (0 ..= 2³²−2).
    Index(u32),
    /// An interned string or a symbol.
    Named(Value),
}

/// The intern table's hasher: a multiply-rotate hash over 8 bytes at a time
/// (the "Fx" hash of rustc and Firefox). The standard SipHash cost a
/// quarter of a program's start-up (the realm interns every builtin's
/// name) and slows every computed property key; the table's keys are
/// JavaScript strings, which V8 also hashes with a fast non-cryptographic
/// hash. (Hand-written: a dozen lines, not worth a dependency.)
#[derive(Default, Clone, Copy)]
pub struct FxBuild;

impl std::hash::BuildHasher for FxBuild {
    type Hasher = Fx;
    fn build_hasher(&self) -> Fx {
        Fx(0)
    }
}

pub struct Fx(u64);

impl Fx {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ (rest.len() as u64) << 59);
        }
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

thread_local! {
    static TABLE: RefCell<HashMap<Vec<u16>, Value, FxBuild>> =
        const { RefCell::new(HashMap::with_hasher(FxBuild)) };
    /// Static strings (literals in read-only data cannot be flagged as
    /// interned) and their canonical copies, direct-mapped by address;
    /// emptied by each collection (the table is weak).
    static STATIC_CANON: [Cell<(u64, u64)>; STATIC_CANON_LEN] =
        const { [const { Cell::new((0, 0)) }; STATIC_CANON_LEN] };
    /// Keys of Rust text (`from_str("done")` in the runtime's hot paths),
    /// direct-mapped by the text's address and length and checked against
    /// the key's text on a hit (a temporary `String` may reuse an address);
    /// emptied by each collection like `STATIC_CANON`.
    static STR_KEYS: [Cell<(usize, usize, u64)>; STATIC_CANON_LEN] =
        const { [const { Cell::new((0, 0, 0)) }; STATIC_CANON_LEN] };
}

const STATIC_CANON_LEN: usize = 64;

fn static_canon_index(s: Value) -> usize {
    (s.0 as usize >> 3).wrapping_mul(0x9E37_79B9) >> 8 & (STATIC_CANON_LEN - 1)
}

fn header(s: Value) -> *mut Header {
    // SAFETY: string values point at a live string header.
    unsafe { heap::header_of(s) }
}

/// The canonical string value with the text of string `s`.
pub fn intern(s: Value) -> Value {
    debug_assert!(s.is_string());
    // SAFETY: see `header`.
    if unsafe { (*header(s)).flags } & FLAG_INTERNED != 0 {
        return s;
    }
    // SAFETY: see `header`.
    let is_static = unsafe { (*header(s)).gc } != heap::GC_HEAP;
    if is_static {
        let (from, canon) = STATIC_CANON.with(|c| c[static_canon_index(s)].get());
        if from == s.0 {
            return Value(canon);
        }
    }
    let units = string::units(s);
    if let Some(v) = TABLE.with(|t| t.borrow().get(units).copied()) {
        if is_static {
            remember_static(s, v);
        }
        return v;
    }
    // Heap strings become canonical in place; static ones (the one-character
    // table, literals in read-only data) are copied to a fresh heap string
    // (allocating may collect, so the table is not borrowed meanwhile).
    // SAFETY: see `header`.
    let canon = if unsafe { (*header(s)).gc } == heap::GC_HEAP {
        s
    } else {
        let (v, data) = string::alloc(units.len());
        data.copy_from_slice(string::units(s));
        v
    };
    // SAFETY: see `header`; heap strings are writable.
    unsafe { (*header(canon)).flags |= FLAG_INTERNED };
    TABLE.with(|t| t.borrow_mut().insert(string::units(canon).to_vec(), canon));
    if is_static {
        remember_static(s, canon);
    }
    canon
}

fn remember_static(s: Value, canon: Value) {
    STATIC_CANON.with(|c| c[static_canon_index(s)].set((s.0, canon.0)));
}

/// The interned string for Rust text.
pub fn intern_str(s: &str) -> Value {
    // Builtin names are short: encode on the stack, not the heap.
    let mut buf = [0u16; 64];
    let mut n = 0;
    for u in s.encode_utf16() {
        if n == buf.len() {
            let units: Vec<u16> = s.encode_utf16().collect();
            let found = TABLE.with(|t| t.borrow().get(units.as_slice()).copied());
            return found.unwrap_or_else(|| intern(string::from_units(&units)));
        }
        buf[n] = u;
        n += 1;
    }
    let units = &buf[..n];
    let found = TABLE.with(|t| t.borrow().get(units).copied());
    found.unwrap_or_else(|| intern(string::from_units(units)))
}

/// Whether `v` is a symbol.
#[inline]
pub fn is_symbol(v: Value) -> bool {
    v.tag() == TAG_SYMBOL
}

/// A new symbol with `description` (a string or undefined).
pub fn new_symbol(description: Value, flags: u16) -> Value {
    let p = crate::gc::alloc(KIND_SYMBOL, 0, std::mem::size_of::<Symbol>()) as *mut Symbol;
    // SAFETY: fresh allocation of a Symbol.
    unsafe {
        (*p).header.flags = flags;
        (*p).description = description;
        (*p).class_name = Value::UNDEFINED;
        (*p).method = Value::UNDEFINED;
    }
    Value::from_tagged_ptr(TAG_SYMBOL, p)
}

/// The fields of a symbol.
pub fn symbol(v: Value) -> &'static mut Symbol {
    debug_assert!(is_symbol(v));
    // SAFETY: symbol values point at a live Symbol (single-threaded JS).
    unsafe { &mut *(v.payload() as *mut Symbol) }
}

/// Whether `v` is a private name.
pub fn is_private(v: Value) -> bool {
    is_symbol(v) && symbol(v).header.flags & SYMBOL_PRIVATE != 0
}

/// The key of a string value.
pub fn from_string(s: Value) -> Key {
    match string::array_index(string::units(s)) {
        Some(i) => Key::Index(i),
        None => Key::Named(intern(s)),
    }
}

/// The key of Rust text.
pub fn from_str(s: &str) -> Key {
    let i = ((s.as_ptr() as usize >> 3) ^ s.len()).wrapping_mul(0x9E37_79B9) >> 8
        & (STATIC_CANON_LEN - 1);
    let (p, n, k) = STR_KEYS.with(|c| c[i].get());
    if p == s.as_ptr() as usize && n == s.len() && k != 0 {
        let k = Value(k);
        let u = string::units(k);
        if u.len() == s.len() && s.bytes().zip(u).all(|(b, &w)| w == b as u16) {
            return Key::Named(k);
        }
    }
    let key = from_string(string::from_str(s));
    if let Key::Named(v) = key {
        if s.is_ascii() {
            STR_KEYS.with(|c| c[i].set((s.as_ptr() as usize, s.len(), v.0)));
        }
    }
    key
}

/// ToPropertyKey, classified.
pub fn to_key(v: Value) -> JsResult<Key> {
    if v.is_number() {
        let x = v.as_number();
        if (0.0..4294967295.0).contains(&x) && x == x.trunc() {
            return Ok(Key::Index(x as u32));
        }
    }
    if v.is_string() {
        return Ok(from_string(v));
    }
    if is_symbol(v) {
        return Ok(Key::Named(v));
    }
    let k = conv::to_property_key(v)?;
    Ok(if is_symbol(k) {
        Key::Named(k)
    } else {
        from_string(k)
    })
}

impl Key {
    /// The key as a JS value (a string for indices and names, or the symbol).
    pub fn to_value(self) -> Value {
        match self {
            Key::Index(i) => string::from_str(&i.to_string()),
            Key::Named(v) => v,
        }
    }

    /// Text for error messages (`x`, `0`, `Symbol(desc)`).
    pub fn display(self) -> String {
        match self {
            Key::Index(i) => i.to_string(),
            Key::Named(v) if is_symbol(v) => {
                let d = symbol(v).description;
                if is_private(v) {
                    string::to_rust(d)
                } else if d.is_string() {
                    format!("Symbol({})", string::to_rust(d))
                } else {
                    "Symbol()".to_owned()
                }
            }
            Key::Named(v) => string::to_rust(v),
        }
    }
}

/// The kind byte of a string header (for assertions).
pub fn is_string_header(v: Value) -> bool {
    // SAFETY: see `header`.
    v.is_string() && unsafe { (*header(v)).kind } == KIND_STRING
}

/// Collector: forgets interned strings that died (the table is weak; shapes
/// and everything else that compares keys by identity keep theirs alive).
pub fn sweep_interned() {
    TABLE.with(|t| t.borrow_mut().retain(|_, v| crate::gc::is_marked(*v)));
    STATIC_CANON.with(|c| c.iter().for_each(|e| e.set((0, 0))));
    STR_KEYS.with(|c| c.iter().for_each(|e| e.set((0, 0, 0))));
}
