//! Generator objects: creation, resumption (`next`/`throw`/`return`),
//! `yield` and `yield*`, on the stackful coroutines of `gc::coro`.
//!
//! A generator function is compiled as an ordinary function whose generic
//! entry starts with a check: called with any `new_target` but
//! [`GEN_START`], it returns `kiln_generator_create(...)`, a generator
//! object holding the callee, `this` and the arguments. The first `next()`
//! gives the object a coroutine whose entry ([`gen_main`]) calls the same
//! function again with `new_target = GEN_START`, so the body runs, on the
//! coroutine's stack, as ordinary compiled code. `yield v` is the runtime
//! call [`kiln_generator_yield`], which switches back to the resumer and
//! returns the value `next(x)` passes, or EXCEPTION: for `throw(e)` with `e`
//! pending, for `return(v)` with [`GEN_RETURN`] pending (compiled `catch`
//! clauses rethrow that marker; `finally` blocks run on its way), and the
//! generator's completion then is `{ value: v, done: true }`.

use crate::abi::heap::{Header, GEN_CORO_OFFSET, KIND_GENERATOR};
use crate::abi::layout::OBJECT_SIZE;
use crate::abi::value::{Value, GEN_RETURN, GEN_START, TAG_OBJECT};
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::coro::{self, Coro};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, obj, Object};
use crate::object::shape::Shape;
use std::cell::Cell;

#[repr(C)]
struct Gen {
    obj: Object,
    coro: *mut Coro,
    state: u64,
    callee: Value,
    this: Value,
    args: Value,
    /// The value of a pending `return(v)`.
    ret: Value,
    /// 1 when the last GetIterator found the builtin `next` (the protocol
    /// reads `next` once per iteration: then steps resume directly).
    fast: u64,
    /// The generator a suspended `yield*` delegates to (UNDEFINED if none).
    delegate: Value,
    /// Async functions and generators (`builtins::async_fn`): the promise of
    /// an async function's result; an async generator's request queue.
    aux: Value,
    /// 0: a generator; [`FLAVOR_ASYNC_FN`], [`FLAVOR_ASYNC_GEN`].
    flavor: u64,
}

/// `Gen::flavor` of an async function's body.
pub const FLAVOR_ASYNC_FN: u64 = 1;
/// `Gen::flavor` of an async generator.
pub const FLAVOR_ASYNC_GEN: u64 = 2;

const _: () = assert!(std::mem::offset_of!(Gen, coro) == GEN_CORO_OFFSET);
const EXTRA: usize = std::mem::size_of::<Gen>() - OBJECT_SIZE;

const START: u64 = 0;
const SUSPENDED: u64 = 1;
const RUNNING: u64 = 2;
const DONE: u64 = 3;

/// Resumption modes (resumer → coroutine).
pub const NEXT: u8 = 0;
pub const THROW: u8 = 1;
pub const RETURN: u8 = 2;
/// Suspension kinds (coroutine → resumer).
const YIELD: u8 = 3;
const YIELD_RAW: u8 = 4;
const RETURNED: u8 = 5;
const THREW: u8 = 6;
/// `yield*` hands its generator delegate to the resumer (`Gen::delegate`).
const DELEGATE: u8 = 7;
/// Resumption of a delegating `yield*` (resumer → coroutine): the delegate
/// completed with a value, completed by `return()`, or threw.
const DELEGATE_DONE: u8 = 8;
const DELEGATE_RETURNED: u8 = 9;
const DELEGATE_THREW: u8 = 10;
/// `await v` in an async function or generator (coroutine → resumer).
const AWAIT: u8 = 11;

/// The intrinsics and cached keys (set once by `builtins::generator`).
#[derive(Clone, Copy)]
pub struct Intrinsics {
    /// %GeneratorPrototype%.
    pub proto: Value,
    /// %GeneratorFunction.prototype%.
    pub fn_proto: Value,
    /// The builtin `next`, `return` and `throw`.
    pub next: Value,
    pub ret: Value,
    pub throw: Value,
    /// The interned keys `next`, `value`, `done`, `return`, `throw`.
    pub k_next: Value,
    pub k_value: Value,
    pub k_done: Value,
    pub k_return: Value,
    pub k_throw: Value,
    /// The shape of `{ value, done }` results.
    pub result_shape: Option<&'static Shape>,
}

const NO_INTRINSICS: Intrinsics = Intrinsics {
    proto: Value::UNDEFINED,
    fn_proto: Value::UNDEFINED,
    next: Value::UNDEFINED,
    ret: Value::UNDEFINED,
    throw: Value::UNDEFINED,
    k_next: Value::UNDEFINED,
    k_value: Value::UNDEFINED,
    k_done: Value::UNDEFINED,
    k_return: Value::UNDEFINED,
    k_throw: Value::UNDEFINED,
    result_shape: None,
};

thread_local! {
    /// What the last switch carried: a mode or kind, and a value.
    static TRANSFER: Cell<(u8, Value)> = const { Cell::new((0, Value::UNDEFINED)) };
    /// The running generator (UNDEFINED on the JS thread's own stack).
    static CURRENT: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
    static INTRINSICS: Cell<&'static Intrinsics> = const { Cell::new(&NO_INTRINSICS) };
}

fn ints() -> &'static Intrinsics {
    let i = INTRINSICS.with(|i| i.get());
    if i.proto.is_undefined() {
        realm::get();
        return INTRINSICS.with(|i| i.get());
    }
    i
}

fn gen(v: Value) -> &'static mut Gen {
    // SAFETY: callers check the kind; generator values point at a live Gen.
    unsafe { &mut *(v.payload() as *mut Gen) }
}

/// Whether `v` is a generator object.
pub fn is_generator(v: Value) -> bool {
    object::is_kind(v, KIND_GENERATOR)
}

/// Records the intrinsics (`builtins::generator`): the two prototypes and
/// the builtin `next`, `return` and `throw`.
pub fn set_intrinsics(proto: Value, fn_proto: Value, next: Value, ret: Value, throw: Value) {
    let k = crate::object::key::intern_str;
    let (k_value, k_done) = (k("value"), k("done"));
    let result_shape = Shape::root(realm::get().object_prototype)
        .add(k_value, crate::object::ordinary::DEFAULT_ATTRS)
        .add(k_done, crate::object::ordinary::DEFAULT_ATTRS);
    INTRINSICS.with(|i| {
        i.set(Box::leak(Box::new(Intrinsics {
            proto,
            fn_proto,
            next,
            ret,
            throw,
            k_next: k("next"),
            k_value,
            k_done,
            k_return: k("return"),
            k_throw: k("throw"),
            result_shape: Some(result_shape),
        })))
    });
}

/// %GeneratorPrototype% and %GeneratorFunction.prototype%.
pub fn intrinsics() -> (Value, Value) {
    let i = ints();
    (i.proto, i.fn_proto)
}

/// Collector root: the intrinsics, the running generator, a value in transit.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    let i = INTRINSICS.with(|i| i.get());
    for v in [
        i.proto, i.fn_proto, i.next, i.ret, i.throw, i.k_next, i.k_value, i.k_done, i.k_return,
        i.k_throw,
    ] {
        m.value(v);
    }
    m.value(CURRENT.with(|c| c.get()));
    m.value(TRANSFER.with(|t| t.get()).1);
}

fn get_named(o: Value, k: Value) -> JsResult<Value> {
    internal_methods::get_value(o, Key::Named(k))
}

/// `kiln_generator_create(callee, argc, this, a0, a1, a2, rest)`: what
/// calling a generator function returns (its body has not started).
#[no_mangle]
pub extern "C" fn kiln_generator_create(
    callee: Value,
    argc: i64,
    this: Value,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
) -> Value {
    exception::ret((|| {
        let args = function::generic_args(argc, a0, a1, a2, rest);
        let args = realm::new_array(&args);
        let mut proto =
            internal_methods::get_value(callee, Key::Named(realm::get().keys.prototype))?;
        if !proto.is_object() {
            proto = intrinsics().0;
        }
        internal_methods::mark_proto(proto);
        let g = object::alloc(KIND_GENERATOR, Shape::root(proto), EXTRA, 0);
        let s = gen(g);
        s.state = START;
        s.callee = callee;
        s.this = this;
        s.args = args;
        s.ret = Value::UNDEFINED;
        s.delegate = Value::UNDEFINED;
        s.aux = Value::UNDEFINED;
        Ok(g)
    })())
}

/// `kiln_generator_create_eager(callee, argc, this, a0, a1, a2, rest)`:
/// what calling a generator function whose parameters have defaults or
/// patterns returns: the generator, its body started and suspended in
/// [`kiln_generator_params_done`] once the parameters are bound, so an
/// error binding them is thrown by the call (FunctionDeclarationInstantiation
/// runs at the call, ECMA-262 §15.5.3).
#[no_mangle]
pub extern "C" fn kiln_generator_create_eager(
    callee: Value,
    argc: i64,
    this: Value,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
) -> Value {
    let g = kiln_generator_create(callee, argc, this, a0, a1, a2, rest);
    if exception::is_exception(g) {
        return g;
    }
    exception::ret((|| {
        // The frames of this start are the call's: traces skip the `next`
        // frame as for an async function's start.
        start(gen(g), coro::TAG_ASYNC_FN)?;
        match resume_coro(g, NEXT, Value::UNDEFINED)? {
            Step::Yield(v) if v == Value::HOLE => {}
            _ => {
                return Err(exception::throw_type_error(
                    "generator did not stop after its parameters",
                ))
            }
        }
        // SAFETY: the generator's own coroutine, suspended.
        unsafe { (*gen(g).coro).tag = 0 };
        // The object keeps the prototype read before the parameters, as
        // V8 does (the spec reads it after them: test262's
        // generator-created-after-decl-inst).
        Ok(g)
    })())
}

/// `kiln_generator_params_done()`: the end of the parameter bindings of a
/// generator made by [`kiln_generator_create_eager`]; returns (UNDEFINED)
/// when the first `next()` resumes the body, or EXCEPTION for a `throw(e)`
/// or `return(v)` that completes it before.
#[no_mangle]
pub extern "C" fn kiln_generator_params_done() -> Value {
    let (mode, r) = suspend(YIELD, Value::HOLE);
    match mode {
        NEXT => Value::UNDEFINED,
        THROW => exception::throw(r).into(),
        _ => pending_return(r),
    }
}

/// An internal generator object running `callee`'s body with `this` and
/// `args` (async functions and async generators, `builtins::async_fn`),
/// inheriting from `proto`.
pub fn create_internal(callee: Value, this: Value, args: &[Value], proto: Value) -> Value {
    let args = realm::new_array(args);
    internal_methods::mark_proto(proto);
    let g = object::alloc(KIND_GENERATOR, Shape::root(proto), EXTRA, 0);
    let s = gen(g);
    s.state = START;
    s.callee = callee;
    s.this = this;
    s.args = args;
    s.ret = Value::UNDEFINED;
    s.delegate = Value::UNDEFINED;
    s.aux = Value::UNDEFINED;
    s.flavor = FLAVOR_ASYNC_FN;
    g
}

/// Marks an internal generator as an async generator object.
pub fn mark_async_generator(g: Value) {
    gen(g).flavor = FLAVOR_ASYNC_GEN;
}

/// Whether `v` is an async function's internal generator object.
pub fn is_async_function(v: Value) -> bool {
    is_generator(v) && gen(v).flavor == FLAVOR_ASYNC_FN
}

/// The internal generator of the async function whose body is the
/// outermost coroutine running now (the one a job resumed), if it is one.
pub fn outermost_async_function() -> Option<Value> {
    let (owner, tag) = coro::outermost()?;
    if tag != coro::TAG_ASYNC_FN {
        return None;
    }
    let g = Value::from_tagged_ptr(TAG_OBJECT, owner as *mut Header);
    is_async_function(g).then_some(g)
}

/// The return addresses of suspended generator `g`'s frames, innermost
/// first (at most `n`).
pub fn suspended_return_addresses(g: Value, n: usize) -> Vec<usize> {
    let c = gen(g).coro;
    if c.is_null() || gen(g).state != SUSPENDED {
        return Vec::new();
    }
    // SAFETY: the generator's own coroutine, suspended.
    coro::suspended_return_addresses(unsafe { &*c }, n)
}

/// Whether `v` is an async generator object.
pub fn is_async_generator(v: Value) -> bool {
    is_generator(v) && gen(v).flavor == FLAVOR_ASYNC_GEN
}

/// Completes a generator that has not started (or is suspended before its
/// body, after its parameters), without running it.
pub fn abandon(g: Value) {
    if gen(g).state == START || gen(g).state == SUSPENDED {
        finish(gen(g));
    }
}

/// The `aux` word of an internal generator (see `Gen::aux`).
pub fn aux(g: Value) -> Value {
    gen(g).aux
}

/// Sets the `aux` word of an internal generator.
pub fn set_aux(g: Value, v: Value) {
    gen(g).aux = v;
}

/// Whether generator `g` has completed.
pub fn is_done(g: Value) -> bool {
    gen(g).state == DONE
}

/// Whether generator `g` is running (its body is on the stack).
pub fn is_running(g: Value) -> bool {
    gen(g).state == RUNNING
}

/// Whether generator `g` has not started.
pub fn is_start(g: Value) -> bool {
    gen(g).state == START
}

/// The running generator (UNDEFINED on the JS thread's own stack).
pub fn current() -> Value {
    CURRENT.with(|c| c.get())
}

/// Suspends the running coroutine with the value an `await` waits for;
/// what it is resumed with: the value (NEXT), or EXCEPTION with the
/// rejection pending (THROW), or EXCEPTION with `GEN_RETURN` pending
/// (RETURN, async generators).
pub fn suspend_await(v: Value) -> Value {
    let (mode, r) = suspend(AWAIT, v);
    match mode {
        NEXT => r,
        THROW => exception::throw(r).into(),
        _ => pending_return(r),
    }
}

/// The coroutine's entry: runs the generator's body, then leaves.
extern "C" fn gen_main(arg: usize) -> ! {
    let g = Value::from_tagged_ptr(TAG_OBJECT, arg as *mut Header);
    let kind = {
        let s = gen(g);
        let args: &[Value] = obj(s.args).dense();
        match function::call_with(s.callee, s.this, args, Value(GEN_START)) {
            Ok(v) => (RETURNED, v),
            Err(_) if exception::peek().0 == GEN_RETURN => {
                exception::take();
                (RETURNED, gen(g).ret)
            }
            Err(_) => (THREW, Value::UNDEFINED),
        }
    };
    TRANSFER.with(|t| t.set(kind));
    // SAFETY: on the coroutine's stack; nothing above needs dropping.
    unsafe { coro::exit() }
}

/// One step of a generator: what the resumption produced.
pub enum Step {
    /// `yield v`.
    Yield(Value),
    /// A result object of a `yield*`'s inner iterator, passed on as is.
    Raw(Value),
    /// Completed with this value.
    Done(Value),
    /// `await v` (async functions and generators only).
    Await(Value),
}

fn finish(s: &mut Gen) {
    s.state = DONE;
    s.callee = Value::UNDEFINED;
    s.this = Value::UNDEFINED;
    s.args = Value::UNDEFINED;
    if !s.coro.is_null() {
        // SAFETY: the coroutine this generator owns; it has exited.
        unsafe { coro::free(s.coro) };
        s.coro = std::ptr::null_mut();
    }
}

/// Resumes generator `g` with `mode` and `v` (GeneratorResume /
/// GeneratorResumeAbrupt).
pub fn resume(g: Value, mode: u8, v: Value) -> JsResult<Step> {
    let s = gen(g);
    if s.state == SUSPENDED && s.delegate.is_object() {
        return resume_delegating(g, mode, v);
    }
    match s.state {
        RUNNING => return Err(exception::throw_type_error("Generator is already running")),
        DONE => {
            return match mode {
                NEXT => Ok(Step::Done(Value::UNDEFINED)),
                RETURN => Ok(Step::Done(v)),
                _ => Err(exception::throw(v)),
            }
        }
        START if mode != NEXT => {
            finish(s);
            return if mode == RETURN {
                Ok(Step::Done(v))
            } else {
                Err(exception::throw(v))
            };
        }
        START => {
            let tag = if s.flavor == FLAVOR_ASYNC_FN {
                coro::TAG_ASYNC_FN
            } else {
                0
            };
            start(s, tag)?;
        }
        _ => {}
    }
    resume_coro(g, mode, v)
}

/// Gives a generator that has not started its coroutine.
fn start(s: &mut Gen, tag: u8) -> JsResult<()> {
    let arg = s as *mut Gen as usize;
    match coro::new(gen_main, arg, tag) {
        Some(c) => {
            s.coro = c;
            Ok(())
        }
        None => Err(exception::throw_range_error(
            "Out of memory: cannot start a generator",
        )),
    }
}

/// Resumes `g`, suspended in a `yield*` over generator `g.delegate`: steps
/// the delegate directly (its results are `g`'s), and resumes `g` itself
/// once the delegate completes, or to let `yield*`'s protocol loop handle a
/// `throw`/`return` the delegate overrides. This keeps a chain of `yield*`s
/// (a recursive tree walk) from switching stacks at every level.
fn resume_delegating(g: Value, mode: u8, v: Value) -> JsResult<Step> {
    let s = gen(g);
    let h = s.delegate;
    let i = ints();
    let builtin = match mode {
        NEXT => true,
        THROW => get_named(h, i.k_throw)? == i.throw,
        _ => get_named(h, i.k_return)? == i.ret,
    };
    let s = gen(g);
    if !builtin {
        s.delegate = Value::UNDEFINED;
        return resume_coro(g, mode, v);
    }
    s.state = RUNNING;
    let r = resume(h, mode, v);
    let s = gen(g);
    s.state = SUSPENDED;
    match r {
        Ok(Step::Done(x)) => {
            s.delegate = Value::UNDEFINED;
            let kind = if mode == RETURN {
                DELEGATE_RETURNED
            } else {
                DELEGATE_DONE
            };
            resume_coro(g, kind, x)
        }
        Ok(step) => Ok(step),
        Err(_) => {
            s.delegate = Value::UNDEFINED;
            resume_coro(g, DELEGATE_THREW, Value::UNDEFINED)
        }
    }
}

/// Switches to `g`'s coroutine with `(mode, v)`; what it suspended with.
fn resume_coro(g: Value, mode: u8, v: Value) -> JsResult<Step> {
    let s = gen(g);
    s.state = RUNNING;
    TRANSFER.with(|t| t.set((mode, v)));
    let prev = CURRENT.with(|c| c.replace(g));
    // SAFETY: the generator's own coroutine, suspended; `g` is on this stack.
    unsafe { coro::resume(s.coro) };
    CURRENT.with(|c| c.set(prev));
    let (kind, r) = TRANSFER.with(|t| t.replace((0, Value::UNDEFINED)));
    let s = gen(std::hint::black_box(g));
    match kind {
        YIELD => {
            s.state = SUSPENDED;
            Ok(Step::Yield(r))
        }
        YIELD_RAW => {
            s.state = SUSPENDED;
            Ok(Step::Raw(r))
        }
        AWAIT => {
            s.state = SUSPENDED;
            Ok(Step::Await(r))
        }
        RETURNED => {
            finish(s);
            Ok(Step::Done(r))
        }
        DELEGATE => {
            // `yield*` over a generator: take its first step from here.
            s.state = SUSPENDED;
            resume(g, NEXT, r)
        }
        _ => {
            finish(s);
            Err(exception::Exc)
        }
    }
}

/// `{ value, done }`.
pub fn iter_result(value: Value, done: bool) -> JsResult<Value> {
    let shape = ints().result_shape.expect("generator intrinsics");
    let r = object::alloc(crate::abi::heap::KIND_OBJECT, shape, 0, 2);
    let o = obj(r);
    o.set_slot(0, value);
    o.set_slot(1, Value::bool(done));
    Ok(r)
}

/// `next`/`throw`/`return` of a generator object: the result object.
pub fn resume_result(this: Value, mode: u8, v: Value, name: &str) -> JsResult<Value> {
    if !is_generator(this) || gen(this).flavor != 0 {
        return Err(exception::throw_type_error(&format!(
            "{name} method called on incompatible receiver {}",
            crate::exec::conv::display_string_short(this)
        )));
    }
    match resume(this, mode, v)? {
        Step::Yield(v) | Step::Await(v) => iter_result(v, false),
        Step::Raw(r) => Ok(r),
        Step::Done(v) => iter_result(v, true),
    }
}

/// The next value of generator `g` whose `next` is the builtin one (the
/// iteration protocol without the result object), or None when done.
pub fn step_fast(g: Value) -> JsResult<Option<JsResult<Option<Value>>>> {
    if gen(g).fast == 0 {
        return Ok(None);
    }
    Ok(Some(match resume(g, NEXT, Value::UNDEFINED)? {
        Step::Yield(v) | Step::Await(v) => Ok(Some(v)),
        Step::Done(_) => Ok(None),
        Step::Raw(r) => {
            if done_of(r)? {
                Ok(None)
            } else {
                value_of(r).map(Some)
            }
        }
    }))
}

/// GetIterator found generator `g`: notes whether its `next` is the builtin
/// one (see [`step_fast`]).
pub fn note_iterated(g: Value) -> JsResult<()> {
    let fast = get_named(g, ints().k_next)? == ints().next;
    gen(g).fast = fast as u64;
    Ok(())
}

/// Suspends the running generator with `(kind, v)`; what resumed it.
fn suspend(kind: u8, v: Value) -> (u8, Value) {
    let g = CURRENT.with(|c| c.get());
    TRANSFER.with(|t| t.set((kind, v)));
    // SAFETY: `g` is the running generator, on its own coroutine.
    unsafe { coro::suspend(gen(g).coro) };
    TRANSFER.with(|t| t.replace((0, Value::UNDEFINED)))
}

/// Suspends the running coroutine with `yield v` (an async generator's
/// yield, after its driver awaited `v`): the resumption mode and value.
pub fn suspend_yield(v: Value) -> (u8, Value) {
    suspend(YIELD, v)
}

/// Makes a `return(v)` completion pending in the running generator.
pub fn pending_return(v: Value) -> Value {
    let g = CURRENT.with(|c| c.get());
    gen(g).ret = v;
    crate::exec::exception::set_pending_raw(Value(GEN_RETURN));
    Value::EXCEPTION
}

/// `kiln_generator_yield(v)`: `yield v` in a generator's body.
#[no_mangle]
pub extern "C" fn kiln_generator_yield(v: Value) -> Value {
    let (mode, r) = suspend(YIELD, v);
    match mode {
        NEXT => r,
        THROW => exception::throw(r).into(),
        _ => pending_return(r),
    }
}

fn result_object(r: Value) -> JsResult<Value> {
    if r.is_object() {
        Ok(r)
    } else {
        Err(exception::throw_type_error(&format!(
            "Iterator result {} is not an object",
            crate::exec::conv::display_string(r)
        )))
    }
}

fn done_of(r: Value) -> JsResult<bool> {
    Ok(crate::exec::conv::to_boolean(get_named(r, ints().k_done)?))
}

fn value_of(r: Value) -> JsResult<Value> {
    get_named(r, ints().k_value)
}

/// `yield*` into a generator whose method for `mode` is the builtin one:
/// resumes it directly (no result objects); None for the protocol path.
fn delegate_fast(it: Value, mode: u8, received: Value) -> JsResult<Option<Step>> {
    let i = ints();
    let (k, builtin) = match mode {
        NEXT => (i.k_next, i.next),
        THROW => (i.k_throw, i.throw),
        _ => (i.k_return, i.ret),
    };
    if get_named(it, k)? != builtin {
        return Ok(None);
    }
    resume(it, mode, received).map(Some)
}

/// `kiln_generator_yield_star(iterable, text)`: `yield* iterable`, delegating
/// `next`, `throw` and `return` to its iterator; the value of the expression.
#[no_mangle]
pub extern "C" fn kiln_generator_yield_star(iterable: Value, text: Value) -> Value {
    let r = (|| {
        let source = if iterable.is_string() {
            // Strings iterate by code point (they have no iterator object yet).
            realm::new_array(&crate::exec::iteration::spread_values(iterable)?)
        } else if object::is_kind(iterable, object::KIND_ARGUMENTS) {
            // `arguments` objects iterate like arrays (no iterator object yet).
            let n = internal_methods::get_value(iterable, Key::Named(realm::get().keys.length))?;
            let n = crate::exec::conv::to_number(n)?.max(0.0) as u32;
            let mut vals = Vec::with_capacity(n as usize);
            for i in 0..n {
                vals.push(internal_methods::get(iterable, Key::Index(i), iterable)?);
            }
            realm::new_array(&vals)
        } else {
            iterable
        };
        let Some(it) = crate::exec::iteration::get_iterator(source)? else {
            let t = if text.is_string() {
                crate::text::string::to_rust(text)
            } else {
                crate::exec::conv::display_string(iterable)
            };
            return Err(exception::throw_type_error(&format!("{t} is not iterable")));
        };
        let i = ints();
        let next = get_named(it, i.k_next)?;
        let (mut mode, mut received) = (NEXT, Value::UNDEFINED);
        let generator = is_generator(it);
        loop {
            if generator && mode == NEXT && next == i.next {
                let cur = CURRENT.with(|c| c.get());
                gen(cur).delegate = it;
                (mode, received) = match suspend(DELEGATE, received) {
                    (DELEGATE_DONE, v) => return Ok(v),
                    (DELEGATE_RETURNED, v) => return Ok(pending_return(v)),
                    (DELEGATE_THREW, _) => return Err(exception::Exc),
                    other => other,
                };
                if mode == NEXT {
                    continue;
                }
            }
            if generator {
                if let Some(step) = delegate_fast(it, mode, received)? {
                    (mode, received) = match step {
                        Step::Done(v) if mode == RETURN => return Ok(pending_return(v)),
                        Step::Done(v) => return Ok(v),
                        Step::Yield(v) | Step::Await(v) => suspend(YIELD, v),
                        Step::Raw(r) => suspend(YIELD_RAW, r),
                    };
                    continue;
                }
            }
            let r = match mode {
                NEXT => result_object(function::call(next, it, &[received])?)?,
                THROW => {
                    let th = get_named(it, i.k_throw)?;
                    if th.is_nullish() {
                        crate::exec::iteration::iterator_close(it)?;
                        return Err(exception::throw_type_error(
                            "The iterator does not provide a 'throw' method.",
                        ));
                    }
                    result_object(function::call(th, it, &[received])?)?
                }
                _ => {
                    let rt = get_named(it, i.k_return)?;
                    if rt.is_nullish() {
                        return Ok(pending_return(received));
                    }
                    let r = result_object(function::call(rt, it, &[received])?)?;
                    if done_of(r)? {
                        let v = value_of(r)?;
                        return Ok(pending_return(v));
                    }
                    r
                }
            };
            if mode != RETURN && done_of(r)? {
                return value_of(r);
            }
            (mode, received) = suspend(YIELD_RAW, r);
        }
    })();
    exception::ret(r)
}
