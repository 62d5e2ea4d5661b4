//! Name tables and codes shared with the compiler: the builtin global
//! functions and constants it resolves by path (`kiln_call_global`'s ids),
//! the error classes (`kiln_new_error`'s codes) and the numeric binary
//! operators (`kiln_arith`'s codes). Their implementations are
//! `builtins::global`, `exec::error` and `exec::operators`.

/// A builtin global function; the discriminant is the id passed to `kiln_call_global`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Global {
    String = 0,
    Number = 1,
    Boolean = 2,
    IsNaN = 3,
    IsFinite = 4,
    ParseInt = 5,
    ParseFloat = 6,
    MathAbs = 7,
    MathFloor = 8,
    MathCeil = 9,
    MathRound = 10,
    MathTrunc = 11,
    MathSign = 12,
    MathSqrt = 13,
    MathCbrt = 14,
    MathExp = 15,
    MathLog = 16,
    MathLog2 = 17,
    MathLog10 = 18,
    MathSin = 19,
    MathCos = 20,
    MathTan = 21,
    MathAtan = 22,
    MathAtan2 = 23,
    MathPow = 24,
    MathMin = 25,
    MathMax = 26,
    MathHypot = 27,
    MathRandom = 28,
    NumberIsInteger = 29,
    NumberIsFinite = 30,
    NumberIsNaN = 31,
    NumberIsSafeInteger = 32,
    NumberParseFloat = 33,
    NumberParseInt = 34,
    MathFround = 35,
    MathClz32 = 36,
    MathImul = 37,
    MathAsin = 38,
    MathAcos = 39,
    MathSinh = 40,
    MathCosh = 41,
    MathTanh = 42,
    MathAsinh = 43,
    MathAcosh = 44,
    MathAtanh = 45,
    MathExpm1 = 46,
    MathLog1p = 47,
    ProcessExit = 48,
}

/// Global function paths and their ids (read by the compiler). Indexed by id.
pub const GLOBAL_FUNCTIONS: &[(&str, Global)] = &[
    ("String", Global::String),
    ("Number", Global::Number),
    ("Boolean", Global::Boolean),
    ("isNaN", Global::IsNaN),
    ("isFinite", Global::IsFinite),
    ("parseInt", Global::ParseInt),
    ("parseFloat", Global::ParseFloat),
    ("Math.abs", Global::MathAbs),
    ("Math.floor", Global::MathFloor),
    ("Math.ceil", Global::MathCeil),
    ("Math.round", Global::MathRound),
    ("Math.trunc", Global::MathTrunc),
    ("Math.sign", Global::MathSign),
    ("Math.sqrt", Global::MathSqrt),
    ("Math.cbrt", Global::MathCbrt),
    ("Math.exp", Global::MathExp),
    ("Math.log", Global::MathLog),
    ("Math.log2", Global::MathLog2),
    ("Math.log10", Global::MathLog10),
    ("Math.sin", Global::MathSin),
    ("Math.cos", Global::MathCos),
    ("Math.tan", Global::MathTan),
    ("Math.atan", Global::MathAtan),
    ("Math.atan2", Global::MathAtan2),
    ("Math.pow", Global::MathPow),
    ("Math.min", Global::MathMin),
    ("Math.max", Global::MathMax),
    ("Math.hypot", Global::MathHypot),
    ("Math.random", Global::MathRandom),
    ("Number.isInteger", Global::NumberIsInteger),
    ("Number.isFinite", Global::NumberIsFinite),
    ("Number.isNaN", Global::NumberIsNaN),
    ("Number.isSafeInteger", Global::NumberIsSafeInteger),
    ("Number.parseFloat", Global::NumberParseFloat),
    ("Number.parseInt", Global::NumberParseInt),
    ("Math.fround", Global::MathFround),
    ("Math.clz32", Global::MathClz32),
    ("Math.imul", Global::MathImul),
    ("Math.asin", Global::MathAsin),
    ("Math.acos", Global::MathAcos),
    ("Math.sinh", Global::MathSinh),
    ("Math.cosh", Global::MathCosh),
    ("Math.tanh", Global::MathTanh),
    ("Math.asinh", Global::MathAsinh),
    ("Math.acosh", Global::MathAcosh),
    ("Math.atanh", Global::MathAtanh),
    ("Math.expm1", Global::MathExpm1),
    ("Math.log1p", Global::MathLog1p),
    ("process.exit", Global::ProcessExit),
];

/// Numeric constants by global path (read by the compiler).
pub const GLOBAL_CONSTANTS: &[(&str, f64)] = &[
    ("Math.PI", std::f64::consts::PI),
    ("Math.E", std::f64::consts::E),
    ("Math.LN2", std::f64::consts::LN_2),
    ("Math.LN10", std::f64::consts::LN_10),
    ("Math.LOG2E", std::f64::consts::LOG2_E),
    ("Math.LOG10E", std::f64::consts::LOG10_E),
    ("Math.SQRT2", std::f64::consts::SQRT_2),
    ("Math.SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ("Number.MAX_SAFE_INTEGER", 9007199254740991.0),
    ("Number.MIN_SAFE_INTEGER", -9007199254740991.0),
    ("Number.EPSILON", f64::EPSILON),
    ("Number.MAX_VALUE", f64::MAX),
    ("Number.MIN_VALUE", 5e-324),
    ("Number.POSITIVE_INFINITY", f64::INFINITY),
    ("Number.NEGATIVE_INFINITY", f64::NEG_INFINITY),
    ("Number.NaN", f64::NAN),
];

impl Global {
    /// The global with id `id`, if any.
    pub fn from_id(id: i64) -> Option<Global> {
        GLOBAL_FUNCTIONS
            .get(usize::try_from(id).ok()?)
            .map(|&(_, g)| g)
    }
}

/// A builtin error class; the discriminant is the code passed to `kiln_new_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    Error = 0,
    TypeError = 1,
    RangeError = 2,
    ReferenceError = 3,
    SyntaxError = 4,
    EvalError = 5,
    URIError = 6,
}

/// Global constructor names and their kinds (read by the compiler).
pub const ERROR_CLASSES: &[(&str, ErrorKind)] = &[
    ("Error", ErrorKind::Error),
    ("TypeError", ErrorKind::TypeError),
    ("RangeError", ErrorKind::RangeError),
    ("ReferenceError", ErrorKind::ReferenceError),
    ("SyntaxError", ErrorKind::SyntaxError),
    ("EvalError", ErrorKind::EvalError),
    ("URIError", ErrorKind::URIError),
];

impl ErrorKind {
    /// The kind with code `code`, if any.
    pub fn from_code(code: i64) -> Option<ErrorKind> {
        ERROR_CLASSES
            .iter()
            .map(|&(_, k)| k)
            .find(|&k| k as i64 == code)
    }

    /// The class name (`"TypeError"`).
    pub fn name(self) -> &'static str {
        ERROR_CLASSES[self as usize].0
    }
}

/// Numeric binary operator codes for `kiln_arith` (the compiler passes
/// `op as i64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Sub = 0,
    Mul = 1,
    Div = 2,
    Mod = 3,
    Exp = 4,
    BitAnd = 5,
    BitOr = 6,
    BitXor = 7,
    Shl = 8,
    Sar = 9,
    Shr = 10,
}

impl BinOp {
    const ALL: [BinOp; 11] = [
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Mod,
        BinOp::Exp,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::Shl,
        BinOp::Sar,
        BinOp::Shr,
    ];

    /// The operator with code `code`, if any.
    pub fn from_code(code: i64) -> Option<BinOp> {
        BinOp::ALL.get(usize::try_from(code).ok()?).copied()
    }
}

/// Every own property of the global object as the runtime creates it (a
/// unit test in `builtins::global` keeps the two equal). The compiler warns
/// about a read of a global that no declaration, no assignment and nothing
/// here provides: such a read throws ReferenceError at run time.
pub const GLOBAL_OBJECT_NAMES: &[&str] = &[
    "globalThis",
    "global",
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "EvalError",
    "URIError",
    "AggregateError",
    "Object",
    "Function",
    "Array",
    "Math",
    "process",
    "console",
    "String",
    "Number",
    "Boolean",
    "isNaN",
    "isFinite",
    "parseInt",
    "parseFloat",
    "NaN",
    "Infinity",
    "undefined",
    "encodeURIComponent",
    "encodeURI",
    "decodeURIComponent",
    "decodeURI",
    "escape",
    "unescape",
    "eval",
    "atob",
    "btoa",
    "JSON",
    "Symbol",
    "WeakMap",
    "WeakSet",
    "Map",
    "Set",
    "WeakRef",
    "FinalizationRegistry",
    "RegExp",
    "Date",
    "BigInt",
    "Reflect",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "DataView",
    "Atomics",
    "TextEncoder",
    "TextDecoder",
    "crypto",
    "Promise",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "clearImmediate",
    "queueMicrotask",
    "performance",
    "Proxy",
];
