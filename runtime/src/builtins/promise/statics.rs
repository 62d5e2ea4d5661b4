//! The `Promise` constructor's own methods (ECMA-262 §27.2.4): `resolve`,
//! `reject`, and the combinators `all`, `allSettled`, `any`, `race` over
//! the iteration protocol, with their element functions.
//!
//! A combinator's shared state is an array `[values, cap promise, cap
//! resolve, cap reject, remaining]`; each element function's `data` is
//! `[state, index, called]`, where `called` is a one-element array shared by
//! the two functions `allSettled` makes per element.

use super::{arg, data, el, native, new_capability, promise_resolve, set_el, Cap};
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::iteration;
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

impl Combinator {
    fn name(self) -> &'static str {
        match self {
            Combinator::All => "Promise.all",
            Combinator::AllSettled => "Promise.allSettled",
            Combinator::Any => "Promise.any",
            Combinator::Race => "Promise.race",
        }
    }
}

/// `Promise.resolve(x)`.
fn resolve(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(exception::throw_type_error(
            "PromiseResolve called on non-object",
        ));
    }
    promise_resolve(this, arg(args, 0))
}

/// `Promise.reject(r)`.
fn reject(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(exception::throw_type_error(
            "PromiseReject called on non-object",
        ));
    }
    let cap = new_capability(this)?;
    cap.reject(arg(args, 0))?;
    Ok(cap.promise)
}

fn all(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), Combinator::All)
}

fn all_settled(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), Combinator::AllSettled)
}

fn any(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), Combinator::Any)
}

fn race(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), Combinator::Race)
}

fn not_iterable(v: Value) -> exception::Exc {
    let what = if v.is_nullish() {
        crate::exec::conv::display_string(v)
    } else if v.is_object() {
        crate::exec::conv::type_of(v).to_owned()
    } else {
        format!(
            "{} {}",
            crate::exec::conv::type_of(v),
            crate::exec::conv::display_string_short(v)
        )
    };
    exception::throw_type_error(&format!(
        "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}

/// GetIterator(iterable) (strings by code point).
fn iterator_of(iterable: Value) -> JsResult<Value> {
    let source = if iterable.is_string() {
        realm::new_array(&iteration::spread_values(iterable)?)
    } else {
        iterable
    };
    match iteration::get_iterator(source)? {
        Some(it) => Ok(it),
        None => Err(not_iterable(iterable)),
    }
}

/// The shared body of the four combinators (PerformPromiseAll & co.).
fn combinator(c: Value, iterable: Value, kind: Combinator) -> JsResult<Value> {
    if !c.is_object() {
        return Err(exception::throw_type_error(&format!(
            "{} called on non-object",
            kind.name()
        )));
    }
    let mut cap = new_capability(c)?;
    if cap.resolve.is_undefined() {
        // The element functions need the capability's functions (one
        // "already resolved" record for all of them).
        let (resolve, reject) = super::resolving_functions(cap.promise);
        cap = Cap {
            promise: cap.promise,
            resolve,
            reject,
        };
    }
    // GetPromiseResolve(C).
    let promise_resolve =
        match internal_methods::get_value(c, crate::object::key::from_str("resolve")) {
            Ok(f) if function::is_function(f) => f,
            Ok(_) => {
                let _ = exception::throw_type_error(
                    "Promise resolve or reject function is not callable",
                );
                return cap.reject_pending();
            }
            Err(_) => return cap.reject_pending(),
        };
    let it = match iterator_of(iterable) {
        Ok(it) => it,
        Err(_) => return cap.reject_pending(),
    };
    let values = realm::new_array(&[]);
    let state = realm::new_array(&[
        values,
        cap.promise,
        cap.resolve,
        cap.reject,
        Value::number(1.0),
    ]);
    let mut index = 0usize;
    loop {
        let next = match iteration::iterator_step(it) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(_) => return cap.reject_pending(),
        };
        let r = (|| {
            if kind != Combinator::Race {
                super::push_all(values, &[Value::UNDEFINED]);
            }
            let next_promise = function::call(promise_resolve, c, &[next])?;
            let (on_f, on_r) = element_functions(kind, state, index, cap);
            if kind != Combinator::Race {
                let remaining = el(state, 4).as_number();
                set_el(state, 4, Value::number(remaining + 1.0));
            }
            super::invoke_then(next_promise, &[on_f, on_r])
        })();
        if r.is_err() {
            let _ = iteration::close_after_throw(it);
            return cap.reject_pending();
        }
        index += 1;
    }
    if kind == Combinator::Race {
        return Ok(cap.promise);
    }
    // The iterator is done: the initial count of 1 is released. (An error
    // here rejects the promise: the iterator is done, so it is not closed.)
    let settled = (|| -> JsResult<()> {
        if finish_one(state)? {
            let list = realm::new_array(super::obj(values).dense());
            if kind == Combinator::Any {
                cap.reject(aggregate(list)?)?;
            } else {
                cap.resolve(list)?;
            }
        }
        Ok(())
    })();
    match settled {
        Ok(()) => Ok(cap.promise),
        Err(_) => cap.reject_pending(),
    }
}

/// Decrements the remaining count; true when it reaches zero.
fn finish_one(state: Value) -> JsResult<bool> {
    let remaining = el(state, 4).as_number() - 1.0;
    set_el(state, 4, Value::number(remaining));
    Ok(remaining == 0.0)
}

/// `new AggregateError(errors, "All promises were rejected")`.
fn aggregate(errors: Value) -> JsResult<Value> {
    let c = super::intr().aggregate_error;
    let msg = crate::text::string::from_str("All promises were rejected");
    function::construct(c, &[errors, msg], c)
}

/// The `(onFulfilled, onRejected)` pair passed to `then` for element `index`.
fn element_functions(kind: Combinator, state: Value, index: usize, cap: Cap) -> (Value, Value) {
    let called = realm::new_array(&[Value::FALSE]);
    let rec = realm::new_array(&[state, Value::number(index as f64), called]);
    match kind {
        Combinator::All => (native("", 1, all_resolve_element, rec), cap.reject),
        Combinator::AllSettled => (
            native("", 1, settled_fulfilled_element, rec),
            native("", 1, settled_rejected_element, rec),
        ),
        Combinator::Any => (cap.resolve, native("", 1, any_reject_element, rec)),
        Combinator::Race => (cap.resolve, cap.reject),
    }
}

/// Marks element function `callee` called; false if it already was.
fn first_call(callee: Value) -> bool {
    let called = el(data(callee), 2);
    if el(called, 0) == Value::TRUE {
        return false;
    }
    set_el(called, 0, Value::TRUE);
    true
}

/// Stores `v` as the element's value; settles the combinator's promise when
/// it was the last one.
fn element_done(callee: Value, v: Value, reject_all: bool) -> JsResult<Value> {
    let rec = data(callee);
    let state = el(rec, 0);
    let index = el(rec, 1).as_number() as usize;
    let values = el(state, 0);
    set_el(values, index, v);
    if finish_one(state)? {
        let list = realm::new_array(super::obj(values).dense());
        let cap = Cap {
            promise: el(state, 1),
            resolve: el(state, 2),
            reject: el(state, 3),
        };
        if reject_all {
            cap.reject(aggregate(list)?)?;
        } else {
            cap.resolve(list)?;
        }
    }
    Ok(Value::UNDEFINED)
}

fn all_resolve_element(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    if !first_call(callee) {
        return Ok(Value::UNDEFINED);
    }
    element_done(callee, arg(args, 0), false)
}

fn settled_record(status: &str, key: &str, v: Value) -> JsResult<Value> {
    let o = realm::new_plain_object();
    internal_methods::create_data_property(
        o,
        crate::object::key::from_str("status"),
        crate::text::string::from_str(status),
    )?;
    internal_methods::create_data_property(o, crate::object::key::from_str(key), v)?;
    Ok(o)
}

fn settled_fulfilled_element(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    if !first_call(callee) {
        return Ok(Value::UNDEFINED);
    }
    let o = settled_record("fulfilled", "value", arg(args, 0))?;
    element_done(callee, o, false)
}

fn settled_rejected_element(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    if !first_call(callee) {
        return Ok(Value::UNDEFINED);
    }
    let o = settled_record("rejected", "reason", arg(args, 0))?;
    element_done(callee, o, false)
}

fn any_reject_element(_: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    if !first_call(callee) {
        return Ok(Value::UNDEFINED);
    }
    element_done(callee, arg(args, 0), true)
}

/// Installs the statics on `%Promise%` (`promise::install`).
pub fn install(ctor: Value) {
    realm::method(ctor, "all", 1, all);
    realm::method(ctor, "allSettled", 1, all_settled);
    realm::method(ctor, "any", 1, any);
    realm::method(ctor, "race", 1, race);
    realm::method(ctor, "reject", 1, reject);
    realm::method(ctor, "resolve", 1, resolve);
}

/// If `f` is an element function of `Promise.all`, `allSettled` or `any`:
/// the combinator's name, the element's index and the combinator's promise
/// (for the `at async Promise.all (index 1)` frames of stack traces).
pub fn combinator_element(f: Value) -> Option<(&'static str, u32, Value)> {
    if !function::is_function(f) {
        return None;
    }
    let native = function::fun(f).native? as usize;
    let name = if native == all_resolve_element as *const () as usize {
        "Promise.all"
    } else if native == settled_fulfilled_element as *const () as usize
        || native == settled_rejected_element as *const () as usize
    {
        "Promise.allSettled"
    } else if native == any_reject_element as *const () as usize {
        "Promise.any"
    } else {
        return None;
    };
    let rec = data(f);
    let index = el(rec, 1).as_number() as u32;
    Some((name, index, el(el(rec, 0), 1)))
}
