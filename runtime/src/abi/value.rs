//! NaN-boxed JavaScript values: the one definition of the 64-bit value layout.
//!
//! Every JavaScript value is one 64-bit word. Numbers are stored as the raw
//! IEEE-754 bits of their `f64`; everything else lives in the negative quiet-NaN
//! space above `0xFFF8_0000_0000_0000`, which no canonical double occupies:
//!
//! ```text
//!  63      48 47                                            0
//! +----------+-----------------------------------------------+
//! |  0x0000  |                                               |  \
//! |   ...    |          any f64 bit pattern                  |   } number (f64 bits)
//! |  0xFFF8  |  (NaNs canonical: 0x7FF8.. or 0xFFF8_0..0)    |  /
//! +----------+-----------------------------------------------+
//! |  0xFFF9  | 0 = undefined, 1 = hole (TDZ/uninitialised),  |  special constants
//! |          | 2 = exception marker (never a JS value)       |
//! |  0xFFFA  | 0 = null                                      |
//! |  0xFFFB  | 0 = false, 1 = true                           |  boolean
//! |  0xFFFC  | reserved (symbols)                            |
//! |  0xFFFD  | reserved (BigInt)                             |
//! |  0xFFFE  | 48-bit pointer to a heap string               |  string
//! |  0xFFFF  | 48-bit pointer to a heap object / function    |  object
//! +----------+-----------------------------------------------+
//! ```
//!
//! Invariant: every NaN stored in a boxed value has no payload, i.e. its bits are
//! `0x7FF8_0000_0000_0000` or `0xFFF8_0000_0000_0000` (the x86 default NaN). IEEE
//! arithmetic only propagates those, so compiled code boxes a number by a plain
//! bit cast; the runtime canonicalises any NaN it manufactures from foreign bits.
//! A value is a number exactly when `bits < TAG_FIRST_NON_NUMBER`.
//!
//! The compiler imports these constants (it depends on this crate as an rlib) and
//! never re-types them.

/// Bits 48..64 of a tagged (non-number) value.
pub const TAG_SHIFT: u32 = 48;
/// Mask selecting the 48-bit payload (pointer or small constant).
pub const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
/// Mask selecting the 16-bit tag.
pub const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
/// Every value whose bits are >= this is not a number.
pub const TAG_FIRST_NON_NUMBER: u64 = 0xFFF9_0000_0000_0000;

pub const TAG_SPECIAL: u64 = 0xFFF9;
pub const TAG_NULL: u64 = 0xFFFA;
pub const TAG_BOOL: u64 = 0xFFFB;
pub const TAG_SYMBOL: u64 = 0xFFFC;
pub const TAG_BIGINT: u64 = 0xFFFD;
pub const TAG_STRING: u64 = 0xFFFE;
pub const TAG_OBJECT: u64 = 0xFFFF;

pub const UNDEFINED: u64 = TAG_SPECIAL << TAG_SHIFT;
/// Marks a `let`/`const`/`class` binding that is not initialised yet (TDZ).
pub const HOLE: u64 = (TAG_SPECIAL << TAG_SHIFT) | 1;
/// Returned by compiled functions and runtime entry points to signal that an
/// exception is pending (see `exception.rs`). Never observable from JS.
pub const EXCEPTION: u64 = (TAG_SPECIAL << TAG_SHIFT) | 2;
/// The pending "exception" of a generator's `return()`: a return completion
/// travelling from a `yield` to the generator's end. `finally` blocks run on
/// its way; `catch` clauses rethrow it. Never observable from JS.
pub const GEN_RETURN: u64 = (TAG_SPECIAL << TAG_SHIFT) | 3;
/// The `new_target` with which the runtime starts a generator's body (any
/// other call of a generator function creates a generator object instead).
pub const GEN_START: u64 = (TAG_SPECIAL << TAG_SHIFT) | 4;
pub const NULL: u64 = TAG_NULL << TAG_SHIFT;
pub const FALSE: u64 = TAG_BOOL << TAG_SHIFT;
pub const TRUE: u64 = (TAG_BOOL << TAG_SHIFT) | 1;
/// The canonical NaN.
pub const NAN: u64 = 0x7FF8_0000_0000_0000;

/// Functions returning an unboxed `f64` (type-specialised direct entries) signal
/// a pending exception with this signalling-NaN bit pattern. Arithmetic never
/// produces it (x86 quiets signalling NaNs) and boxed numbers never hold it.
pub const EXCEPTION_F64: u64 = 0x7FF4_DEAD_0000_0001;

const _: () = {
    assert!(UNDEFINED >= TAG_FIRST_NON_NUMBER);
    assert!(0xFFF8_0000_0000_0000u64 < TAG_FIRST_NON_NUMBER);
    assert!(NAN < TAG_FIRST_NON_NUMBER);
    assert!((TAG_OBJECT << TAG_SHIFT) | PAYLOAD_MASK == u64::MAX);
    assert!(TRUE & 1 == 1 && FALSE & 1 == 0 && TRUE ^ FALSE == 1);
    // The f64 exception marker is a NaN and is not the canonical NaN.
    assert!(EXCEPTION_F64 & 0x7FF0_0000_0000_0000 == 0x7FF0_0000_0000_0000);
    assert!(EXCEPTION_F64 & 0x000F_FFFF_FFFF_FFFF != 0);
    assert!(EXCEPTION_F64 != NAN);
};

/// A JavaScript value (NaN-boxed).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Value(pub u64);

impl Value {
    pub const UNDEFINED: Value = Value(UNDEFINED);
    pub const NULL: Value = Value(NULL);
    pub const TRUE: Value = Value(TRUE);
    pub const FALSE: Value = Value(FALSE);
    pub const HOLE: Value = Value(HOLE);
    pub const EXCEPTION: Value = Value(EXCEPTION);

    #[inline]
    pub fn number(n: f64) -> Value {
        if n.is_nan() {
            Value(NAN)
        } else {
            Value(n.to_bits())
        }
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.0 < TAG_FIRST_NON_NUMBER
    }
    #[inline]
    pub fn as_number(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self.0 == UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self.0 == UNDEFINED || self.0 == NULL
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 == TRUE
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == TAG_STRING
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == TAG_OBJECT
    }
    #[inline]
    pub fn payload(self) -> u64 {
        self.0 & PAYLOAD_MASK
    }
    #[inline]
    pub fn from_tagged_ptr<T>(tag: u64, ptr: *const T) -> Value {
        debug_assert!((ptr as u64) & !PAYLOAD_MASK == 0, "pointer above 48 bits");
        Value((tag << TAG_SHIFT) | ptr as u64)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_number() {
            write!(f, "Number({})", self.as_number())
        } else {
            write!(f, "Value({:#018x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for n in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            let v = Value::number(n);
            assert!(v.is_number());
            assert_eq!(v.as_number().to_bits(), n.to_bits());
        }
    }

    #[test]
    fn nan_is_canonical_number() {
        let v = Value::number(f64::NAN);
        assert!(v.is_number());
        assert_eq!(v.0, NAN);
        // The x86 default NaN (sign bit set) is still a number.
        assert!(Value(0xFFF8_0000_0000_0000).is_number());
        let computed = std::hint::black_box(0.0f64) / std::hint::black_box(0.0f64);
        assert!(Value(computed.to_bits()).is_number());
    }

    #[test]
    fn specials_are_not_numbers() {
        for v in [
            Value::UNDEFINED,
            Value::NULL,
            Value::TRUE,
            Value::FALSE,
            Value::HOLE,
            Value::EXCEPTION,
        ] {
            assert!(!v.is_number(), "{v:?}");
        }
        assert!(Value::TRUE.is_bool() && Value::FALSE.is_bool());
        assert!(Value::NULL.is_nullish() && Value::UNDEFINED.is_nullish());
        assert!(!Value::HOLE.is_nullish());
    }

    #[test]
    fn pointers_keep_their_tag() {
        let b = Box::new(7u64);
        let p = &*b as *const u64;
        let v = Value::from_tagged_ptr(TAG_STRING, p);
        assert!(v.is_string() && !v.is_object() && !v.is_number());
        assert_eq!(v.payload(), p as u64);
    }
}
