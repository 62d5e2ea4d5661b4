//! `for await (x of o)` (ECMA-262 §14.7.5): the runtime half of its
//! lowering, running on the async body's coroutine.
//!
//! [`kiln_for_await_source`] does GetIterator(o, async): `o[Symbol.asyncIterator]()`,
//! or, when `o` has none, its sync iterator (CreateAsyncFromSyncIterator);
//! it returns a record `[iterator, next method, is sync]`. Each step
//! ([`kiln_for_await_next`]) calls `next` and *awaits* the result right
//! here (`exec::generator::suspend_await`: the runtime call suspends the
//! coroutine, so compiled code sees one call per step), checks it is an
//! object and returns its value, or HOLE when done. A sync iterator's
//! value goes through a promise resolved with it and a pass-through
//! reaction, then the await, as the AsyncFromSyncIterator's continuation
//! does: two ticks per step, like V8. Leaving the loop early closes the
//! iterator: [`kiln_for_await_close`] (await `return()`'s result, which
//! must be an object) or, when the body threw, [`kiln_for_await_close_throw`]
//! (errors of `return()` ignored, the body's exception rethrown).

use crate::abi::value::Value;
use crate::builtins::promise;
use crate::exec::exception::{self, JsResult};
use crate::exec::generator as g;
use crate::exec::iteration;
use crate::exec::realm;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::obj;

fn el(a: Value, i: usize) -> Value {
    obj(a).dense()[i]
}

/// Await(v) from runtime code on the coroutine.
fn await_here(v: Value) -> JsResult<Value> {
    let r = g::suspend_await(v);
    if exception::is_exception(r) {
        Err(exception::Exc)
    } else {
        Ok(r)
    }
}

fn not_object(r: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Iterator result {} is not an object",
        crate::exec::conv::display_string(r)
    ))
}

/// `kiln_for_await_source(o, text)`: GetIterator(o, async) as a record.
#[no_mangle]
pub extern "C" fn kiln_for_await_source(o: Value, text: Value) -> Value {
    exception::ret((|| {
        let name = || {
            if text.is_string() {
                crate::text::string::to_rust(text)
            } else {
                crate::exec::conv::display_string_short(o)
            }
        };
        if !o.is_nullish() {
            let m = internal_methods::get_value(o, Key::Named(realm::well_known("asyncIterator")))?;
            if !m.is_nullish() {
                if !function::is_function(m) {
                    return Err(exception::throw_type_error(&format!(
                        "{} is not async iterable",
                        name()
                    )));
                }
                let it = function::call(m, o, &[])?;
                if !it.is_object() {
                    return Err(exception::throw_type_error(
                        "Result of the Symbol.asyncIterator method is not an object",
                    ));
                }
                let next = internal_methods::get_value(it, key::from_str("next"))?;
                return Ok(realm::new_array(&[it, next, Value::FALSE]));
            }
        }
        let source = if o.is_string() {
            realm::new_array(&iteration::spread_values(o)?)
        } else {
            o
        };
        let Some(it) = iteration::get_iterator(source)? else {
            return Err(exception::throw_type_error(&format!(
                "{} is not async iterable",
                name()
            )));
        };
        let next = internal_methods::get_value(it, key::from_str("next"))?;
        Ok(realm::new_array(&[it, next, Value::TRUE]))
    })())
}

/// One step: the next value, or HOLE when the iterator is done.
fn next_value(src: Value) -> JsResult<Value> {
    let (it, next, sync) = (el(src, 0), el(src, 1), el(src, 2) == Value::TRUE);
    let r = function::call(next, it, &[])?;
    if !r.is_object() {
        if sync {
            return Err(not_object(r));
        }
        let awaited = await_here(r)?;
        return Err(not_object(awaited));
    }
    if sync {
        let done =
            crate::exec::conv::to_boolean(internal_methods::get_value(r, key::from_str("done"))?);
        let v = internal_methods::get_value(r, key::from_str("value"))?;
        // AsyncFromSyncIteratorContinuation: a promise for the value, a
        // pass-through reaction settling the step's promise, then the await.
        let wrapper = promise::promise_resolve(promise::promise_ctor(), v)?;
        let cap = promise::Cap::internal();
        promise::perform_then(wrapper, Value::UNDEFINED, Value::UNDEFINED, cap);
        let v = await_here(cap.promise)?;
        return Ok(if done { Value::HOLE } else { v });
    }
    let r = await_here(r)?;
    if !r.is_object() {
        return Err(not_object(r));
    }
    let done =
        crate::exec::conv::to_boolean(internal_methods::get_value(r, key::from_str("done"))?);
    if done {
        return Ok(Value::HOLE);
    }
    internal_methods::get_value(r, key::from_str("value"))
}

/// `kiln_for_await_next(src)`: the next value (awaited), or HOLE when done.
#[no_mangle]
pub extern "C" fn kiln_for_await_next(src: Value) -> Value {
    exception::ret(next_value(src))
}

/// AsyncIteratorClose for a normal completion (`break`, `return`, ...).
fn close(src: Value) -> JsResult<()> {
    let it = el(src, 0);
    let ret = internal_methods::get_value(it, key::from_str("return"))?;
    if ret.is_nullish() {
        return Ok(());
    }
    let r = function::call(ret, it, &[])?;
    let r = if el(src, 2) == Value::TRUE {
        // The sync iterator's result goes through a promise too.
        if !r.is_object() {
            return Err(not_object(r));
        }
        let v = internal_methods::get_value(r, key::from_str("value"))?;
        let wrapper = promise::promise_resolve(promise::promise_ctor(), v)?;
        await_here(wrapper)?;
        r
    } else {
        await_here(r)?
    };
    if !r.is_object() {
        return Err(not_object(r));
    }
    Ok(())
}

/// `kiln_for_await_close(src)`: closes the iterator after leaving the loop
/// early. May throw.
#[no_mangle]
pub extern "C" fn kiln_for_await_close(src: Value) -> Value {
    exception::ret(close(src).map(|_| Value::UNDEFINED))
}

/// `kiln_for_await_close_throw(src)`: closes the iterator after the body
/// threw (the pending exception), ignoring what `return()` does; rethrows.
#[no_mangle]
pub extern "C" fn kiln_for_await_close_throw(src: Value) -> Value {
    let pending = exception::take();
    let it = el(src, 0);
    if let Ok(ret) = internal_methods::get_value(it, key::from_str("return")) {
        if function::is_function(ret) {
            if let Ok(r) = function::call(ret, it, &[]) {
                if el(src, 2) != Value::TRUE {
                    let _ = await_here(r);
                }
            }
        }
    }
    exception::take();
    exception::throw(pending).into()
}

/// Get(o, name) as a method: undefined/null give None.
fn method(o: Value, name: &str) -> JsResult<Option<Value>> {
    let m = internal_methods::get_value(o, key::from_str(name))?;
    if m.is_nullish() {
        return Ok(None);
    }
    if !function::is_function(m) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a function",
            crate::exec::conv::display_string_short(m)
        )));
    }
    Ok(Some(m))
}

/// The awaited result of calling `f` on the delegate, which must be an object.
fn inner_call(f: Value, it: Value, v: Value, sync: bool) -> JsResult<Value> {
    let r = function::call(f, it, &[v])?;
    let r = if sync {
        // AsyncFromSyncIterator: the value goes through a promise.
        if !r.is_object() {
            return Err(not_object(r));
        }
        let done = internal_methods::get_value(r, key::from_str("done"))?;
        let value = internal_methods::get_value(r, key::from_str("value"))?;
        let value = await_here(promise::promise_resolve(promise::promise_ctor(), value)?)?;
        return g::iter_result(value, crate::exec::conv::to_boolean(done));
    } else {
        await_here(r)?
    };
    if !r.is_object() {
        return Err(not_object(r));
    }
    Ok(r)
}

fn yield_star(iterable: Value, text: Value) -> JsResult<Value> {
    let src = Value(kiln_for_await_source(iterable, text).0);
    if exception::is_exception(src) {
        return Err(exception::Exc);
    }
    let (it, next, sync) = (el(src, 0), el(src, 1), el(src, 2) == Value::TRUE);
    let (mut mode, mut received) = (g::NEXT, Value::UNDEFINED);
    let done_of = |r: Value| -> JsResult<bool> {
        Ok(crate::exec::conv::to_boolean(internal_methods::get_value(
            r,
            key::from_str("done"),
        )?))
    };
    let value_of = |r: Value| internal_methods::get_value(r, key::from_str("value"));
    loop {
        let inner = match mode {
            g::NEXT => inner_call(next, it, received, sync)?,
            g::THROW => match method(it, "throw")? {
                Some(t) => inner_call(t, it, received, sync)?,
                None => {
                    close(src)?;
                    return Err(exception::throw_type_error(
                        "The iterator does not provide a 'throw' method",
                    ));
                }
            },
            _ => match method(it, "return")? {
                None => return Ok(g::pending_return(received)),
                Some(r) => {
                    let res = inner_call(r, it, received, sync)?;
                    if done_of(res)? {
                        let v = value_of(res)?;
                        return Ok(g::pending_return(v));
                    }
                    res
                }
            },
        };
        if mode != g::RETURN && done_of(inner)? {
            return value_of(inner);
        }
        // AsyncGeneratorYield(IteratorValue(innerResult)), no await.
        let v = value_of(inner)?;
        let (m, r) = g::suspend_yield(v);
        (mode, received) = (m, r);
        if mode == g::RETURN {
            // AsyncGeneratorUnwrapYieldResumption awaits a return's value.
            received = await_here(received)?;
        }
    }
}

/// `kiln_async_gen_yield_star(iterable, text)`: `yield* iterable` in an
/// async generator (§15.5.5 with generatorKind async), delegating `next`,
/// `throw` and `return` to its async (or wrapped sync) iterator; the value
/// of the expression.
#[no_mangle]
pub extern "C" fn kiln_async_gen_yield_star(iterable: Value, text: Value) -> Value {
    exception::ret(yield_star(iterable, text))
}
