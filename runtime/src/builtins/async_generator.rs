//! Async generators (ECMA-262 §27.6): `%AsyncGeneratorFunction%`,
//! `%AsyncGeneratorPrototype%` (`next`/`return`/`throw`), and the driver of
//! their request queue, on the same coroutines as generators.
//!
//! An async generator is a generator object (`KIND_GENERATOR`, made by
//! `exec::generator::create_internal` with the function's `prototype`)
//! whose `aux` word is an array `[state, mode, value, promise, ...]`: the
//! async-generator state ([`A_START`]...) and the queue of requests, three
//! values each (resumption mode, value, and the promise `next`/`return`/
//! `throw` returned). In the body, `await v` suspends with `Step::Await`
//! and is resumed by a `REACTION_ASYNC_GEN` reaction; `yield v` is
//! [`kiln_async_gen_yield`]: Await(v), then a `yield` suspension on which
//! the driver settles the first request (`AsyncGeneratorCompleteStep`) and
//! resumes at once with the next request if one is queued
//! (`AsyncGeneratorYield`'s steps); `return v` awaits `v` first (compiled).
//! The call that creates the generator runs its body up to the end of the
//! parameter bindings (`kiln_async_gen_params_done`), so an error in a
//! parameter default is thrown by the call, as the spec says.

use crate::abi::value::Value;
use crate::builtins::async_fn::await_value;
use crate::builtins::promise::{self, REACTION_ASYNC_GEN};
use crate::exec::exception::{self, JsResult};
use crate::exec::generator::{self as g, Step, NEXT, RETURN, THROW};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::{obj, CONFIGURABLE, WRITABLE};
use std::cell::Cell;

const A_START: f64 = 0.0;
const A_YIELD: f64 = 1.0;
const A_EXEC: f64 = 2.0;
const A_AWAIT_RETURN: f64 = 3.0;
const A_DONE: f64 = 4.0;

thread_local! {
    /// (%AsyncGeneratorPrototype%, %AsyncGeneratorFunction.prototype%).
    static INTR: Cell<(Value, Value)> = const { Cell::new((Value::UNDEFINED, Value::UNDEFINED)) };
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Whether `v` is an async generator object.
fn is_async_gen(v: Value) -> bool {
    g::is_generator(v) && {
        let a = g::aux(v);
        a.is_object() && g::is_async_generator(v)
    }
}

fn rec(gen: Value) -> Value {
    g::aux(gen)
}

fn state(gen: Value) -> f64 {
    obj(rec(gen)).dense()[0].as_number()
}

fn set_state(gen: Value, s: f64) {
    obj(rec(gen)).dense()[0] = Value::number(s);
}

fn queue_len(gen: Value) -> usize {
    (obj(rec(gen)).dense_len() as usize - 1) / 3
}

/// The first request: (mode, value, promise).
fn first(gen: Value) -> (u8, Value, Value) {
    let d = obj(rec(gen)).dense();
    (d[1].as_number() as u8, d[2], d[3])
}

fn enqueue(gen: Value, mode: u8, v: Value, p: Value) {
    promise::push_all(rec(gen), &[Value::number(mode as f64), v, p]);
}

/// Removes the first request; its promise.
fn shift(gen: Value) -> Value {
    let o = obj(rec(gen));
    let p = o.dense()[3];
    let n = o.dense_len() as usize;
    o.dense().copy_within(4..n, 1);
    o.set_dense_len(n as u32 - 3);
    o.set_length(n as u32 - 3);
    p
}

/// AsyncGeneratorCompleteStep: settles the first request.
fn complete_step(gen: Value, threw: bool, v: Value, done: bool) {
    let p = shift(gen);
    if threw {
        promise::reject(p, v);
    } else {
        match g::iter_result(v, done) {
            Ok(r) => promise::resolve(p, r),
            Err(_) => promise::reject(p, exception::take()),
        }
    }
}

/// AsyncGeneratorDrainQueue (the generator has completed).
fn drain_queue(gen: Value) {
    while queue_len(gen) > 0 {
        let (mode, v, _) = first(gen);
        match mode {
            RETURN => {
                set_state(gen, A_AWAIT_RETURN);
                return await_return(gen);
            }
            THROW => complete_step(gen, true, v, true),
            _ => complete_step(gen, false, Value::UNDEFINED, true),
        }
    }
}

/// AsyncGeneratorAwaitReturn: awaits the first request's `return` value.
fn await_return(gen: Value) {
    let (_, v, _) = first(gen);
    match promise::promise_resolve(promise::promise_ctor(), v) {
        Ok(p) => promise::perform_then_internal(p, REACTION_ASYNC_GEN, gen),
        Err(_) => {
            let e = exception::take();
            set_state(gen, A_DONE);
            complete_step(gen, true, e, true);
            drain_queue(gen);
        }
    }
}

/// Resumes the body with `(mode, v)` and handles how it suspends or ends.
fn resume(gen: Value, mut mode: u8, mut v: Value) {
    loop {
        set_state(gen, A_EXEC);
        match g::resume(gen, mode, v) {
            Ok(Step::Await(x)) => match await_value(gen, x, REACTION_ASYNC_GEN) {
                Ok(()) => return,
                Err(_) => {
                    mode = THROW;
                    v = exception::take();
                }
            },
            Ok(Step::Yield(x)) | Ok(Step::Raw(x)) => {
                complete_step(gen, false, x, false);
                if queue_len(gen) == 0 {
                    set_state(gen, A_YIELD);
                    return;
                }
                (mode, v, _) = first(gen);
            }
            Ok(Step::Done(r)) => {
                set_state(gen, A_DONE);
                complete_step(gen, false, r, true);
                return drain_queue(gen);
            }
            Err(_) => {
                let e = exception::take();
                set_state(gen, A_DONE);
                complete_step(gen, true, e, true);
                return drain_queue(gen);
            }
        }
    }
}

/// A `REACTION_ASYNC_GEN` reaction fired: an `await` in the body settled,
/// or the awaited value of a `return` request.
pub fn resume_from_reaction(gen: Value, rejected: bool, v: Value) {
    if state(gen) == A_AWAIT_RETURN {
        set_state(gen, A_DONE);
        complete_step(gen, rejected, v, true);
        return drain_queue(gen);
    }
    resume(gen, if rejected { THROW } else { NEXT }, v);
}

/// `kiln_async_gen_start(callee, argc, this, a0, a1, a2, rest)`: what
/// calling an async generator function returns (its body has not started).
#[no_mangle]
pub extern "C" fn kiln_async_gen_start(
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
        let mut proto =
            internal_methods::get_value(callee, Key::Named(realm::get().keys.prototype))?;
        if !proto.is_object() {
            proto = INTR.with(|i| i.get()).0;
        }
        let gen = g::create_internal(callee, this, &args, proto);
        g::set_aux(gen, realm::new_array(&[Value::number(A_START)]));
        g::mark_async_generator(gen);
        // Bind the parameters now (FunctionDeclarationInstantiation runs
        // at the call): the body suspends in `kiln_async_gen_params_done`.
        match g::resume(gen, NEXT, Value::UNDEFINED)? {
            Step::Yield(_) => Ok(gen),
            _ => Err(exception::throw_type_error(
                "async generator did not stop after its parameters",
            )),
        }
    })())
}

/// `kiln_async_gen_params_done()`: the end of an async generator's
/// parameter bindings; returns when the first request resumes the body.
#[no_mangle]
pub extern "C" fn kiln_async_gen_params_done() -> Value {
    let _ = g::suspend_yield(Value::HOLE);
    Value::UNDEFINED
}

/// `kiln_async_gen_yield(v)`: `yield v` in an async generator's body: the
/// value the next request resumes it with, or EXCEPTION (a `throw`
/// request, or a `return` request with `GEN_RETURN` pending).
#[no_mangle]
pub extern "C" fn kiln_async_gen_yield(v: Value) -> Value {
    let value = g::suspend_await(v);
    if exception::is_exception(value) {
        return value;
    }
    let (mode, r) = g::suspend_yield(value);
    match mode {
        NEXT => r,
        THROW => exception::throw(r).into(),
        _ => {
            // AsyncGeneratorUnwrapYieldResumption: a return awaits its value.
            let awaited = g::suspend_await(r);
            if exception::is_exception(awaited) {
                return awaited;
            }
            g::pending_return(awaited)
        }
    }
}

/// `next`/`return`/`throw` (§27.6.1.2–4).
fn request(this: Value, mode: u8, v: Value, name: &str) -> JsResult<Value> {
    let p = promise::new_promise();
    if !is_async_gen(this) {
        let e = crate::exec::error::make(
            crate::exec::error::ErrorKind::TypeError,
            &format!(
                "{name} method called on incompatible receiver {}",
                crate::exec::conv::display_string_short(this)
            ),
        );
        promise::reject(p, e);
        return Ok(p);
    }
    let mut st = state(this);
    match mode {
        NEXT => {
            if st == A_DONE {
                let r = g::iter_result(Value::UNDEFINED, true)?;
                promise::resolve(p, r);
                return Ok(p);
            }
            enqueue(this, mode, v, p);
            if st == A_START || st == A_YIELD {
                let (m, x, _) = first(this);
                resume(this, m, x);
            }
        }
        RETURN => {
            enqueue(this, mode, v, p);
            if st == A_START || st == A_DONE {
                if st == A_START {
                    g::abandon(this);
                }
                set_state(this, A_AWAIT_RETURN);
                await_return(this);
            } else if st == A_YIELD {
                resume(this, RETURN, v);
            }
        }
        _ => {
            if st == A_START {
                g::abandon(this);
                set_state(this, A_DONE);
                st = A_DONE;
            }
            if st == A_DONE {
                promise::reject(p, v);
                return Ok(p);
            }
            enqueue(this, mode, v, p);
            if st == A_YIELD {
                resume(this, THROW, v);
            }
        }
    }
    Ok(p)
}

fn next(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    request(this, NEXT, arg(args, 0), "next")
}

fn ret(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    request(this, RETURN, arg(args, 0), "return")
}

fn throw(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    request(this, THROW, arg(args, 0), "throw")
}

fn iter_self(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this)
}

fn no_eval(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_error(
        crate::abi::names::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context",
    ))
}

fn define_sym(o: Value, name: &'static str, v: Value, attrs: u8) {
    let k = Key::Named(realm::well_known(name));
    let _ = internal_methods::define_own(o, k, Desc::data(v, attrs), false);
}

pub fn install(r: &Realm) {
    // %AsyncIteratorPrototype%.
    let iter_proto = realm::new_plain_object();
    define_sym(
        iter_proto,
        "asyncIterator",
        function::new_native("[Symbol.asyncIterator]", 0, iter_self, 0),
        WRITABLE | CONFIGURABLE,
    );
    let proto = realm::new_object(iter_proto);
    realm::method(proto, "next", 1, next);
    realm::method(proto, "return", 1, ret);
    realm::method(proto, "throw", 1, throw);
    define_sym(
        proto,
        "toStringTag",
        crate::text::string::from_str("AsyncGenerator"),
        CONFIGURABLE,
    );
    let fn_proto = realm::new_object(r.function_prototype);
    internal_methods::mark_proto(fn_proto);
    internal_methods::mark_proto(proto);
    internal_methods::mark_proto(iter_proto);
    realm::define(fn_proto, "prototype", proto, CONFIGURABLE);
    realm::define(proto, "constructor", fn_proto, CONFIGURABLE);
    define_sym(
        fn_proto,
        "toStringTag",
        crate::text::string::from_str("AsyncGeneratorFunction"),
        CONFIGURABLE,
    );
    super::generator::install_function_constructor(r, "AsyncGeneratorFunction", no_eval, fn_proto);
    INTR.with(|i| i.set((proto, fn_proto)));
    crate::builtins::async_fn::set_async_iterator_prototype(iter_proto);
}

/// Collector root: the intrinsics.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    let (a, b) = INTR.with(|i| i.get());
    m.value(a);
    m.value(b);
}

/// Makes the new function object `f` an async generator function.
pub fn make_function(f: Value) -> Value {
    let (proto, fn_proto) = INTR.with(|i| i.get());
    internal_methods::set_proto(f, fn_proto);
    obj(f).header.flags |= crate::abi::layout::FN_ASYNC;
    let p = realm::new_object(proto);
    realm::define(f, "prototype", p, WRITABLE);
    f
}
