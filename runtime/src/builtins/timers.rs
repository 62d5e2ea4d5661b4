//! Node's timers and task queues: `setTimeout`/`setInterval`/`setImmediate`
//! and their `clear*` functions (with `Timeout`/`Immediate` objects:
//! `ref`/`unref`/`hasRef`/`refresh`/`close`, `[Symbol.toPrimitive]` giving
//! the id `clear*` also accepts), `queueMicrotask`, `process.nextTick`,
//! `performance.now()` and `process.hrtime()`.
//!
//! This module holds the queues; `host::event_loop` runs them in Node's
//! order. Times are whole milliseconds of a monotonic clock since the
//! program started. A timer is due `delay` ms after the clock reading at
//! its creation (Node reads the clock at every insertion); the loop's
//! timers phase runs the timers due at the time [`update_now`] read when
//! the phase began, so a timer created by a timer callback waits for a
//! later phase. Timers with the same due time run in creation order. All
//! values the queues hold are traced by [`trace_roots`].

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{CONFIGURABLE, ENUMERABLE, WRITABLE};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::time::Instant;

/// The longest delay Node accepts (2³¹ − 1 ms); longer ones become 1 ms.
const TIMEOUT_MAX: f64 = 2147483647.0;

/// An active `setTimeout`/`setInterval` timer.
#[derive(Clone, Copy)]
pub struct Timer {
    pub obj: Value,
    pub callback: Value,
    /// The extra arguments (an array) or UNDEFINED.
    pub args: Value,
    /// The delay in ms; for an interval, the repeat too.
    pub delay: u64,
    pub repeat: bool,
    pub when: u64,
    seq: u64,
    pub refed: bool,
}

/// A queued `setImmediate` callback.
#[derive(Clone, Copy)]
pub struct Immediate {
    pub id: u32,
    pub obj: Value,
    pub callback: Value,
    pub args: Value,
}

struct State {
    timers: HashMap<u32, Timer>,
    /// `(when, seq, id)` of every active timer.
    due: BTreeSet<(u64, u64, u32)>,
    /// The id of each Timeout/Immediate object (by its value's bits).
    ids: HashMap<u64, u32>,
    /// Immediates not yet run nor cleared, and whether each is ref'ed.
    immediates: VecDeque<Immediate>,
    immediate_refs: HashMap<u32, bool>,
    /// `process.nextTick` callbacks and their arguments (an array or UNDEFINED).
    ticks: VecDeque<(Value, Value)>,
    next_id: u32,
    seq: u64,
    now: u64,
    start: Option<Instant>,
    timeout_proto: Value,
    immediate_proto: Value,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State {
        timers: HashMap::new(),
        due: BTreeSet::new(),
        ids: HashMap::new(),
        immediates: VecDeque::new(),
        immediate_refs: HashMap::new(),
        ticks: VecDeque::new(),
        next_id: 0,
        seq: 0,
        now: 0,
        start: None,
        timeout_proto: Value::UNDEFINED,
        immediate_proto: Value::UNDEFINED,
    });
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

fn clock_ms(s: &mut State) -> f64 {
    let start = *s.start.get_or_insert_with(Instant::now);
    start.elapsed().as_secs_f64() * 1000.0
}

/// Reads the clock into the loop's cached time (libuv's `uv_update_time`).
pub fn update_now() {
    with(|s| s.now = clock_ms(s) as u64);
}

/// The loop's cached time in ms since the program started.
pub fn now() -> u64 {
    with(|s| s.now)
}

/// Node's `ERR_INVALID_ARG_TYPE` for a `callback` argument that is not a function.
pub fn invalid_callback(v: Value) -> exception::Exc {
    invalid_function_arg("callback", v)
}

/// Node's `ERR_INVALID_ARG_TYPE` for argument `name`, not a function.
pub fn invalid_function_arg(name: &str, v: Value) -> exception::Exc {
    let received = if v.is_undefined() || v.is_null() {
        crate::exec::conv::display_string(v)
    } else if function::is_function(v) {
        let n = crate::text::string::to_rust(function::name(v));
        format!("function {n}")
    } else if v.is_object() {
        match internal_methods::constructor_name(v) {
            Some(c) => format!("an instance of {c}"),
            None => "[Object: null prototype]".to_owned(),
        }
    } else {
        let shown = if v.is_string() {
            let mut out = Vec::new();
            crate::builtins::console::inspect::push_inspect(&mut out, v);
            String::from_utf16_lossy(&out)
        } else {
            crate::exec::conv::display_string_short(v)
        };
        format!("type {} ({shown})", crate::exec::conv::type_of(v))
    };
    let e = crate::exec::error::make(
        crate::exec::error::ErrorKind::TypeError,
        &format!("The \"{name}\" argument must be of type function. Received {received}"),
    );
    let _ = internal_methods::create_data_property(
        e,
        crate::object::key::from_str("code"),
        crate::text::string::from_str("ERR_INVALID_ARG_TYPE"),
    );
    exception::throw(e)
}

/// The extra arguments after the first `skip` (an array), or UNDEFINED.
fn rest_args(args: &[Value], skip: usize) -> Value {
    if args.len() > skip {
        realm::new_array(&args[skip..])
    } else {
        Value::UNDEFINED
    }
}

/// Node's delay coercion: a number in [1, 2³¹ − 1], else 1.
fn delay_of(v: Value) -> JsResult<u64> {
    let d = crate::exec::conv::to_number(v)?;
    Ok(if (1.0..=TIMEOUT_MAX).contains(&d) {
        d as u64
    } else {
        1
    })
}

fn schedule(s: &mut State, id: u32, when: u64) {
    s.seq += 1;
    let seq = s.seq;
    if let Some(t) = s.timers.get_mut(&id) {
        s.due.remove(&(t.when, t.seq, id));
        t.when = when;
        t.seq = seq;
        s.due.insert((when, seq, id));
    }
}

fn add_timer(args: &[Value], repeat: bool) -> JsResult<Value> {
    let cb = arg(args, 0);
    if !function::is_function(cb) {
        return Err(invalid_callback(cb));
    }
    let delay = delay_of(arg(args, 1))?;
    let extra = rest_args(args, 2);
    let proto = with(|s| s.timeout_proto);
    let obj = realm::new_object(proto);
    with(|s| {
        s.next_id += 1;
        let id = s.next_id;
        s.ids.insert(obj.0, id);
        // Node reads the clock at every insertion (`getLibuvNow()` updates
        // libuv's time).
        let when = clock_ms(s) as u64 + delay;
        s.timers.insert(
            id,
            Timer {
                obj,
                callback: cb,
                args: extra,
                delay,
                repeat,
                when,
                seq: 0,
                refed: true,
            },
        );
        schedule(s, id, when);
    });
    Ok(obj)
}

fn set_timeout(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    add_timer(args, false)
}

fn set_interval(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    add_timer(args, true)
}

/// The id of a Timeout/Immediate object, or of a number/string id.
fn id_of(v: Value) -> Option<u32> {
    if v.is_object() {
        return with(|s| s.ids.get(&v.0).copied());
    }
    if v.is_number() || v.is_string() {
        let n = crate::exec::conv::to_number(v).ok()?;
        if n >= 1.0 && n == n.trunc() && n <= u32::MAX as f64 {
            return Some(n as u32);
        }
    }
    None
}

fn remove_timer(s: &mut State, id: u32) {
    if let Some(t) = s.timers.remove(&id) {
        s.due.remove(&(t.when, t.seq, id));
    }
}

fn clear_timeout(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if let Some(id) = id_of(arg(args, 0)) {
        with(|s| {
            remove_timer(s, id);
        });
    }
    Ok(Value::UNDEFINED)
}

fn set_immediate(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cb = arg(args, 0);
    if !function::is_function(cb) {
        return Err(invalid_callback(cb));
    }
    let extra = rest_args(args, 1);
    let proto = with(|s| s.immediate_proto);
    let obj = realm::new_object(proto);
    with(|s| {
        s.next_id += 1;
        let id = s.next_id;
        s.ids.insert(obj.0, id);
        s.immediate_refs.insert(id, true);
        s.immediates.push_back(Immediate {
            id,
            obj,
            callback: cb,
            args: extra,
        });
    });
    Ok(obj)
}

fn clear_immediate(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if let Some(id) = id_of(arg(args, 0)) {
        with(|s| {
            if s.immediate_refs.remove(&id).is_some() {
                s.immediates.retain(|i| i.id != id);
            }
        });
    }
    Ok(Value::UNDEFINED)
}

fn queue_microtask(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cb = arg(args, 0);
    if !function::is_function(cb) {
        return Err(invalid_callback(cb));
    }
    crate::builtins::promise::jobs::enqueue(crate::builtins::promise::jobs::Job {
        kind: crate::builtins::promise::jobs::JobKind::Callback,
        v: [
            cb,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
            Value::UNDEFINED,
        ],
    });
    Ok(Value::UNDEFINED)
}

fn next_tick(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cb = arg(args, 0);
    if !function::is_function(cb) {
        return Err(invalid_callback(cb));
    }
    let extra = rest_args(args, 1);
    with(|s| s.ticks.push_back((cb, extra)));
    Ok(Value::UNDEFINED)
}

// ---- Timeout and Immediate objects ----

fn this_id(this: Value) -> Option<u32> {
    if this.is_object() {
        with(|s| s.ids.get(&this.0).copied())
    } else {
        None
    }
}

fn set_ref(this: Value, on: bool) -> Value {
    if let Some(id) = this_id(this) {
        with(|s| {
            if let Some(t) = s.timers.get_mut(&id) {
                t.refed = on;
            } else if let Some(r) = s.immediate_refs.get_mut(&id) {
                *r = on;
            }
        });
    }
    this
}

fn ref_(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(set_ref(this, true))
}

fn unref(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(set_ref(this, false))
}

fn has_ref(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let r = this_id(this).is_some_and(|id| {
        with(|s| {
            s.timers
                .get(&id)
                .map(|t| t.refed)
                .or_else(|| s.immediate_refs.get(&id).copied())
                .unwrap_or(false)
        })
    });
    Ok(Value::bool(r))
}

fn refresh(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if let Some(id) = this_id(this) {
        with(|s| {
            if let Some(delay) = s.timers.get(&id).map(|t| t.delay) {
                let when = clock_ms(s) as u64 + delay;
                schedule(s, id, when);
            }
        });
    }
    Ok(this)
}

fn close(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if let Some(id) = this_id(this) {
        with(|s| remove_timer(s, id));
    }
    Ok(this)
}

fn to_primitive(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this_id(this).map_or(Value::number(f64::NAN), |id| Value::number(id as f64)))
}

// ---- time ----

fn performance_now(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(with(clock_ms)))
}

/// Nanoseconds on the monotonic clock (from an arbitrary origin, as Node's).
fn hrtime_ns() -> u64 {
    with(|s| {
        let start = *s.start.get_or_insert_with(Instant::now);
        start.elapsed().as_nanos() as u64
    }) + 1_000_000_000
}

/// `process.hrtime.bigint()`: the same clock as a BigInt of nanoseconds.
fn hrtime_bigint(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(crate::exec::bigint::from_i128(hrtime_ns() as i128))
}

fn hrtime(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let ns = hrtime_ns();
    let (mut sec, mut nsec) = ((ns / 1_000_000_000) as f64, (ns % 1_000_000_000) as f64);
    let prev = arg(args, 0);
    if prev.is_object() {
        let k = |i| internal_methods::get(prev, Key::Index(i), prev);
        let (ps, pn) = (
            crate::exec::conv::to_number(k(0)?)?,
            crate::exec::conv::to_number(k(1)?)?,
        );
        sec -= ps;
        nsec -= pn;
        if nsec < 0.0 {
            sec -= 1.0;
            nsec += 1e9;
        }
    }
    Ok(realm::new_array(&[Value::number(sec), Value::number(nsec)]))
}

// ---- what the event loop asks ----

/// Takes the first `process.nextTick` callback.
pub fn pop_tick() -> Option<(Value, Value)> {
    with(|s| s.ticks.pop_front())
}

/// Whether `process.nextTick` callbacks are queued.
pub fn has_ticks() -> bool {
    with(|s| !s.ticks.is_empty())
}

/// The first timer due at the cached time, taken out of the due set (an
/// interval is put back by [`reschedule`]); with its id.
pub fn pop_due() -> Option<(u32, Timer)> {
    with(|s| {
        let &(when, seq, id) = s.due.iter().next()?;
        if when > s.now {
            return None;
        }
        s.due.remove(&(when, seq, id));
        let t = if s.timers.get(&id)?.repeat {
            *s.timers.get(&id)?
        } else {
            s.timers.remove(&id)?
        };
        Some((id, t))
    })
}

/// The clock now (ms), as a timer inserted now would read it.
pub fn clock_now() -> u64 {
    with(|s| clock_ms(s) as u64)
}

/// After an interval's callback: due again `delay` ms after `start` (if it
/// was not cleared meanwhile).
pub fn reschedule(id: u32, start: u64) {
    with(|s| {
        if let Some(t) = s.timers.get(&id) {
            if !s.due.iter().any(|&(_, _, i)| i == id) {
                let when = start + t.delay;
                schedule(s, id, when);
            }
        }
    });
}

/// The due time of the earliest timer.
pub fn next_due() -> Option<u64> {
    with(|s| s.due.iter().next().map(|&(w, _, _)| w))
}

/// The immediates queued now (those queued while they run wait for the
/// next loop iteration).
pub fn take_immediates() -> VecDeque<Immediate> {
    with(|s| std::mem::take(&mut s.immediates))
}

/// Whether immediate `id` is still to run (not cleared); forgets it.
pub fn start_immediate(id: u32) -> bool {
    with(|s| s.immediate_refs.remove(&id).is_some())
}

/// Whether ref'ed immediates are queued.
pub fn has_refed_immediates() -> bool {
    with(|s| s.immediate_refs.values().any(|&r| r))
}

/// Whether anything keeps the loop alive: a ref'ed timer or immediate.
pub fn alive() -> bool {
    with(|s| s.timers.values().any(|t| t.refed) || s.immediate_refs.values().any(|&r| r))
}

/// Collector root: everything queued, and the prototypes.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    STATE.with(|s| {
        let s = s.borrow();
        m.value(s.timeout_proto);
        m.value(s.immediate_proto);
        for t in s.timers.values() {
            for v in [t.obj, t.callback, t.args] {
                m.value(v);
            }
        }
        for i in &s.immediates {
            for v in [i.obj, i.callback, i.args] {
                m.value(v);
            }
        }
        for (cb, args) in &s.ticks {
            m.value(*cb);
            m.value(*args);
        }
    });
}

/// Forgets the ids of Timeout/Immediate objects the collector found dead
/// (after marking).
pub fn sweep_ids() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.ids.retain(|&bits, _| crate::gc::is_marked(Value(bits)));
    });
}

/// `new Timeout()` from user code: Node's classes are internal.
fn illegal_constructor(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_type_error("Illegal constructor"))
}

fn class(r: &Realm, name: &str, methods: &[(&str, u32, function::NativeFn)]) -> Value {
    let proto = realm::new_object(r.object_prototype);
    let ctor = function::new_native(name, 0, illegal_constructor, 0);
    realm::define(proto, "constructor", ctor, WRITABLE | CONFIGURABLE);
    realm::define(ctor, "prototype", proto, 0);
    for &(n, len, f) in methods {
        realm::method(proto, n, len, f);
    }
    internal_methods::mark_proto(proto);
    proto
}

pub fn install(r: &Realm) {
    let g = r.global;
    let timeout_proto = class(
        r,
        "Timeout",
        &[
            ("refresh", 0, refresh),
            ("unref", 0, unref),
            ("ref", 0, ref_),
            ("hasRef", 0, has_ref),
            ("close", 0, close),
        ],
    );
    let tp = function::new_native("[Symbol.toPrimitive]", 0, to_primitive, 0);
    let _ = internal_methods::define_own(
        timeout_proto,
        Key::Named(realm::well_known("toPrimitive")),
        internal_methods::Desc::data(tp, WRITABLE | CONFIGURABLE),
        false,
    );
    let immediate_proto = class(
        r,
        "Immediate",
        &[
            ("ref", 0, ref_),
            ("unref", 0, unref),
            ("hasRef", 0, has_ref),
        ],
    );
    with(|s| {
        s.timeout_proto = timeout_proto;
        s.immediate_proto = immediate_proto;
    });
    for (name, len, f) in [
        ("setTimeout", 2, set_timeout as function::NativeFn),
        ("clearTimeout", 1, clear_timeout),
        ("setInterval", 2, set_interval),
        ("clearInterval", 1, clear_timeout),
        ("setImmediate", 1, set_immediate),
        ("clearImmediate", 1, clear_immediate),
        ("queueMicrotask", 1, queue_microtask),
    ] {
        let fv = function::new_native(name, len, f, 0);
        realm::define(g, name, fv, WRITABLE | CONFIGURABLE | ENUMERABLE);
    }
    let performance = realm::new_plain_object();
    realm::method(performance, "now", 0, performance_now);
    realm::define(
        g,
        "performance",
        performance,
        WRITABLE | CONFIGURABLE | ENUMERABLE,
    );
    if let Some(process) = realm::global_value(crate::object::key::intern_str("process")) {
        realm::method(process, "nextTick", 1, next_tick);
        let h = realm::method(process, "hrtime", 1, hrtime);
        realm::method(h, "bigint", 0, hrtime_bigint);
    }
    update_now();
}
