//! The one ABI between compiled code and the runtime: every entry point, its signature and contract.
//!
//! The compiler declares imports only from [`RtFn`] (never a symbol name typed
//! by hand) and the runtime defines each entry point as `#[no_mangle] extern "C"`.
//! All runtime entry points use the platform C calling convention (System V on
//! x86-64). `Val` is a NaN-boxed value ([`crate::value`]); an entry point that
//! returns `Val` and "may throw" returns [`crate::value::EXCEPTION`] after setting
//! the pending exception, and compiled code must then branch to its handler.
//!
//! JavaScript functions themselves use Cranelift's `tail` calling convention so
//! that calls in tail position become `return_call`s (proper tail calls). Every
//! function object's code pointer is a *generic entry*:
//!
//! ```text
//! generic(callee: Val, argc: i64, this: Val, a0: Val, a1: Val, a2: Val,
//!         rest: *const Val, new_target: Val) -> Val
//! ```
//! The first [`REG_ARGS`] arguments travel in `a0..a2` (callers pad missing ones
//! with `undefined`), arguments beyond those in `rest`, a heap `Args` block
//! (see [`crate::heap`]) that stays valid across tail calls. `argc` is the real
//! count. The result is a value or `EXCEPTION`.
//!
//! The compiler also emits, into every program object, two System V functions
//! the runtime calls: [`ENTRY_MAIN`] (runs the script's top level) and
//! [`ENTRY_CALL`] (calls any JS function value from Rust).

/// Arguments passed in registers in the generic JS calling convention.
pub const REG_ARGS: usize = 3;

/// `extern "C" fn() -> Val`: runs the program's top level; emitted by the compiler.
pub const ENTRY_MAIN: &str = "kiln_js_main";
/// `extern "C" fn(callee: Val, this: Val, argc: i64, argv: *const Val) -> Val`:
/// calls a JS function object through its generic entry; emitted by the compiler.
pub const ENTRY_CALL: &str = "kiln_js_call";
/// Data symbol *defined by the compiler in every program object* (so compiled
/// prologues reach it RIP-relative): the `u64` stack address below which
/// compiled code throws `RangeError: Maximum call stack size exceeded`. The
/// runtime's process entry sets it before running the program.
pub const DATA_STACK_LIMIT: &str = "kiln_stack_limit";

/// Data symbol defined by the compiler in every program object: the
/// [`crate::frames::FrameTable`] mapping compiled code to JS source positions.
pub const DATA_FRAME_TABLE: &str = "kiln_frame_table";

/// The machine type of one ABI parameter or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A NaN-boxed value.
    Val,
    /// A 64-bit integer or pointer.
    I64,
    /// An unboxed number.
    F64,
}

/// One runtime entry point.
#[derive(Debug)]
pub struct Entry {
    pub symbol: &'static str,
    pub params: &'static [Ty],
    pub ret: Option<Ty>,
    pub doc: &'static str,
}

macro_rules! entries {
    ($( $(#[doc = $doc:literal])* $id:ident = $sym:ident ( $($p:ident),* ) $(-> $r:ident)? ;)*) => {
        /// A runtime entry point callable from compiled code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RtFn { $($id),* }

        impl RtFn {
            pub const ALL: &'static [RtFn] = &[$(RtFn::$id),*];
            pub fn entry(self) -> &'static Entry {
                match self {
                    $(RtFn::$id => &Entry {
                        symbol: stringify!($sym),
                        params: &[$(Ty::$p),*],
                        ret: entries!(@ret $($r)?),
                        doc: concat!($($doc, "\n"),*),
                    }),*
                }
            }
        }

        #[cfg(test)]
        mod linked {
            // Referencing every symbol makes the test binary fail to link if the
            // runtime lacks a definition for an entry in the table.
            #[allow(dead_code)]
            extern "C" { $(fn $sym();)* }
            #[test]
            fn every_entry_point_is_defined() {
                let addrs: &[unsafe extern "C" fn()] = &[$($sym),*];
                assert_eq!(addrs.len(), super::RtFn::ALL.len());
            }
        }
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some(Ty::$r) };
}

entries! {
    // ---- operators (slow paths; compiled code inlines the number cases) ----
    /// `a + b` with ToPrimitive, string concatenation and ToNumeric. May throw.
    Add = kiln_add(Val, Val) -> Val;
    /// Binary numeric operator `op` (see `ops::BinOp` codes: sub, mul, div,
    /// mod, exp, and, or, xor, shl, sar, shr) after ToNumeric. May throw.
    Arith = kiln_arith(I64, Val, Val) -> Val;
    /// Relational comparison `op` (0 `<`, 1 `>`, 2 `<=`, 3 `>=`); boxed boolean. May throw.
    Compare = kiln_compare(I64, Val, Val) -> Val;
    /// `a == b` (IsLooselyEqual); boxed boolean. May throw.
    LooseEq = kiln_loose_eq(Val, Val) -> Val;
    /// `a === b` (IsStrictlyEqual) as 0 or 1. Never throws.
    StrictEq = kiln_strict_eq(Val, Val) -> I64;
    /// ToBoolean as 0 or 1. Never throws.
    Truthy = kiln_truthy(Val) -> I64;
    /// ToNumber (unary `+`); boxed number. May throw.
    ToNumber = kiln_to_number(Val) -> Val;
    /// ToNumeric then negate (unary `-`). May throw.
    Negate = kiln_negate(Val) -> Val;
    /// ToNumeric then bitwise not (unary `~`). May throw.
    BitNot = kiln_bitnot(Val) -> Val;
    /// ToInt32 of a number outside the range compiled code converts inline.
    ToInt32 = kiln_to_int32(F64) -> I64;
    /// `a % b` on numbers (fmod semantics, sign of the dividend).
    Fmod = kiln_fmod(F64, F64) -> F64;
    /// `a ** b` on numbers (Number::exponentiate).
    Pow = kiln_pow(F64, F64) -> F64;
    /// `typeof v` as a string value. Never throws.
    TypeOf = kiln_typeof(Val) -> Val;
    /// ToString (template literals, `String(x)`); string value. May throw.
    ToStringV = kiln_to_string(Val) -> Val;
    /// Concatenates two string values. May throw (`RangeError: Invalid string
    /// length` when the result would exceed the maximum string length).
    Concat = kiln_concat(Val, Val) -> Val;
    /// `obj[key]` / `obj.key` on any value (strings: length, indices, methods). May throw.
    GetProp = kiln_get_prop(Val, Val) -> Val;
    /// Calls method `key` of `recv` with `argc` arguments at `argv`. May throw.
    CallMethod = kiln_call_method(Val, Val, I64, I64) -> Val;
    /// Calls builtin global function `id` (see `builtins::Global`) with `argc`
    /// arguments at `argv`. May throw.
    CallGlobal = kiln_call_global(I64, I64, I64) -> Val;

    // ---- functions, closures, environments ----
    /// Allocates a function object: generic entry `code`, `name` (string value),
    /// `length`, room for `ncaptures` captured cells (filled in by compiled code).
    MakeClosure = kiln_make_closure(I64, Val, I64, I64) -> Val;
    /// Allocates a cell holding `init`; returns its address.
    NewCell = kiln_new_cell(Val) -> I64;
    /// Allocates an `Args` block for `n` overflow arguments; returns its address.
    NewArgs = kiln_new_args(I64) -> I64;

    // ---- exceptions ----
    /// Makes `v` the pending exception; returns EXCEPTION.
    Throw = kiln_throw(Val) -> Val;
    /// Takes (and clears) the pending exception value, for `catch`.
    TakeException = kiln_take_exception() -> Val;
    /// Throws `ReferenceError: Cannot access 'name' before initialization`.
    ThrowTdz = kiln_throw_tdz(Val) -> Val;
    /// Throws `ReferenceError: name is not defined`.
    ThrowNotDefined = kiln_throw_not_defined(Val) -> Val;
    /// Throws `TypeError: Assignment to constant variable.`.
    ThrowConstAssign = kiln_throw_const_assign() -> Val;
    /// Throws `TypeError: <text> is not a function` (`text` is the callee's source).
    ThrowNotCallable = kiln_throw_not_callable(Val) -> Val;
    /// Throws `RangeError: Maximum call stack size exceeded`.
    ThrowStackOverflow = kiln_throw_stack_overflow() -> Val;
    /// Constructs an error object of builtin class `kind` (see `error::ErrorKind`)
    /// with `message` (undefined for none). May throw (ToString of the message).
    NewError = kiln_new_error(I64, Val) -> Val;

    // ---- host ----
    /// `console.log` (stream 1) / `console.error` (stream 2) of `argc` values at `argv`.
    ConsoleLog = kiln_console_log(I64, I64, I64) -> Val;
}
