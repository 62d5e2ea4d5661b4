//! JavaScript strings: immutable sequences of UTF-16 code units on the heap.
//!
//! A string value is a [`TAG_STRING`] pointer to a [`heap::StringHeader`] whose
//! `aux` is the length in code units, followed by the `u16` data. Strings built
//! here are allocated through [`crate::gc::alloc`]; the empty string and the 128
//! one-character ASCII strings are static (`GC_STATIC`) so that indexing and
//! `charAt` loops do not allocate. Nothing else is interned.
//!
//! Invariant relied on throughout the runtime: a value tagged [`TAG_STRING`]
//! always points at a live, well-formed string (heap or static literal), and
//! strings are never freed or moved while the runtime holds a slice of them
//! (the collector never moves anything, and a slice held on the stack is an
//! interior pointer that keeps its string alive).

use crate::abi::heap::{self, Header, GC_STATIC, KIND_STRING};
use crate::abi::value::{Value, TAG_STRING};
use std::cmp::Ordering;

/// The maximum string length in code units (V8's `String::kMaxLength`).
pub const MAX_LENGTH: usize = (1 << 29) - 24;

/// A string with the heap layout built at compile time (`GC_STATIC`); use
/// [`lit!`](crate::lit) to make one.
#[repr(C, align(8))]
pub struct StaticStr<const N: usize> {
    header: Header,
    data: [u16; N],
}

impl<const N: usize> StaticStr<N> {
    /// A static string of the ASCII text `s` (`s.len()` must be `N`).
    pub const fn new(s: &str) -> Self {
        let b = s.as_bytes();
        assert!(b.len() == N, "static string length mismatch");
        let mut data = [0u16; N];
        let mut i = 0;
        while i < N {
            assert!(b[i] < 128, "static strings are ASCII");
            data[i] = b[i] as u16;
            i += 1;
        }
        StaticStr {
            header: static_header(N as u32),
            data,
        }
    }

    /// The string value of this static string.
    #[inline]
    pub fn value(&'static self) -> Value {
        Value::from_tagged_ptr(TAG_STRING, self as *const Self)
    }
}

/// A static string value for an ASCII literal, without allocating:
/// `lit!("undefined")`.
#[macro_export]
macro_rules! lit {
    ($s:expr) => {{
        static S: $crate::text::string::StaticStr<{ $s.len() }> =
            $crate::text::string::StaticStr::new($s);
        S.value()
    }};
}

const fn static_header(len: u32) -> Header {
    Header {
        kind: KIND_STRING,
        gc: GC_STATIC,
        flags: 0,
        aux: len,
    }
}

static EMPTY: StaticStr<0> = StaticStr {
    header: static_header(0),
    data: [],
};

/// The static one-character ASCII strings, exported for compiled `s[i]`
/// (`abi::DATA_ASCII_STRINGS`).
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static kiln_ascii_strings: [StaticStr<4>; 128] = {
    let mut t = [const {
        StaticStr {
            header: static_header(1),
            data: [0; 4],
        }
    }; 128];
    let mut i = 0;
    while i < 128 {
        t[i].data[0] = i as u16;
        i += 1;
    }
    t
};
const _: () =
    assert!(std::mem::size_of::<StaticStr<4>>() as i64 == crate::abi::ASCII_STRING_STRIDE);

/// The empty string.
#[inline]
pub fn empty() -> Value {
    Value::from_tagged_ptr(TAG_STRING, &EMPTY as *const StaticStr<0>)
}

/// Allocates an uninitialised (zeroed) string of `len` code units and returns
/// the value and its data, to be filled in before the value escapes.
///
/// Callers must keep `len <= MAX_LENGTH` (see [`check_length`]).
pub fn alloc(len: usize) -> (Value, &'static mut [u16]) {
    let aux = u32::try_from(len).expect("string length exceeds u32");
    let p = crate::gc::alloc(
        KIND_STRING,
        aux,
        heap::STRING_DATA_OFFSET as usize + 2 * len,
    );
    // SAFETY: the allocation holds `len` u16s after the 8-byte header, is zeroed
    // and lives as long as something (a stack slice included) points into it.
    let data = unsafe {
        let d = (p as *mut u8).add(heap::STRING_DATA_OFFSET as usize) as *mut u16;
        std::slice::from_raw_parts_mut(d, len)
    };
    (Value::from_tagged_ptr(TAG_STRING, p), data)
}

/// A string value holding a copy of `units`.
pub fn from_units(units: &[u16]) -> Value {
    match units {
        [] => empty(),
        [c] if *c < 128 => ascii_char(*c as u8),
        _ => {
            let (v, data) = alloc(units.len());
            data.copy_from_slice(units);
            v
        }
    }
}

/// A string value from Rust text (UTF-8 transcoded to UTF-16).
pub fn from_str(s: &str) -> Value {
    if s.is_ascii() {
        let b = s.as_bytes();
        if b.len() <= 1 {
            return b.first().map_or_else(empty, |&c| ascii_char(c));
        }
        let (v, data) = alloc(b.len());
        for (d, &c) in data.iter_mut().zip(b) {
            *d = c as u16;
        }
        return v;
    }
    let units: Vec<u16> = s.encode_utf16().collect();
    from_units(&units)
}

/// The static one-character string for ASCII code `c` (< 128).
#[inline]
pub fn ascii_char(c: u8) -> Value {
    Value::from_tagged_ptr(
        TAG_STRING,
        &kiln_ascii_strings[c as usize & 127] as *const StaticStr<4>,
    )
}

/// A one-code-unit string.
pub fn from_unit(c: u16) -> Value {
    if c < 128 {
        ascii_char(c as u8)
    } else {
        from_units(&[c])
    }
}

/// The code units of a string value.
#[inline]
pub fn units(v: Value) -> &'static [u16] {
    debug_assert!(v.is_string(), "not a string: {v:?}");
    // SAFETY: string values point at a live string (module invariant).
    unsafe {
        let h = heap::header_of(v);
        let len = (*h).aux as usize;
        if (*h).flags & FLAG_ROPE != 0 {
            return std::slice::from_raw_parts(flatten(h as *mut Rope), len);
        }
        let d = (h as *const u8).add(heap::STRING_DATA_OFFSET as usize) as *const u16;
        std::slice::from_raw_parts(d, len)
    }
}

pub use crate::abi::heap::FLAG_ROPE;

/// Concatenations at least this long become ropes instead of copies.
const ROPE_MIN: usize = 32;

/// A lazy concatenation `left + right` (`KIND_STRING`, `FLAG_ROPE`, `aux` =
/// the total length). Building a string with `s += x` in a loop then costs
/// one small node per step instead of a copy of everything so far; the
/// first read of the text flattens it once (and caches the flat copy).
/// Compiled code only reads a string's length (`aux`), never its data, so
/// every reader goes through [`units`].
#[repr(C)]
pub struct Rope {
    header: Header,
    left: Value,
    right: Value,
    /// The flattened text (null until first read).
    flat: *const u16,
}

/// Copies the text of rope `r` into one buffer (iteratively: ropes built by
/// a loop are deep) and caches it.
///
/// # Safety
/// `r` must point at a live rope.
unsafe fn flatten(r: *mut Rope) -> *const u16 {
    // SAFETY: guaranteed by the caller; children are live strings.
    unsafe {
        if !(*r).flat.is_null() {
            return (*r).flat;
        }
        let len = (*r).header.aux as usize;
        let (_, data) = alloc(len);
        let mut at = 0;
        let mut stack = vec![(*r).right, (*r).left];
        while let Some(s) = stack.pop() {
            let h = heap::header_of(s);
            if (*h).flags & FLAG_ROPE != 0 && (*(h as *mut Rope)).flat.is_null() {
                let child = h as *mut Rope;
                stack.push((*child).right);
                stack.push((*child).left);
                continue;
            }
            let u = units(s);
            data[at..at + u.len()].copy_from_slice(u);
            at += u.len();
        }
        (*r).flat = data.as_ptr();
        (*r).flat
    }
}

const _: () = assert!(std::mem::offset_of!(Rope, flat) == heap::ROPE_FLAT_OFFSET as usize);

/// The length of a string value in code units.
#[inline]
pub fn len(v: Value) -> usize {
    debug_assert!(v.is_string());
    // SAFETY: string values point at a live string header.
    unsafe { (*heap::header_of(v)).aux as usize }
}

/// The string as Rust text; lone surrogates become U+FFFD.
pub fn to_rust(v: Value) -> String {
    String::from_utf16_lossy(units(v))
}

/// Appends the string's UTF-8 encoding (lone surrogates as U+FFFD) to `out`.
pub fn write_utf8(out: &mut Vec<u8>, units: &[u16]) {
    if units.iter().all(|&c| c < 128) {
        out.extend(units.iter().map(|&c| c as u8));
        return;
    }
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// Whether a new string of `len` code units may be created.
#[inline]
pub fn check_length(len: usize) -> bool {
    len <= MAX_LENGTH
}

/// Concatenates two strings; `None` if the result would exceed [`MAX_LENGTH`].
pub fn concat(a: Value, b: Value) -> Option<Value> {
    let (la, lb) = (len(a), len(b));
    if lb == 0 {
        return Some(a);
    }
    if la == 0 {
        return Some(b);
    }
    let n = la + lb;
    if !check_length(n) {
        return None;
    }
    if n >= ROPE_MIN {
        let p = crate::gc::alloc(KIND_STRING, n as u32, std::mem::size_of::<Rope>()) as *mut Rope;
        // SAFETY: a fresh allocation of a Rope (its header already written).
        unsafe {
            (*p).header.flags = FLAG_ROPE;
            (*p).left = a;
            (*p).right = b;
            (*p).flat = std::ptr::null();
        }
        return Some(Value::from_tagged_ptr(TAG_STRING, p));
    }
    let (ua, ub) = (units(a), units(b));
    let (v, data) = alloc(n);
    data[..ua.len()].copy_from_slice(ua);
    data[ua.len()..].copy_from_slice(ub);
    Some(v)
}

/// Concatenates many code-unit slices; `None` if too long.
pub fn concat_all(parts: &[&[u16]]) -> Option<Value> {
    let n: usize = parts.iter().map(|p| p.len()).sum();
    if !check_length(n) {
        return None;
    }
    if n <= 1 {
        return Some(
            parts
                .iter()
                .find(|p| !p.is_empty())
                .map_or_else(empty, |p| from_units(p)),
        );
    }
    let (v, data) = alloc(n);
    let mut at = 0;
    for p in parts {
        data[at..at + p.len()].copy_from_slice(p);
        at += p.len();
    }
    Some(v)
}

/// Compares two strings by UTF-16 code units (JS relational comparison).
#[inline]
pub fn compare(a: Value, b: Value) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    units(a).cmp(units(b))
}

/// Whether two string values have the same contents.
#[inline]
pub fn equals(a: Value, b: Value) -> bool {
    a == b || units(a) == units(b)
}

/// Whether `c` is a JS WhiteSpace or LineTerminator code point (what `trim`
/// removes and what StringToNumber skips).
pub fn is_js_space(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// `units` without leading and trailing JS whitespace.
pub fn trim(units: &[u16]) -> &[u16] {
    trim_end(trim_start(units))
}

/// `units` without leading JS whitespace.
pub fn trim_start(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_space(c))
        .unwrap_or(units.len());
    &units[start..]
}

/// `units` without trailing JS whitespace.
pub fn trim_end(units: &[u16]) -> &[u16] {
    let end = units
        .iter()
        .rposition(|&c| !is_js_space(c))
        .map_or(0, |i| i + 1);
    &units[..end]
}

/// The array index a property-key string denotes (`"0"`, `"17"`; not `"01"`,
/// `"-0"`, `"1.0"`), if any.
pub fn array_index(units: &[u16]) -> Option<u32> {
    match units {
        [] => None,
        [c] if (b'0' as u16..=b'9' as u16).contains(c) => Some((*c - b'0' as u16) as u32),
        [first, ..] if *first == b'0' as u16 || units.len() > 10 => None,
        _ => {
            let mut n: u64 = 0;
            for &c in units {
                if !(b'0' as u16..=b'9' as u16).contains(&c) {
                    return None;
                }
                n = n * 10 + (c - b'0' as u16) as u64;
            }
            // 2^32 - 1 is not an array index.
            (n < u32::MAX as u64).then_some(n as u32)
        }
    }
}

/// Finds `needle` in `hay` at or after `from`.
pub fn index_of(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() || from > hay.len() - needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = from;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&c| c == first) {
            None => return None,
            Some(off) => i += off,
        }
        if hay[i..i + needle.len()] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Finds the last `needle` in `hay` starting at or before `from`.
pub fn last_index_of(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let start = from.min(hay.len() - needle.len());
    (0..=start)
        .rev()
        .find(|&i| hay[i..i + needle.len()] == *needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ropes_flatten_once_and_deeply() {
        // A left-deep rope of 100 000 steps (as `s += "ab"` in a loop builds).
        let mut r = from_str("start-of-a-long-string-0123456789");
        for _ in 0..100_000 {
            r = concat(r, from_str("ab")).unwrap();
        }
        assert_eq!(len(r), 33 + 200_000);
        let u = units(r);
        assert_eq!(u.len(), 33 + 200_000);
        assert_eq!(&u[..5], &"start".encode_utf16().collect::<Vec<_>>()[..]);
        assert_eq!(&u[u.len() - 2..], &[b'a' as u16, b'b' as u16]);
        // A rope of ropes, and interning a rope.
        let big = concat(r, r).unwrap();
        assert_eq!(units(big).len(), 2 * len(r));
        let k = crate::object::key::intern(
            concat(
                from_str("0123456789abcdefghij"),
                from_str("0123456789abcdefghij"),
            )
            .unwrap(),
        );
        assert_eq!(to_rust(k), "0123456789abcdefghij0123456789abcdefghij");
        assert!(equals(
            k,
            from_str("0123456789abcdefghij0123456789abcdefghij")
        ));
    }

    fn s(t: &str) -> Value {
        from_str(t)
    }

    #[test]
    fn round_trip() {
        for t in ["", "a", "hello", "héllo wörld", "😀 emoji", "\u{7f}"] {
            assert_eq!(to_rust(s(t)), t);
            assert_eq!(len(s(t)), t.encode_utf16().count());
        }
    }

    #[test]
    fn static_literals() {
        let v = crate::lit!("undefined");
        assert_eq!(to_rust(v), "undefined");
        let f = || crate::lit!("abc");
        assert_eq!(f(), f());
        assert_eq!(len(crate::lit!("")), 0);
    }

    #[test]
    fn static_chars() {
        assert_eq!(to_rust(ascii_char(b'x')), "x");
        assert_eq!(from_units(&[b'q' as u16]), ascii_char(b'q'));
        assert_eq!(len(empty()), 0);
        assert!(equals(from_str(""), empty()));
    }

    #[test]
    fn lone_surrogates_are_lossy() {
        assert_eq!(to_rust(from_units(&[0xD800, b'a' as u16])), "\u{FFFD}a");
    }

    #[test]
    fn concat_and_equality() {
        let c = concat(s("foo"), s("bar")).unwrap();
        assert_eq!(to_rust(c), "foobar");
        assert!(equals(c, s("foobar")));
        assert!(!equals(c, s("fooba")));
        assert_eq!(concat(empty(), c), Some(c));
        assert_eq!(
            to_rust(concat_all(&[&[97], &[], &[98, 99]]).unwrap()),
            "abc"
        );
    }

    #[test]
    fn compare_by_code_units() {
        assert_eq!(compare(s("a"), s("b")), Ordering::Less);
        assert_eq!(compare(s("ab"), s("a")), Ordering::Greater);
        assert_eq!(compare(s("B"), s("a")), Ordering::Less);
        // U+FF61 (one unit 0xFF61) sorts after U+1F600 (surrogates 0xD83D 0xDE00)
        // by code units, although its code point is smaller.
        assert_eq!(compare(s("\u{FF61}"), s("😀")), Ordering::Greater);
        assert_eq!(compare(s("\u{E000}"), s("😀")), Ordering::Greater);
        assert_eq!(compare(s(""), s("")), Ordering::Equal);
    }

    #[test]
    fn array_indices() {
        let idx = |t: &str| array_index(&t.encode_utf16().collect::<Vec<_>>());
        assert_eq!(idx("0"), Some(0));
        assert_eq!(idx("42"), Some(42));
        assert_eq!(idx("4294967294"), Some(4294967294));
        assert_eq!(idx("4294967295"), None);
        assert_eq!(idx("01"), None);
        assert_eq!(idx("-0"), None);
        assert_eq!(idx("1.0"), None);
        assert_eq!(idx(""), None);
    }

    #[test]
    fn searching() {
        let u = |t: &str| t.encode_utf16().collect::<Vec<_>>();
        assert_eq!(index_of(&u("hello"), &u("l"), 0), Some(2));
        assert_eq!(index_of(&u("hello"), &u("l"), 3), Some(3));
        assert_eq!(index_of(&u("hello"), &u(""), 5), Some(5));
        assert_eq!(index_of(&u("hello"), &u("lo!"), 0), None);
        assert_eq!(last_index_of(&u("hello"), &u("l"), 99), Some(3));
        assert_eq!(last_index_of(&u("hello"), &u("l"), 2), Some(2));
        assert_eq!(last_index_of(&u("hello"), &u("h"), 0), Some(0));
    }

    #[test]
    fn whitespace() {
        let u: Vec<u16> = "\u{FEFF}\t a b\u{3000}\n".encode_utf16().collect();
        assert_eq!(String::from_utf16(trim(&u)).unwrap(), "a b");
        assert!(!is_js_space(0x180E));
        assert!(is_js_space(0x2028));
    }
}
