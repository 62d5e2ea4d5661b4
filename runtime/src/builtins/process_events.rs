//! The minimal event-emitter surface of `process` (`on`, `addListener`,
//! `once`, `off`, `removeListener`, `removeAllListeners`, `emit`,
//! `listenerCount`, `listeners`) that the `exit`, `beforeExit` and
//! `unhandledRejection` events need; `host::event_loop` emits them.

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use std::cell::RefCell;

struct Listener {
    event: Value,
    f: Value,
    once: bool,
}

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Event names compare as strings (interned or not) or as symbols.
fn same(a: Value, b: Value) -> bool {
    a == b
        || (a.is_string()
            && b.is_string()
            && crate::text::string::units(a) == crate::text::string::units(b))
}

fn add(this: Value, args: &[Value], once: bool) -> JsResult<Value> {
    let f = arg(args, 1);
    if !function::is_function(f) {
        return Err(crate::builtins::timers::invalid_function_arg("listener", f));
    }
    LISTENERS.with(|l| {
        l.borrow_mut().push(Listener {
            event: arg(args, 0),
            f,
            once,
        })
    });
    Ok(this)
}

fn on(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    add(this, args, false)
}

fn once(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    add(this, args, true)
}

fn off(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let (event, f) = (arg(args, 0), arg(args, 1));
    LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        if let Some(i) = l.iter().rposition(|x| same(x.event, event) && x.f == f) {
            l.remove(i);
        }
    });
    Ok(this)
}

fn remove_all(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let event = arg(args, 0);
    LISTENERS.with(|l| {
        l.borrow_mut()
            .retain(|x| !(event.is_undefined() || same(x.event, event)))
    });
    Ok(this)
}

fn listeners_of(event: Value) -> Vec<Value> {
    LISTENERS.with(|l| {
        l.borrow()
            .iter()
            .filter(|x| same(x.event, event))
            .map(|x| x.f)
            .collect()
    })
}

fn listener_count(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(listeners_of(arg(args, 0)).len() as f64))
}

fn listeners(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(realm::new_array(&listeners_of(arg(args, 0))))
}

fn emit_fn(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let rest = if args.len() > 1 { &args[1..] } else { &[] };
    emit(arg(args, 0), rest).map(Value::bool)
}

/// Calls the listeners of `event` (a string or symbol) with `args`, in the
/// order they were added (`once` ones are removed first); whether there
/// were any.
pub fn emit(event: Value, args: &[Value]) -> JsResult<bool> {
    let fs: Vec<Value> = LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        let fs = l
            .iter()
            .filter(|x| same(x.event, event))
            .map(|x| x.f)
            .collect();
        l.retain(|x| !(x.once && same(x.event, event)));
        fs
    });
    let list = realm::new_array(&fs);
    let process =
        realm::global_value(crate::object::key::intern_str("process")).unwrap_or(Value::UNDEFINED);
    let n = fs.len();
    for i in 0..n {
        let f = crate::object::ordinary::obj(list).dense()[i];
        function::call(f, process, args)?;
    }
    Ok(n > 0)
}

/// Whether `event` (Rust text) has listeners.
pub fn has_listeners(event: &str) -> bool {
    !listeners_of(crate::text::string::from_str(event)).is_empty()
}

/// Emits `event` (Rust text) with `args`.
pub fn emit_named(event: &str, args: &[Value]) -> JsResult<bool> {
    emit(crate::text::string::from_str(event), args)
}

/// Emits `exit` with `code` (once).
pub fn emit_exit(code: i32) {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    if emit_named("exit", &[Value::number(code as f64)]).is_err() {
        let v = exception::take();
        let report = crate::exec::conv::display_string(v);
        crate::sys::output::write_stderr(report.as_bytes());
    }
}

/// Collector root: every listener.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    LISTENERS.with(|l| {
        for x in l.borrow().iter() {
            m.value(x.event);
            m.value(x.f);
        }
    });
}

pub fn install(_: &Realm) {
    let Some(process) = realm::global_value(crate::object::key::intern_str("process")) else {
        return;
    };
    realm::method(process, "on", 2, on);
    realm::method(process, "addListener", 2, on);
    realm::method(process, "once", 2, once);
    realm::method(process, "off", 2, off);
    realm::method(process, "removeListener", 2, off);
    realm::method(process, "removeAllListeners", 1, remove_all);
    realm::method(process, "emit", 1, emit_fn);
    realm::method(process, "listenerCount", 1, listener_count);
    realm::method(process, "listeners", 1, listeners);
}
