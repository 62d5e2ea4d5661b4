//! Async functions (ECMA-262 §27.7): `%AsyncFunction%`, its prototype, and
//! the driver that runs an async function's body on a coroutine.
//!
//! An async function compiles like a generator function: its generic entry
//! starts with a check, and called with any `new_target` but `GEN_START` it
//! returns [`kiln_async_start`]`(...)`. That makes an internal generator
//! object (`exec::generator::create_internal`) holding the callee, `this`
//! and the arguments, and a promise (kept in the generator's `aux` word),
//! and runs the body at once on the generator's coroutine until it
//! completes or reaches its first `await`. `await v` is the runtime call
//! [`kiln_await`]: it suspends the coroutine with `v`; the driver ([`step`])
//! then does Await's steps: `PromiseResolve(%Promise%, v)` and a reaction of
//! kind `REACTION_AWAIT` whose target is the generator object, so no
//! closures are allocated. The reaction job resumes the coroutine with the
//! value (or throws the reason into it). So a native promise takes one
//! tick, a thenable two more, as in V8. The body's completion resolves (or
//! rejects) the promise: `return p` with a promise `p` takes the resolve
//! function's thenable job, as the spec says.
//!
//! The awaiting function's state is its coroutine's stack, traced from the
//! generator object (`gc::coro::trace`); the object itself is reachable
//! from the reaction record in the awaited promise's reaction list (or from
//! the job queue once the promise settles).

use crate::abi::value::Value;
use crate::builtins::promise::{self, REACTION_AWAIT};
use crate::exec::exception::{self, JsResult};
use crate::exec::generator::{self as g, Step, NEXT, THROW};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::CONFIGURABLE;
use std::cell::Cell;

thread_local! {
    /// %AsyncFunction.prototype%.
    static FN_PROTO: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
    /// %AsyncIteratorPrototype% (set by `async_generator`).
    static ASYNC_ITER_PROTO: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
}

/// Records %AsyncIteratorPrototype%.
pub fn set_async_iterator_prototype(p: Value) {
    ASYNC_ITER_PROTO.with(|c| c.set(p));
}

/// `kiln_async_start(callee, argc, this, a0, a1, a2, rest)`: what calling
/// an async function returns (its promise), after running the body up to
/// its first `await`.
#[no_mangle]
pub extern "C" fn kiln_async_start(
    callee: Value,
    argc: i64,
    this: Value,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
) -> Value {
    let args = function::generic_args(argc, a0, a1, a2, rest);
    let gen = g::create_internal(callee, this, &args, Value::NULL);
    let p = promise::new_promise();
    g::set_aux(gen, p);
    step(gen, NEXT, Value::UNDEFINED);
    p
}

/// `kiln_await(v)`: `await v` in an async function's body: the value it
/// resumes with, or EXCEPTION with the rejection reason pending.
#[no_mangle]
pub extern "C" fn kiln_await(v: Value) -> Value {
    if g::current().is_undefined() {
        // Not on a coroutine (cannot happen for compiled code: `await` is
        // only valid in async bodies, which always run on one).
        return exception::throw_type_error("await is only valid in async functions").into();
    }
    g::suspend_await(v)
}

/// Await's steps for a coroutine that suspended with `v`: a reaction on
/// `PromiseResolve(%Promise%, v)` resuming `target` (an async function's
/// generator, or an async generator with `kind`). Err: PromiseResolve threw
/// (pending), to be thrown into the coroutine.
pub fn await_value(target: Value, v: Value, kind: f64) -> JsResult<()> {
    let p = promise::promise_resolve(promise::promise_ctor(), v)?;
    promise::perform_then_internal(p, kind, target);
    Ok(())
}

/// Resumes async function `gen` with `(mode, v)` and handles how it
/// suspends or completes.
fn step(gen: Value, mut mode: u8, mut v: Value) {
    loop {
        match g::resume(gen, mode, v) {
            Ok(Step::Await(x)) | Ok(Step::Yield(x)) | Ok(Step::Raw(x)) => {
                match await_value(gen, x, REACTION_AWAIT) {
                    Ok(()) => return,
                    Err(_) => {
                        mode = THROW;
                        v = exception::take();
                    }
                }
            }
            Ok(Step::Done(r)) => return promise::resolve(g::aux(gen), r),
            Err(_) => {
                let e = exception::take();
                return promise::reject(g::aux(gen), e);
            }
        }
    }
}

/// A reaction job of an internal kind fired: resumes its target.
pub fn resume_from_reaction(kind: f64, target: Value, rejected: bool, v: Value) {
    if kind == REACTION_AWAIT {
        step(target, if rejected { THROW } else { NEXT }, v);
    } else {
        crate::builtins::async_generator::resume_from_reaction(target, rejected, v);
    }
}

fn async_function(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_error(
        crate::abi::names::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context",
    ))
}

pub fn install(r: &Realm) {
    let fn_proto = realm::new_object(r.function_prototype);
    internal_methods::mark_proto(fn_proto);
    let _ = internal_methods::define_own(
        fn_proto,
        Key::Named(realm::well_known("toStringTag")),
        Desc::data(crate::text::string::from_str("AsyncFunction"), CONFIGURABLE),
        false,
    );
    super::generator::install_function_constructor(r, "AsyncFunction", async_function, fn_proto);
    FN_PROTO.with(|p| p.set(fn_proto));
    crate::exec::frames::set_awaiter_hook(awaiter);
}

/// The async function awaiting the promise of async function `gen` (its
/// promise's only reaction is that function's `await`), for the `at async
/// f` frames of stack traces.
/// `gen` is an async function, or (after a combinator) a promise.
fn awaiter(gen: Value) -> Option<crate::exec::frames::Awaiter> {
    use crate::exec::frames::Awaiter;
    let p = if promise::is_promise(gen) {
        gen
    } else {
        g::aux(gen)
    };
    if !promise::is_promise(p) {
        return None;
    }
    if let Some((on_f, on_r)) = promise::only_then_handlers(p) {
        let (name, index, promise) = promise::statics::combinator_element(on_f)
            .or_else(|| promise::statics::combinator_element(on_r))?;
        return Some(Awaiter::Combinator {
            name,
            index,
            promise,
        });
    }
    match promise::only_reaction(p)? {
        (k, target) if k == REACTION_AWAIT && g::is_async_function(target) => {
            Some(Awaiter::Function(target))
        }
        _ => None,
    }
}

/// Collector root: the intrinsics.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    m.value(FN_PROTO.with(|p| p.get()));
    m.value(ASYNC_ITER_PROTO.with(|p| p.get()));
}

/// `kiln_make_async_function(f)`: makes the new function object `f` an
/// async function (`%AsyncFunction.prototype%` as its prototype), or an
/// async generator function (`async_generator::make_function`).
#[no_mangle]
pub extern "C" fn kiln_make_async_function(f: Value) -> Value {
    if crate::object::ordinary::obj(f).has_flag(crate::abi::layout::FN_GENERATOR) {
        return crate::builtins::async_generator::make_function(f);
    }
    let proto = FN_PROTO.with(|p| p.get());
    internal_methods::set_proto(f, proto);
    crate::object::ordinary::obj(f).header.flags |= crate::abi::layout::FN_ASYNC;
    f
}
