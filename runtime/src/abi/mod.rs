//! The one ABI between compiled code and the runtime: every entry point, its signature and contract.
//!
//! The compiler declares imports only from [`RtFn`] (never a symbol name typed
//! by hand) and the runtime defines each entry point as `#[no_mangle] extern "C"`.
//! All runtime entry points use the platform C calling convention (System V on
//! x86-64). `Val` is a NaN-boxed value ([`crate::abi::value`]); an entry point that
//! returns `Val` and "may throw" returns [`crate::abi::value::EXCEPTION`] after setting
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
//! (see [`crate::abi::heap`]) that stays valid across tail calls. `argc` is the real
//! count. The result is a value or `EXCEPTION`.
//!
//! The compiler also emits, into every program object, two System V functions
//! the runtime calls: [`ENTRY_MAIN`] (runs the script's top level) and
//! [`ENTRY_CALL`] (calls any JS function value from Rust).

pub mod heap;
pub mod layout;
pub mod names;
pub mod value;

/// Arguments passed in registers in the generic JS calling convention.
pub const REG_ARGS: usize = 3;

/// Positions of the generic entry's parameters (see the module doc): the
/// compiler names them, never a bare index.
pub mod generic {
    use super::REG_ARGS;
    /// The function object being called.
    pub const CALLEE: usize = 0;
    /// The real argument count.
    pub const ARGC: usize = 1;
    pub const THIS: usize = 2;
    /// The first register argument; `ARG0 + i` for `i < REG_ARGS`.
    pub const ARG0: usize = 3;
    /// The heap `Args` block of the arguments beyond the register ones.
    pub const REST: usize = ARG0 + REG_ARGS;
    pub const NEW_TARGET: usize = REST + 1;
    /// How many parameters the generic entry has.
    pub const COUNT: usize = NEW_TARGET + 1;
}

/// Position of the first declared parameter in a *specialised* entry
/// `(closure, p0 … pn)`.
pub const SPECIALISED_PARAM0: usize = 1;

/// `extern "C" fn() -> Val`: runs the program's top level; emitted by the compiler.
pub const ENTRY_MAIN: &str = "kiln_js_main";
/// `extern "C" fn(callee: Val, this: Val, argc: i64, argv: *const Val, new_target: Val) -> Val`:
/// calls a JS function object through its generic entry; emitted by the compiler.
pub const ENTRY_CALL: &str = "kiln_js_call";
/// Data symbol *defined by the compiler in every program object* (so compiled
/// prologues reach it RIP-relative): the `u64` stack address below which
/// compiled code throws `RangeError: Maximum call stack size exceeded`. The
/// runtime's process entry sets it before running the program.
pub const DATA_STACK_LIMIT: &str = "kiln_stack_limit";

/// Data symbol *defined by the runtime*: the `u64` prototype epoch inline
/// caches of prototype-chain hits compare against (see `object::internal_methods`).
pub const DATA_PROTO_EPOCH: &str = "kiln_proto_epoch";

/// Data symbol *defined by the runtime*: twelve `u64`s guarding compiled
/// `ta.length` (see `object::typed_array::kiln_ta_length_guard`): words 0–10
/// the root shapes of the eleven typed array prototypes (indexed by element
/// type), word 11 (`layout::TA_GUARD_ARMED_OFFSET`) nonzero while `length` is still the `%TypedArray%.prototype`
/// getter for them.
pub const DATA_TA_LENGTH_GUARD: &str = "kiln_ta_length_guard";

/// Data symbol *defined by the runtime*: a pointer to the allocator's
/// fast-path state (`gc::space::AllocState`, field offsets `ALLOC_*_OFFSET`),
/// through which compiled code allocates `new F` objects inline. Set before
/// the program runs.
pub const DATA_ALLOC_STATE: &str = "kiln_alloc_state";

/// Data symbol *defined by the runtime*: the shared empty elements block
/// (`object::Elements`) every object without elements of its own points at;
/// compiled code stores its address into the objects it allocates.
pub const DATA_EMPTY_ELEMENTS: &str = "kiln_empty_elements";

/// Data symbol *defined by the runtime*: the 128 static one-character ASCII
/// strings (`text::string`), each [`ASCII_STRING_STRIDE`] bytes apart, so
/// compiled `s[i]` of an ASCII code unit boxes the string at
/// `kiln_ascii_strings + c * stride` without a call.
pub const DATA_ASCII_STRINGS: &str = "kiln_ascii_strings";
/// The distance in bytes between two entries of [`DATA_ASCII_STRINGS`].
pub const ASCII_STRING_STRIDE: i64 = 16;

/// `extern "C"`-free *tail-CC* function emitted by the compiler in every
/// program object with the generic JS signature: the code pointer of every
/// native function object. It forwards its arguments to `kiln_call_native`.
pub const ENTRY_NATIVE: &str = "kiln_native_entry";

/// Data symbol defined by the compiler in every program object: the
/// [`crate::exec::frames::FrameTable`] mapping compiled code to JS source positions.
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
    /// Calls builtin global function `id` (see `builtins::Global`) with `argc`
    /// arguments at `argv`. May throw.
    CallGlobal = kiln_call_global(I64, I64, I64) -> Val;

    // ---- properties (see `object::inline_cache` for the inline-cache layout) ----
    /// `v.name` (name: a string literal) through IC site `site`. May throw.
    GetNamed = kiln_get_named(Val, Val, I64) -> Val;
    /// `v.name = val` through IC site `site`, strict if the last argument is 1;
    /// returns `val`. May throw.
    SetNamed = kiln_set_named(Val, Val, Val, I64, I64) -> Val;
    /// `v[key]`. May throw.
    GetElem = kiln_get_elem(Val, Val) -> Val;
    /// `v[key] = val` (strict flag last); returns `val`. May throw.
    SetElem = kiln_set_elem(Val, Val, Val, I64) -> Val;
    /// `delete v[key]` (strict flag last); a boolean. May throw.
    Delete = kiln_delete(Val, Val, I64) -> Val;
    /// `key in o`; a boolean. May throw.
    In = kiln_in(Val, Val) -> Val;
    /// `v instanceof f`; a boolean. May throw.
    InstanceOf = kiln_instanceof(Val, Val) -> Val;
    /// `{}`.
    NewObject = kiln_new_object() -> Val;
    /// An object literal with static keys: `site` is the compiler-emitted
    /// `property::LiteralSite`, `argv` its values in key order.
    ObjectLiteral = kiln_object_literal(I64, I64) -> Val;
    /// An array literal of `n` values at `argv` (HOLE = hole).
    NewArray = kiln_new_array(I64, I64) -> Val;
    /// CreateDataPropertyOrThrow(o, key, v); returns `o`. May throw.
    DefineField = kiln_define_field(Val, Val, Val) -> Val;
    /// Defines method (kind 0) / getter (1) / setter (2) `f` as `o[key]`
    /// (enumerable flag last) with home object `o`; returns `o`. May throw.
    DefineMethod = kiln_define_method(Val, Val, Val, I64, I64) -> Val;
    /// CopyDataProperties(target, source) for `{...source}`; returns target. May throw.
    CopyProps = kiln_copy_props(Val, Val) -> Val;
    /// `__proto__: p` in an object literal; returns the object.
    SetProtoLiteral = kiln_set_proto_literal(Val, Val) -> Val;
    /// The keys `for (k in v)` visits, as an array.
    ForInKeys = kiln_for_in_keys(Val) -> Val;
    /// Global property `name` (builtins used as values). May throw ReferenceError.
    Global = kiln_global(Val) -> Val;
    /// `typeof name` for an undeclared name (a string).
    GlobalTypeof = kiln_global_typeof(Val) -> Val;
    /// `name = v` for an undeclared name (strict flag last); returns v. May throw.
    SetGlobal = kiln_set_global(Val, Val, I64) -> Val;
    /// The `this` of a sloppy function (nullish → the global object).
    SloppyThis = kiln_sloppy_this(Val) -> Val;

    // ---- construction and classes ----
    /// The initial `this` of `new f` with new.target `nt` (HOLE for derived
    /// and native constructors). Throws `<text> is not a constructor` (text:
    /// the callee's source, or undefined to describe `f`).
    ConstructThis = kiln_construct_this(Val, Val, Val) -> Val;
    /// `kiln_construct_site(f, text, site)`: `kiln_construct_this(f, f, text)`
    /// for a `new f(...)` site of compiled code whose inline allocation
    /// missed; fills the site (a `function::ConstructSite`) once `f`'s
    /// instances have a settled layout, so that the next `new` there
    /// allocates inline. May throw.
    ConstructSite = kiln_construct_site(Val, Val, I64) -> Val;
    /// Sets up class constructor `ctor` extending `parent` (if the flag is 1);
    /// returns the prototype object. May throw.
    ClassSetup = kiln_class_setup(Val, Val, I64) -> Val;
    /// The constructor `super(...)` calls from class constructor `active`. May throw.
    SuperConstructor = kiln_super_constructor(Val) -> Val;
    /// `super[key]` with home object `home` and receiver `this`. May throw.
    SuperGet = kiln_super_get(Val, Val, Val) -> Val;
    /// `super[key] = v` (home, key, v, this); returns v. May throw.
    SuperSet = kiln_super_set(Val, Val, Val, Val) -> Val;
    /// The value a derived constructor returns (result, this). May throw.
    DerivedReturn = kiln_derived_return(Val, Val) -> Val;
    /// Throws the ReferenceError for `this` before `super()`.
    ThrowThisTdz = kiln_throw_this_tdz() -> Val;
    /// Throws `TypeError: Class constructor X cannot be invoked without 'new'`.
    ThrowClassCall = kiln_throw_class_call(Val) -> Val;
    /// Throws `ReferenceError: Super constructor may only be called once`.
    ThrowSuperTwice = kiln_throw_super_twice() -> Val;
    /// A fresh private name with description `#x`, declared by class `name`.
    NewPrivate = kiln_new_private(Val, Val) -> Val;
    /// Records the shared instance private method (1) / getter (2) / setter (3)
    /// of a private name; returns the name.
    PrivateMethod = kiln_private_method(Val, Val, I64) -> Val;
    /// Gives an instance the private method or accessor recorded for a name. May throw.
    PrivateBrand = kiln_private_brand(Val, Val) -> Val;
    /// `o.#x`. May throw.
    PrivateGet = kiln_private_get(Val, Val) -> Val;
    /// `o.#x = v`; returns v. May throw.
    PrivateSet = kiln_private_set(Val, Val, Val) -> Val;
    /// `#x in o`; a boolean. May throw.
    PrivateIn = kiln_private_in(Val, Val) -> Val;
    /// Adds private field (0) / method (1) / getter (2) / setter (3) to `o`; returns o. May throw.
    PrivateDefine = kiln_private_define(Val, Val, Val, I64) -> Val;
    /// An unmapped `arguments` object (argc, a0, a1, a2, rest, callee, strict).
    NewArguments = kiln_new_arguments(I64, Val, Val, Val, I64, Val, I64) -> Val;
    /// Makes sloppy `arguments` object `a` *mapped*: its first min(argc, n)
    /// indices alias the parameter cells at `cells`.
    MapArguments = kiln_map_arguments(Val, I64, I64) -> Val;
    /// The array a rest parameter binds (argc, a0, a1, a2, rest, from).
    RestArray = kiln_rest_array(I64, Val, Val, Val, I64, I64) -> Val;
    /// Appends a value (HOLE: a hole) to an array; returns the array.
    ArrayAppend = kiln_array_append(Val, Val) -> Val;
    /// Appends the elements of `...v` to an array (in a call if the flag is
    /// 1; the spread's source text last); returns it. May throw.
    ArraySpread = kiln_array_spread(Val, Val, I64, Val) -> Val;
    /// Calls f (this, args array, new.target or undefined, callee text). May throw.
    CallSpread = kiln_call_spread(Val, Val, Val, Val, Val) -> Val;
    /// Destructuring null/undefined (value, source text, first key or
    /// undefined) throws V8's TypeError; else returns the value.
    DestructureCheck = kiln_destructure_check(Val, Val, Val) -> Val;
    /// The rest object of an object pattern (source, array of excluded keys). May throw.
    ObjectRest = kiln_object_rest(Val, Val) -> Val;
    /// An array pattern's rest element: the rest of what `ForOfSource`
    /// gave (the source, how many values were read). May throw.
    IterRest = kiln_iter_rest(Val, I64) -> Val;
    /// What `for-of` and array patterns walk by index: the array itself, a string's code points
    /// (value, source text). May throw.
    ForOfSource = kiln_for_of_source(Val, Val) -> Val;
    /// The next value of the iterator a for-of walks (HOLE when done).
    ForOfNext = kiln_for_of_next(Val) -> Val;
    /// Closes a for-of iterator left early (calls its `return()`). May throw.
    IteratorClose = kiln_iterator_close(Val) -> Val;
    /// Closes a for-of iterator whose body threw: calls its `return()`,
    /// ignoring what that returns or throws, and rethrows the pending
    /// exception. Always throws.
    IteratorCloseThrow = kiln_iterator_close_throw(Val) -> Val;
    // ---- generators (exec::generator, builtins::generator) ----
    /// `kiln_generator_create(callee, argc, this, a0, a1, a2, rest)`: the
    /// generator object a call of a generator function returns. May throw.
    GeneratorCreate = kiln_generator_create(Val, I64, Val, Val, Val, Val, I64) -> Val;
    /// `yield v`: suspends the running generator; the value `next(x)`
    /// resumes it with, or EXCEPTION (`throw(e)`, or `return(v)` with
    /// `GEN_RETURN` pending). May throw.
    GeneratorYield = kiln_generator_yield(Val) -> Val;
    /// `yield* iterable` (`text` names it in "is not iterable"). May throw.
    GeneratorYieldStar = kiln_generator_yield_star(Val, Val) -> Val;
    /// Makes a new function object a generator function; returns it.
    MakeGeneratorFunction = kiln_make_generator_function(Val) -> Val;
    /// Body of the native trampoline: calls native function `callee` with the
    /// generic convention's arguments (callee, argc, this, a0, a1, a2, rest, new_target).
    CallNative = kiln_call_native(Val, I64, Val, Val, Val, Val, I64, Val) -> Val;

    // ---- functions, closures, environments ----
    /// Allocates a function object: generic entry `code`, `name` (string value),
    /// `length`, room for `ncaptures` captured cells (filled in by compiled
    /// code), `function::FN_*` flags.
    MakeClosure = kiln_make_closure(I64, Val, I64, I64, I64) -> Val;
    /// Allocates a cell holding `init`; returns its address.
    NewCell = kiln_new_cell(Val) -> I64;
    /// Allocates an `Args` block for `n` overflow arguments; returns its address.
    NewArgs = kiln_new_args(I64) -> I64;

    // ---- exceptions ----
    /// Makes `v` the pending exception; returns EXCEPTION.
    Throw = kiln_throw(Val) -> Val;
    /// Rethrows `v` at the end of a `finally` block: the pending exception
    /// again, keeping the site where it was first thrown (as V8's ReThrow
    /// keeps the message location for the uncaught-exception header).
    /// Returns EXCEPTION.
    Rethrow = kiln_rethrow(Val) -> Val;
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

    // ---- regular expressions and tagged templates (`builtins::regexp`) ----
    /// A regex literal's value: a new RegExp object sharing the program
    /// compiled once for literal site `site` (pattern, flags strings). May throw.
    RegExpLiteral = kiln_regexp_literal(I64, Val, Val) -> Val;
    /// The frozen template object of tagged-template site `site`, created on
    /// first use from `argc` strings at `argv` (cooked strings, undefined for
    /// invalid escapes, then the raw strings).
    TemplateObject = kiln_template_object(I64, I64, I64) -> Val;

    // ---- host ----
    /// `console.log` (stream 1) / `console.error` (stream 2) of `argc` values at `argv`.
    ConsoleLog = kiln_console_log(I64, I64, I64) -> Val;

    // ---- BigInt (`exec::bigint`, `exec::operators`) ----
    /// A BigInt literal's value from its decimal digits (a string). Never throws.
    BigIntLiteral = kiln_bigint_literal(Val) -> Val;
    /// ToNumeric (the old value of `++`/`--`): a number or a BigInt. May throw.
    ToNumeric = kiln_to_numeric(Val) -> Val;
    /// ToNumeric(v) + 1 (`1n` for a BigInt), for `++`. May throw.
    Increment = kiln_increment(Val) -> Val;
    /// ToNumeric(v) - 1 (`1n` for a BigInt), for `--`. May throw.
    Decrement = kiln_decrement(Val) -> Val;

    // ---- async functions (`builtins::async_fn`) ----
    /// `kiln_async_start(callee, argc, this, a0, a1, a2, rest)`: calling an
    /// async function: runs its body up to the first `await`; its promise.
    AsyncStart = kiln_async_start(Val, I64, Val, Val, Val, Val, I64) -> Val;
    /// `await v`: suspends the running async body; the value it resumes
    /// with, or EXCEPTION (the rejection). May throw.
    Await = kiln_await(Val) -> Val;
    /// Makes a new function object an async function; returns it.
    MakeAsyncFunction = kiln_make_async_function(Val) -> Val;
    /// `kiln_async_gen_start(callee, argc, this, a0, a1, a2, rest)`: the
    /// async generator object a call of an async generator function returns.
    AsyncGenStart = kiln_async_gen_start(Val, I64, Val, Val, Val, Val, I64) -> Val;
    /// `yield v` in an async generator: awaits `v`, yields it; what the next
    /// request resumes with, or EXCEPTION (`throw`, or `return` with
    /// `GEN_RETURN` pending). May throw.
    AsyncGenYield = kiln_async_gen_yield(Val) -> Val;
    /// An async generator's parameters are bound: suspends its body until
    /// the first `next()` (the call that created it then returns).
    AsyncGenParamsDone = kiln_async_gen_params_done() -> Val;
    /// `kiln_generator_create_eager(callee, argc, this, a0, a1, a2, rest)`:
    /// the generator object a call of a generator function with defaults or
    /// patterns in its parameters returns, its parameters bound (an error
    /// binding them is thrown by the call). May throw.
    GeneratorCreateEager = kiln_generator_create_eager(Val, I64, Val, Val, Val, Val, I64) -> Val;
    /// A generator's parameters are bound (only in generators created by
    /// `GeneratorCreateEager`): suspends until the first `next()`; UNDEFINED,
    /// or EXCEPTION for a `throw()` or `return()` before it. May throw.
    GeneratorParamsDone = kiln_generator_params_done() -> Val;
    /// `yield* iterable` in an async generator (`text` names it in "is not
    /// async iterable"). May throw.
    AsyncGenYieldStar = kiln_async_gen_yield_star(Val, Val) -> Val;
    /// `for await (x of o)` (`builtins::async_iteration`): the loop's source
    /// record (`text` names `o` in "is not async iterable"). May throw.
    ForAwaitSource = kiln_for_await_source(Val, Val) -> Val;
    /// The next value of a `for await` loop (awaited), HOLE when done. May throw.
    ForAwaitNext = kiln_for_await_next(Val) -> Val;
    /// Closes a `for await` loop's iterator left early (awaits `return()`). May throw.
    ForAwaitClose = kiln_for_await_close(Val) -> Val;
    /// Closes a `for await` loop's iterator after its body threw; rethrows.
    ForAwaitCloseThrow = kiln_for_await_close_throw(Val) -> Val;
    /// A classic script's top-level declaration of `name` (`--script`):
    /// CreateGlobalVarBinding (`fun` undefined) or CreateGlobalFunctionBinding
    /// (`fun` the function object). May throw TypeError.
    DeclareGlobal = kiln_declare_global(Val, Val) -> Val;
    /// The binding object of `with (v)` (`exec::with_env`): ToObject. May
    /// throw TypeError.
    WithObject = kiln_with_object(Val) -> Val;
    /// `kiln_with_has(o, name)`: HasBinding of `with (o)`'s environment
    /// (HasProperty, then `o[Symbol.unscopables][name]`); a boolean. May throw.
    WithHas = kiln_with_has(Val, Val) -> Val;
}

/// The arguments at `argv` as a slice.
///
/// # Safety
/// `argv` must point at `argc` values (it may be dangling when `argc` is 0).
pub unsafe fn args<'a>(argc: i64, argv: i64) -> &'a [value::Value] {
    if argc <= 0 || argv == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(argv as usize as *const value::Value, argc as usize) }
}
