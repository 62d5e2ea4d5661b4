//! The iteration protocol and what compiled code runs on it: spread in array
//! literals and calls, destructuring checks and rests, `for (x of v)`,
//! GetIterator/IteratorStep/IteratorClose, and the collection fast paths.

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj};
use crate::text::string;

/// The fast paths `builtins::collections` registers (when the realm
/// installs it) for iterating Maps, Sets and their iterators without the
/// iteration protocol.
pub struct CollectionHooks {
    /// The values an iterable yields, for the iterables kiln knows.
    pub iterable_values: fn(Value) -> Option<Vec<Value>>,
    /// The iterator `for (x of v)` uses for a collection, if `v` is one.
    pub for_of_iterator: fn(Value) -> Option<Value>,
    /// The next value of a collection iterator, if any.
    pub iter_next: fn(Value) -> Option<Value>,
    /// Whether iterating an array, string or collection natively is what
    /// the protocol would do (its `[Symbol.iterator]` and `next` are the
    /// built-ins).
    pub pristine: fn(Value) -> bool,
}

static COLLECTIONS: std::sync::OnceLock<CollectionHooks> = std::sync::OnceLock::new();

/// Registers the collection fast paths (`builtins::collections::install`).
pub fn register_collections(hooks: CollectionHooks) {
    let _ = COLLECTIONS.set(hooks);
}

fn collections() -> &'static CollectionHooks {
    if let Some(h) = COLLECTIONS.get() {
        return h;
    }
    // Creating the realm installs the builtins, which register.
    realm::get();
    COLLECTIONS
        .get()
        .expect("builtins::collections registers its iteration hooks")
}

/// The elements `...v` spreads (arrays and strings; other iterables come
/// with the iteration protocol).
pub fn spread_values(v: Value) -> JsResult<Vec<Value>> {
    if let Some(vals) = (collections().iterable_values)(v) {
        return Ok(vals);
    }
    if !native_walk(v) {
        return match get_iterator(v)? {
            Some(it) => collect_iterator(it),
            None => Err(spread_error(v, false, Value::UNDEFINED)),
        };
    }
    if object::is_array(v) {
        let n = obj(v).length();
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            out.push(internal_methods::get(v, Key::Index(i), v)?);
        }
        return Ok(out);
    }
    if v.is_string() {
        // By code points, as the string iterator does.
        let units = string::units(v);
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let hi = units[i];
            let pair = (0xD800..0xDC00).contains(&hi)
                && units
                    .get(i + 1)
                    .is_some_and(|lo| (0xDC00..0xE000).contains(lo));
            let len = if pair { 2 } else { 1 };
            out.push(string::from_units(&units[i..i + len]));
            i += len;
        }
        return Ok(out);
    }
    Err(spread_error(v, false, Value::UNDEFINED))
}

/// Whether `v` is an array or string whose iteration the protocol would
/// do exactly as walking it by index does.
fn native_walk(v: Value) -> bool {
    (object::is_array(v) || v.is_string()) && (collections().pristine)(v)
}

/// V8's TypeError for spreading the non-iterable `v` (source text `text`)
/// into a call (`in_call`) or an array literal.
fn spread_error(v: Value, in_call: bool, text: Value) -> exception::Exc {
    let msg = if in_call && v.is_nullish() {
        let s = crate::exec::conv::display_string(v);
        format!("{s} is not iterable (cannot read property {s})")
    } else if in_call {
        "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_owned()
    } else if text.is_string() {
        format!("{} is not iterable", string::to_rust(text))
    } else {
        format!(
            "{} is not iterable",
            crate::exec::conv::display_string_short(v)
        )
    };
    exception::throw_type_error(&msg)
}

/// `kiln_array_append(a, v)`: appends `v` (HOLE: a hole) to array `a`; returns `a`.
#[no_mangle]
pub extern "C" fn kiln_array_append(a: Value, v: Value) -> Value {
    let len = obj(a).length();
    if v == Value::HOLE {
        obj(a).set_length(len + 1);
    } else {
        let _ = internal_methods::create_data_property(a, Key::Index(len), v);
    }
    a
}

/// `kiln_array_spread(a, v, in_call, text)`: appends the elements of `...v`
/// to array `a`; returns `a`. May throw (wording per context; `text` is
/// the spread expression's source).
#[no_mangle]
pub extern "C" fn kiln_array_spread(a: Value, v: Value, in_call: i64, text: Value) -> Value {
    exception::ret((|| {
        if !(object::is_array(v) || v.is_string() || is_collection(v) || has_iterator(v)?) {
            return Err(spread_error(v, in_call != 0, text));
        }
        let vals = spread_values(v)?;
        for x in vals {
            let len = obj(a).length();
            internal_methods::create_data_property(a, Key::Index(len), x)?;
        }
        Ok(a)
    })())
}

/// `kiln_call_spread(f, this, args, new_target, text)`: calls (or, with a
/// new.target, constructs) `f` with the elements of array `args`. `text`
/// names `f` in the TypeError when it is not callable.
#[no_mangle]
pub extern "C" fn kiln_call_spread(
    f: Value,
    this: Value,
    args: Value,
    nt: Value,
    text: Value,
) -> Value {
    exception::ret((|| {
        let list = obj(args)
            .dense()
            .iter()
            .map(|v| {
                if *v == Value::HOLE {
                    Value::UNDEFINED
                } else {
                    *v
                }
            })
            .collect::<Vec<_>>();
        if nt.is_undefined() {
            if !function::is_function(f) {
                return Err(exception::throw_type_error(&format!(
                    "{} is not a function",
                    string::to_rust(text)
                )));
            }
            function::call(f, this, &list)
        } else {
            if !function::is_constructor(f) {
                return Err(exception::throw_type_error(&format!(
                    "{} is not a constructor",
                    string::to_rust(text)
                )));
            }
            function::construct(f, &list, nt)
        }
    })())
}

/// `kiln_destructure_check(v, text, first_key)`: the TypeError for
/// destructuring null or undefined (`text`: the value's source; `first_key`:
/// the first property the pattern names, or undefined). Returns `v`.
#[no_mangle]
pub extern "C" fn kiln_destructure_check(v: Value, text: Value, first_key: Value) -> Value {
    if !v.is_nullish() {
        return v;
    }
    let what = crate::exec::conv::display_string(v);
    let text = if text.is_string() {
        string::to_rust(text)
    } else {
        what.clone()
    };
    let msg = if first_key.is_string() {
        format!(
            "Cannot destructure property '{}' of '{text}' as it is {what}.",
            string::to_rust(first_key)
        )
    } else {
        format!("Cannot destructure '{text}' as it is {what}.")
    };
    exception::throw_type_error(&msg).into()
}

/// `kiln_object_rest(src, excluded)`: `{ ...rest }` of an object pattern: the
/// own enumerable properties of `src` whose keys are not in array `excluded`.
#[no_mangle]
pub extern "C" fn kiln_object_rest(src: Value, excluded: Value) -> Value {
    exception::ret((|| {
        let out = realm::new_plain_object();
        let mut skip = Vec::new();
        for k in obj(excluded).dense().iter() {
            skip.push(key::to_key(*k)?);
        }
        if !src.is_object() {
            return Ok(out);
        }
        for k in internal_methods::own_keys(src) {
            if skip.contains(&k) {
                continue;
            }
            if let Some((v, a)) = internal_methods::get_own(src, k) {
                if a & object::ENUMERABLE != 0 {
                    let v = internal_methods::read_found(v, a, src)?;
                    internal_methods::create_data_property(out, k, v)?;
                }
            }
        }
        Ok(out)
    })())
}

/// `kiln_iter_rest(src, i)`: what an array pattern's rest element takes
/// from `src` (what `kiln_for_of_source` gave; `i` values already read): the
/// elements of an array from index `i` on, or an iterator's remaining
/// values. May throw.
#[no_mangle]
pub extern "C" fn kiln_iter_rest(src: Value, i: i64) -> Value {
    exception::ret((|| {
        let mut vals: GcVec<Value> = GcVec::new();
        if object::is_array(src) {
            let mut k = i.max(0) as u32;
            while k < obj(src).length() {
                vals.push(internal_methods::get(src, Key::Index(k), src)?);
                k += 1;
            }
        } else {
            while let Some(x) = iterator_step_any(src)? {
                vals.push(x);
            }
        }
        Ok(realm::new_array(&vals))
    })())
}

/// One step of what `kiln_for_of_source` gave that is not an array: a
/// collection iterator or a protocol iterator.
fn iterator_step_any(it: Value) -> JsResult<Option<Value>> {
    iterator_step(it)
}

/// `kiln_for_of_source(v, text)`: what `for (x of v)` walks by index: an
/// array itself (read live, as its iterator does), a string's code points;
/// other iterables wait for the iteration protocol (TypeError naming `text`).
#[no_mangle]
pub extern "C" fn kiln_for_of_source(v: Value, text: Value) -> Value {
    exception::ret((|| {
        if native_walk(v) {
            if object::is_array(v) {
                return Ok(v);
            }
            return Ok(realm::new_array(&spread_values(v)?));
        }
        if let Some(it) = (collections().for_of_iterator)(v) {
            return Ok(it);
        }
        if let Some(it) = get_iterator(v)? {
            return Ok(it);
        }
        let t = if text.is_string() {
            string::to_rust(text)
        } else {
            crate::exec::conv::display_string(v)
        };
        Err(exception::throw_type_error(&format!("{t} is not iterable")))
    })())
}

/// Maps, Sets and their iterators (iterables until the iteration protocol).
fn is_collection(v: Value) -> bool {
    use crate::abi::heap::{KIND_COLLECTION_ITER, KIND_MAP, KIND_SET};
    object::is_kind(v, KIND_MAP)
        || object::is_kind(v, KIND_SET)
        || object::is_kind(v, KIND_COLLECTION_ITER)
}

/// `kiln_for_of_next(it)`: the next value of a collection iterator, or HOLE
/// when it is done (for-of over Maps, Sets and their iterators).
#[no_mangle]
pub extern "C" fn kiln_for_of_next(it: Value) -> Value {
    exception::ret(iterator_step_any(it).map(|v| v.unwrap_or(Value::HOLE)))
}

/// Whether `v` has a callable `[Symbol.iterator]` (the iteration protocol).
fn has_iterator(v: Value) -> JsResult<bool> {
    if v.is_nullish() {
        return Ok(false);
    }
    let sym = realm::well_known("iterator");
    let f = internal_methods::get_value(v, Key::Named(sym))?;
    Ok(function::is_function(f))
}

/// GetIterator: `v[Symbol.iterator]()`, if `v` has that method.
pub fn get_iterator(v: Value) -> JsResult<Option<Value>> {
    if v.is_nullish() {
        return Ok(None);
    }
    let sym = realm::well_known("iterator");
    let f = internal_methods::get_value(v, Key::Named(sym))?;
    if !function::is_function(f) {
        return Ok(None);
    }
    let it = function::call(f, v, &[])?;
    if !it.is_object() {
        return Err(exception::throw_type_error(
            "Result of the Symbol.iterator method is not an object",
        ));
    }
    if crate::exec::generator::is_generator(it) {
        crate::exec::generator::note_iterated(it)?;
    }
    Ok(Some(it))
}

/// Every remaining value of iterator `it`.
pub fn collect_iterator(it: Value) -> JsResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(x) = iterator_step(it)? {
        out.push(x);
    }
    Ok(out)
}

/// IteratorStep + IteratorValue: the next value, or None when done.
pub fn iterator_step(it: Value) -> JsResult<Option<Value>> {
    if object::is_kind(it, crate::abi::heap::KIND_COLLECTION_ITER) && (collections().pristine)(it) {
        return Ok((collections().iter_next)(it));
    }
    if crate::exec::generator::is_generator(it) {
        if let Some(r) = crate::exec::generator::step_fast(it)? {
            return r;
        }
    }
    let next = internal_methods::get_value(it, key::from_str("next"))?;
    let r = function::call(next, it, &[])?;
    if !r.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Iterator result {} is not an object",
            crate::exec::conv::display_string(r)
        )));
    }
    let done = internal_methods::get(r, key::from_str("done"), r)?;
    if crate::exec::conv::to_boolean(done) {
        return Ok(None);
    }
    internal_methods::get(r, key::from_str("value"), r).map(Some)
}

/// IteratorClose for a throw completion: calls `it.return()` if it has one,
/// ignoring what that returns or throws, and rethrows the pending exception.
pub fn close_after_throw(it: Value) -> exception::Exc {
    let pending = exception::take();
    if iterator_close(it).is_err() {
        exception::take();
    }
    exception::throw(pending)
}

/// IteratorClose for a normal completion: calls `it.return()` if a protocol
/// iterator has one; its result must be an object. May throw.
pub fn iterator_close(it: Value) -> JsResult<()> {
    if !it.is_object()
        || object::is_array(it)
        || object::is_kind(it, crate::abi::heap::KIND_COLLECTION_ITER)
    {
        return Ok(());
    }
    let r = internal_methods::get_value(it, key::from_str("return"))?;
    if r.is_nullish() {
        return Ok(());
    }
    let res = function::call(r, it, &[])?;
    if !res.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Iterator result {} is not an object",
            crate::exec::conv::display_string(res)
        )));
    }
    Ok(())
}

/// `kiln_iterator_close_throw(it)`: IteratorClose for a for-of body that
/// threw (see [`close_after_throw`]). Always throws.
#[no_mangle]
pub extern "C" fn kiln_iterator_close_throw(it: Value) -> Value {
    exception::ret(Err(close_after_throw(it)))
}

/// `kiln_iterator_close(it)`: IteratorClose after leaving a for-of early:
/// calls `it.return()` if a protocol iterator has one. May throw.
#[no_mangle]
pub extern "C" fn kiln_iterator_close(it: Value) -> Value {
    exception::ret(iterator_close(it).map(|_| Value::UNDEFINED))
}
