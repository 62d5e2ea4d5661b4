//! `Promise` (ECMA-262 §27.2): promise objects, their resolving functions,
//! reactions and jobs, `then`/`catch`/`finally`, and the rejection tracker
//! Node's unhandled-rejection handling reads. The combinators
//! (`all`/`allSettled`/`any`/`race`, `resolve`/`reject`) are `statics.rs`;
//! the microtask queue is `jobs.rs`.
//!
//! A promise is a `KIND_PROMISE` object: the object part, then its state,
//! result, reactions and "is handled" flag ([`PromiseObj`]). Its reactions
//! are a plain array of six-value records `[kind, capability promise,
//! capability resolve, capability reject, handler, -]`; a capability whose
//! resolve function is undefined is *internal* (made for `%Promise%` by
//! `then`, whose resolving functions nobody can observe), settled directly.
//! An `await` is a reaction of kind [`REACTION_AWAIT`] whose capability
//! promise is the awaiting function's coroutine object: no function objects
//! are made for it (`builtins::async_fn`).

pub mod jobs;
pub mod statics;

use crate::abi::heap::KIND_PROMISE;
use crate::abi::layout::OBJECT_SIZE;
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, obj, Object, CONFIGURABLE, WRITABLE};
use crate::object::shape::Shape;
use jobs::{Job, JobKind};
use std::cell::{Cell, RefCell};

pub const PENDING: u64 = 0;
pub const FULFILLED: u64 = 1;
pub const REJECTED: u64 = 2;

/// Reaction kinds (the first value of a reaction record).
pub const REACTION_THEN: f64 = 0.0;
/// Resumes an `await`ing coroutine (`builtins::async_fn`).
pub const REACTION_AWAIT: f64 = 1.0;
/// Resumes an async generator's `await` or `return` (`builtins::async_generator`).
pub const REACTION_ASYNC_GEN: f64 = 2.0;

#[repr(C)]
pub struct PromiseObj {
    obj: Object,
    pub state: u64,
    pub result: Value,
    /// UNDEFINED, or an array of six-value reaction records (pending only).
    reactions: Value,
    pub handled: u64,
}

const EXTRA: usize = std::mem::size_of::<PromiseObj>() - OBJECT_SIZE;

#[derive(Clone, Copy)]
struct Intrinsics {
    ctor: Value,
    proto: Value,
    then: Value,
    k_then: Value,
    k_constructor: Value,
    aggregate_error: Value,
}

thread_local! {
    static INTR: Cell<Intrinsics> = const { Cell::new(Intrinsics {
        ctor: Value::UNDEFINED,
        proto: Value::UNDEFINED,
        then: Value::UNDEFINED,
        k_then: Value::UNDEFINED,
        k_constructor: Value::UNDEFINED,
        aggregate_error: Value::UNDEFINED,
    }) };
    /// Rejected promises without a handler yet (HostPromiseRejectionTracker
    /// "reject"), in the order they were rejected.
    static UNHANDLED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn intr() -> Intrinsics {
    let i = INTR.with(|i| i.get());
    if i.ctor.is_undefined() {
        realm::get();
        return INTR.with(|i| i.get());
    }
    i
}

/// %Promise%.
pub fn promise_ctor() -> Value {
    intr().ctor
}

/// Whether `v` is a promise object.
pub fn is_promise(v: Value) -> bool {
    object::is_kind(v, KIND_PROMISE)
}

/// The promise part of promise `v`.
pub fn pr(v: Value) -> &'static mut PromiseObj {
    debug_assert!(is_promise(v));
    // SAFETY: promise values point at a live PromiseObj.
    unsafe { &mut *(v.payload() as *mut PromiseObj) }
}

/// A new pending promise inheriting from `proto`.
pub fn new_promise_with_proto(proto: Value) -> Value {
    internal_methods::mark_proto(proto);
    let p = object::alloc(KIND_PROMISE, Shape::root(proto), EXTRA, 0);
    let s = pr(p);
    s.state = PENDING;
    s.result = Value::UNDEFINED;
    s.reactions = Value::UNDEFINED;
    s.handled = 0;
    p
}

/// A new pending `%Promise%` instance.
pub fn new_promise() -> Value {
    new_promise_with_proto(intr().proto)
}

/// A promise capability: the promise and its resolving functions, or
/// UNDEFINED functions for an internal capability (settled directly).
#[derive(Clone, Copy)]
pub struct Cap {
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

impl Cap {
    /// An internal capability for a new `%Promise%`.
    pub fn internal() -> Cap {
        Cap {
            promise: new_promise(),
            resolve: Value::UNDEFINED,
            reject: Value::UNDEFINED,
        }
    }

    /// No capability (an `await`'s reaction).
    const NONE: Cap = Cap {
        promise: Value::UNDEFINED,
        resolve: Value::UNDEFINED,
        reject: Value::UNDEFINED,
    };

    /// Resolves the capability's promise with `v`.
    pub fn resolve(&self, v: Value) -> JsResult<()> {
        if self.resolve.is_undefined() {
            if is_promise(self.promise) {
                resolve(self.promise, v);
            }
            Ok(())
        } else {
            function::call(self.resolve, Value::UNDEFINED, &[v]).map(|_| ())
        }
    }

    /// Rejects the capability's promise with `r`.
    pub fn reject(&self, r: Value) -> JsResult<()> {
        if self.reject.is_undefined() {
            if is_promise(self.promise) {
                reject(self.promise, r);
            }
            Ok(())
        } else {
            function::call(self.reject, Value::UNDEFINED, &[r]).map(|_| ())
        }
    }

    /// IfAbruptRejectPromise: rejects with the pending exception; the promise.
    pub fn reject_pending(&self) -> JsResult<Value> {
        let e = exception::take();
        self.reject(e)?;
        Ok(self.promise)
    }
}

/// `data` of a native function (its record).
fn data(callee: Value) -> Value {
    function::fun(callee).data
}

fn native(name: &str, length: u32, f: function::NativeFn, data: Value) -> Value {
    let v = function::new_native(name, length, f, 0);
    function::fun(v).data = data;
    v
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

fn el(a: Value, i: usize) -> Value {
    obj(a).dense()[i]
}

fn set_el(a: Value, i: usize, v: Value) {
    obj(a).dense()[i] = v;
}

/// Appends `vals` to array `a` (an internal record list).
pub fn push_all(a: Value, vals: &[Value]) {
    let o = obj(a);
    let n = o.dense_len();
    let k = vals.len() as u32;
    o.reserve_dense(n + k);
    o.set_dense_len(n + k);
    o.set_length(n + k);
    o.dense()[n as usize..].copy_from_slice(vals);
}

// ---- settling (§27.2.1.3 CreateResolvingFunctions, §27.2.1.4, §27.2.1.7) ----

/// FulfillPromise.
pub fn fulfill(p: Value, v: Value) {
    settle(p, FULFILLED, v);
}

/// RejectPromise (with HostPromiseRejectionTracker "reject").
pub fn reject(p: Value, r: Value) {
    if pr(p).handled == 0 {
        UNHANDLED.with(|u| u.borrow_mut().push(p));
    }
    settle(p, REJECTED, r);
}

fn settle(p: Value, state: u64, v: Value) {
    let s = pr(p);
    if s.state != PENDING {
        return;
    }
    let reactions = s.reactions;
    s.state = state;
    s.result = v;
    s.reactions = Value::UNDEFINED;
    if reactions.is_object() {
        let n = obj(reactions).dense_len() as usize;
        for i in (0..n).step_by(6) {
            let mut r = [Value::UNDEFINED; 6];
            r.copy_from_slice(&obj(reactions).dense()[i..i + 6]);
            enqueue_reaction(r, state == REJECTED, v);
        }
    }
}

fn enqueue_reaction(r: [Value; 6], rejected: bool, arg: Value) {
    jobs::enqueue(Job {
        kind: if rejected {
            JobKind::Rejected
        } else {
            JobKind::Fulfilled
        },
        v: [r[0], r[1], r[2], r[3], r[4], r[5], arg],
    });
}

/// The steps of a promise resolve function after its "already resolved"
/// check: fulfils, rejects, or queues a NewPromiseResolveThenableJob.
pub fn resolve(p: Value, resolution: Value) {
    if resolution == p {
        let e = crate::exec::error::make(
            crate::exec::error::ErrorKind::TypeError,
            "Chaining cycle detected for promise #<Promise>",
        );
        return reject(p, e);
    }
    if !resolution.is_object() {
        return fulfill(p, resolution);
    }
    let then = match internal_methods::get_value(resolution, Key::Named(intr().k_then)) {
        Ok(t) => t,
        Err(_) => return reject(p, exception::take()),
    };
    if !function::is_function(then) {
        return fulfill(p, resolution);
    }
    jobs::enqueue(Job {
        kind: JobKind::Thenable,
        v: [
            p,
            resolution,
            then,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
        ],
    });
}

/// CreateResolvingFunctions: `(resolve, reject)` sharing one "already
/// resolved" record `[promise, resolved]`.
pub fn resolving_functions(p: Value) -> (Value, Value) {
    let rec = realm::new_array(&[p, Value::FALSE]);
    (
        native("", 1, resolve_fn, rec),
        native("", 1, reject_fn, rec),
    )
}

fn resolve_fn(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let rec = data(callee);
    if el(rec, 1) == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    set_el(rec, 1, Value::TRUE);
    resolve(el(rec, 0), arg(args, 0));
    Ok(Value::UNDEFINED)
}

fn reject_fn(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let rec = data(callee);
    if el(rec, 1) == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    set_el(rec, 1, Value::TRUE);
    reject(el(rec, 0), arg(args, 0));
    Ok(Value::UNDEFINED)
}

// ---- reactions and jobs ----

/// PerformPromiseThen(p, onFulfilled, onRejected, capability) with a
/// reaction record of `kind`.
fn perform_then_kind(p: Value, kind: f64, on_f: Value, on_r: Value, cap: Cap) {
    let on_f = if function::is_function(on_f) {
        on_f
    } else {
        Value::UNDEFINED
    };
    let on_r = if function::is_function(on_r) {
        on_r
    } else {
        Value::UNDEFINED
    };
    let rec = [
        Value::number(kind),
        cap.promise,
        cap.resolve,
        cap.reject,
        on_f,
        on_r,
    ];
    let s = pr(p);
    match s.state {
        PENDING => {
            if !s.reactions.is_object() {
                let a = realm::new_array(&[]);
                pr(p).reactions = a;
            }
            push_all(pr(p).reactions, &rec);
        }
        FULFILLED => {
            let v = s.result;
            enqueue_reaction(rec, false, v);
        }
        _ => {
            let v = s.result;
            if s.handled == 0 {
                UNHANDLED.with(|u| u.borrow_mut().retain(|&x| x != p));
            }
            enqueue_reaction(rec, true, v);
        }
    }
    pr(p).handled = 1;
}

/// PerformPromiseThen.
pub fn perform_then(p: Value, on_f: Value, on_r: Value, cap: Cap) {
    perform_then_kind(p, REACTION_THEN, on_f, on_r, cap)
}

/// An internal reaction of `kind` (`REACTION_AWAIT`, ...) resuming `target`.
pub fn perform_then_internal(p: Value, kind: f64, target: Value) {
    let cap = Cap {
        promise: target,
        ..Cap::NONE
    };
    perform_then_kind(p, kind, Value::UNDEFINED, Value::UNDEFINED, cap)
}

/// Runs one job (the event loop calls this until the queue is empty).
/// An error is an uncaught exception (pending).
pub fn run_job(job: Job) -> JsResult<()> {
    match job.kind {
        JobKind::Fulfilled | JobKind::Rejected => {
            let rejected = job.kind == JobKind::Rejected;
            let [kind, cp, cres, crej, on_f, on_r, arg] = job.v;
            let kind = kind.as_number();
            if kind != REACTION_THEN {
                crate::builtins::async_fn::resume_from_reaction(kind, cp, rejected, arg);
                return Ok(());
            }
            let cap = Cap {
                promise: cp,
                resolve: cres,
                reject: crej,
            };
            let handler = if rejected { on_r } else { on_f };
            let r = if handler.is_undefined() {
                if rejected {
                    Err(exception::throw(arg))
                } else {
                    Ok(arg)
                }
            } else {
                function::call(handler, Value::UNDEFINED, &[arg])
            };
            match r {
                Ok(v) => cap.resolve(v),
                Err(_) => {
                    let e = exception::take();
                    cap.reject(e)
                }
            }
        }
        JobKind::Thenable => {
            let [p, thenable, then, ..] = job.v;
            let (res, rej) = resolving_functions(p);
            if function::call(then, thenable, &[res, rej]).is_err() {
                let e = exception::take();
                function::call(rej, Value::UNDEFINED, &[e])?;
            }
            Ok(())
        }
        JobKind::Callback => function::call(job.v[0], Value::UNDEFINED, &[]).map(|_| ()),
    }
}

// ---- capabilities, PromiseResolve, SpeciesConstructor ----

/// NewPromiseCapability(C) (§27.2.1.5).
pub fn new_capability(c: Value) -> JsResult<Cap> {
    if c == intr().ctor {
        return Ok(Cap::internal());
    }
    if !function::is_constructor(c) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a constructor",
            crate::exec::conv::display_string_short(c)
        )));
    }
    let rec = realm::new_array(&[Value::UNDEFINED, Value::UNDEFINED]);
    let executor = native("", 2, capability_executor, rec);
    let promise = function::construct(c, &[executor], c)?;
    let (resolve, reject) = (el(rec, 0), el(rec, 1));
    if !function::is_function(resolve) || !function::is_function(reject) {
        return Err(exception::throw_type_error(
            "Promise resolve or reject function is not callable",
        ));
    }
    Ok(Cap {
        promise,
        resolve,
        reject,
    })
}

/// GetCapabilitiesExecutor functions.
fn capability_executor(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let rec = data(callee);
    if !el(rec, 0).is_undefined() || !el(rec, 1).is_undefined() {
        return Err(exception::throw_type_error(
            "Promise executor has already been invoked with non-undefined arguments",
        ));
    }
    set_el(rec, 0, arg(args, 0));
    set_el(rec, 1, arg(args, 1));
    Ok(Value::UNDEFINED)
}

/// PromiseResolve(C, x) (§27.2.4.7.1).
pub fn promise_resolve(c: Value, x: Value) -> JsResult<Value> {
    if is_promise(x) {
        let xc = internal_methods::get_value(x, Key::Named(intr().k_constructor))?;
        if xc == c {
            return Ok(x);
        }
    }
    let cap = new_capability(c)?;
    cap.resolve(x)?;
    Ok(cap.promise)
}

/// SpeciesConstructor(o, %Promise%).
pub fn species_constructor(o: Value) -> JsResult<Value> {
    let default = intr().ctor;
    let c = internal_methods::get_value(o, Key::Named(intr().k_constructor))?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return Err(exception::throw_type_error(
            "The .constructor property is not an object",
        ));
    }
    let s = internal_methods::get_value(c, Key::Named(realm::well_known("species")))?;
    if s.is_nullish() {
        return Ok(default);
    }
    if function::is_constructor(s) {
        return Ok(s);
    }
    Err(exception::throw_type_error(
        "object.constructor[Symbol.species] is not a constructor",
    ))
}

// ---- the constructor and prototype (§27.2.3, §27.2.5) ----

fn construct(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(exception::throw_type_error(
            "Promise constructor cannot be invoked without 'new'",
        ));
    }
    let executor = arg(args, 0);
    if !function::is_function(executor) {
        return Err(exception::throw_type_error(&format!(
            "Promise resolver {} is not a function",
            v8_display(executor)
        )));
    }
    let proto = function::prototype_from(nt, intr().proto)?;
    let p = new_promise_with_proto(proto);
    let (res, rej) = resolving_functions(p);
    if function::call(executor, Value::UNDEFINED, &[res, rej]).is_err() {
        let e = exception::take();
        function::call(rej, Value::UNDEFINED, &[e])?;
    }
    Ok(p)
}

/// V8's rendering of a value in a message (`#<Object>`, `[object Array]`).
pub fn v8_display(v: Value) -> String {
    if object::is_array(v) {
        return "[object Array]".to_owned();
    }
    if v.is_object() {
        return crate::object::internal_methods::describe(v);
    }
    if crate::object::key::is_symbol(v) {
        return Key::Named(v).display();
    }
    crate::exec::conv::display_string(v)
}

fn incompatible(name: &str, this: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Method Promise.prototype.{name} called on incompatible receiver {}",
        crate::exec::conv::display_string_short(this)
    ))
}

/// `Promise.prototype.then(onFulfilled, onRejected)`.
fn then(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !is_promise(this) {
        return Err(incompatible("then", this));
    }
    let c = species_constructor(this)?;
    let cap = new_capability(c)?;
    perform_then(this, arg(args, 0), arg(args, 1), cap);
    Ok(cap.promise)
}

/// Invoke(p, "then", args).
pub fn invoke_then(p: Value, args: &[Value]) -> JsResult<Value> {
    let t = internal_methods::get_value(p, Key::Named(intr().k_then))?;
    if !function::is_function(t) {
        return function::not_a_function(t);
    }
    function::call(t, p, args)
}

/// `Promise.prototype.catch(onRejected)`.
fn catch(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    invoke_then(this, &[Value::UNDEFINED, arg(args, 0)])
}

/// `Promise.prototype.finally(onFinally)`.
fn finally(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(exception::throw_type_error(
            "Promise.prototype.finally called on non-object",
        ));
    }
    let c = species_constructor(this)?;
    let on_finally = arg(args, 0);
    if !function::is_function(on_finally) {
        return invoke_then(this, &[on_finally, on_finally]);
    }
    let rec = realm::new_array(&[on_finally, c]);
    let then_finally = native("", 1, then_finally, rec);
    let catch_finally = native("", 1, catch_finally, rec);
    invoke_then(this, &[then_finally, catch_finally])
}

/// The shared part of thenFinally/catchFinally: `onFinally()`, then a
/// promise for its result, then `then(thunk)`.
fn finally_step(callee: Value, thunk: Value) -> JsResult<Value> {
    let rec = data(callee);
    let result = function::call(el(rec, 0), Value::UNDEFINED, &[])?;
    let p = promise_resolve(el(rec, 1), result)?;
    invoke_then(p, &[thunk])
}

fn then_finally(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let thunk = native("", 0, value_thunk, arg(args, 0));
    finally_step(callee, thunk)
}

fn catch_finally(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let thunk = native("", 0, thrower, arg(args, 0));
    finally_step(callee, thunk)
}

fn value_thunk(_: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    Ok(data(callee))
}

fn thrower(_: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    Err(exception::throw(data(callee)))
}

fn species_getter(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this)
}

pub fn install(r: &Realm) {
    let proto = realm::new_object(r.object_prototype);
    let ctor = realm::constructor("Promise", 1, construct, proto);
    realm::define(r.global, "Promise", ctor, WRITABLE | CONFIGURABLE);
    let then_fn = realm::method(proto, "then", 2, then);
    realm::method(proto, "catch", 1, catch);
    realm::method(proto, "finally", 1, finally);
    let tag = Key::Named(realm::well_known("toStringTag"));
    let _ = internal_methods::define_own(
        proto,
        tag,
        internal_methods::Desc::data(crate::text::string::from_str("Promise"), CONFIGURABLE),
        false,
    );
    let getter = function::new_native("get [Symbol.species]", 0, species_getter, 0);
    let _ = internal_methods::define_own(
        ctor,
        Key::Named(realm::well_known("species")),
        internal_methods::Desc {
            get: Some(getter),
            set: Some(Value::UNDEFINED),
            enumerable: Some(false),
            configurable: Some(true),
            ..internal_methods::Desc::default()
        },
        false,
    );
    INTR.with(|i| {
        i.set(Intrinsics {
            ctor,
            proto,
            then: then_fn,
            k_then: crate::object::key::intern_str("then"),
            k_constructor: r.keys.constructor,
            aggregate_error: realm::global_value(crate::object::key::intern_str("AggregateError"))
                .unwrap_or(Value::UNDEFINED),
        })
    });
    statics::install(ctor);
}

/// Collector root: the intrinsics and the rejections not yet handled.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    let i = INTR.with(|i| i.get());
    for v in [
        i.ctor,
        i.proto,
        i.then,
        i.k_then,
        i.k_constructor,
        i.aggregate_error,
    ] {
        m.value(v);
    }
    UNHANDLED.with(|u| u.borrow().iter().for_each(|v| m.value(*v)));
    jobs::trace_roots(m);
}

/// The rejected promises still without a handler, oldest first (cleared).
pub fn take_unhandled() -> Vec<Value> {
    UNHANDLED
        .with(|u| std::mem::take(&mut *u.borrow_mut()))
        .into_iter()
        .filter(|&p| pr(p).handled == 0)
        .collect()
}

/// The single reaction of pending promise `p`, if it has exactly one:
/// its kind and target (an internal reaction's generator) (async stack
/// traces follow a chain of awaits through it, as V8 does).
pub fn only_reaction(p: Value) -> Option<(f64, Value)> {
    let s = pr(p);
    if s.state != PENDING || !s.reactions.is_object() {
        return None;
    }
    match obj(s.reactions).dense() {
        [kind, target, ..] if obj(s.reactions).dense_len() == 6 => {
            Some((kind.as_number(), *target))
        }
        _ => None,
    }
}

/// The handlers `(onFulfilled, onRejected)` of pending promise `p`'s only
/// reaction, if it has exactly one and it is a `then`.
pub fn only_then_handlers(p: Value) -> Option<(Value, Value)> {
    let s = pr(p);
    if s.state != PENDING || !s.reactions.is_object() || obj(s.reactions).dense_len() != 6 {
        return None;
    }
    match obj(s.reactions).dense() {
        [kind, _, _, _, on_f, on_r] if kind.as_number() == REACTION_THEN => Some((*on_f, *on_r)),
        _ => None,
    }
}

/// `Promise { 1 }`'s inside for `console.log`: the state and result.
pub fn state_of(p: Value) -> (u64, Value) {
    let s = pr(p);
    (s.state, s.result)
}
