//! `Array`, `Array.isArray/of/from` and `Array.prototype`: generic over
//! array-likes as the spec says, with fast paths for dense arrays.
//!
//! Element reads go through [`get_i`], which answers from the dense part
//! when it can. Loops over indices skip runs of absent indices (huge sparse
//! arrays) with [`next_candidate`]/[`prev_candidate`]; since checking
//! presence runs no user code, skipping is unobservable. Callbacks may
//! mutate the array, so every iteration looks at the object afresh.

use crate::abi::value::Value;
use crate::builtins::object::{self as lib_object, to_object};
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::operators;
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::{self, Key};
use crate::object::ordinary::{
    self as object, obj, Object, CONFIGURABLE, DEFAULT_ATTRS, FLAG_LENGTH_READONLY, WRITABLE,
};
use crate::text::string;
use std::cell::RefCell;
use std::cmp::Ordering;

/// 2⁵³ − 1, the largest length of an array-like.
const MAX_SAFE: u64 = (1 << 53) - 1;
/// The largest array length.
const MAX_ARRAY: u64 = u32::MAX as u64;

/// LengthOfArrayLike.
pub fn length_of(o: Value) -> JsResult<u64> {
    if object::is_array(o) {
        return Ok(obj(o).length() as u64);
    }
    let l = internal_methods::get_value(o, Key::Named(realm::get().keys.length))?;
    let n = conv::to_integer_or_infinity(conv::to_number(l)?);
    Ok(n.clamp(0.0, MAX_SAFE as f64) as u64)
}

/// CreateListFromArrayLike (for `apply`); undefined/null give no arguments.
pub fn list_from_array_like(v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    if !v.is_object() {
        return type_err("CreateListFromArrayLike called on non-object");
    }
    let n = length_of(v)?;
    if n > MAX_ARRAY {
        return range_err("Invalid array length");
    }
    let mut out = Vec::with_capacity(n.min(1 << 20) as usize);
    for i in 0..n {
        out.push(get_i(v, i)?);
    }
    Ok(out)
}

// ---- element access ----

/// The key of index `i` (an array index, or a numeric name from 2³²−1 up).
fn idx(i: u64) -> Key {
    if i < MAX_ARRAY {
        Key::Index(i as u32)
    } else {
        key::from_str(&i.to_string())
    }
}

/// Own dense element `i`, if present.
#[inline]
fn dense_at(o: Value, i: u64) -> Option<Value> {
    let ob = obj(o);
    if i < ob.dense_len() as u64 {
        let v = ob.dense()[i as usize];
        if v != Value::HOLE {
            return Some(v);
        }
    }
    None
}

/// Get(o, i).
fn get_i(o: Value, i: u64) -> JsResult<Value> {
    match dense_at(o, i) {
        Some(v) => Ok(v),
        None => internal_methods::get(o, idx(i), o),
    }
}

/// HasProperty(o, i).
fn has_i(o: Value, i: u64) -> JsResult<bool> {
    Ok(dense_at(o, i).is_some() || internal_methods::has_property(o, idx(i))?)
}

/// Set(o, i, v, true).
fn set_i(o: Value, i: u64, v: Value) -> JsResult<()> {
    internal_methods::set(o, idx(i), v, o, true).map(drop)
}

/// CreateDataPropertyOrThrow(o, i, v).
fn create_i(o: Value, i: u64, v: Value) -> JsResult<()> {
    internal_methods::define_own(o, idx(i), Desc::data(v, DEFAULT_ATTRS), true).map(drop)
}

/// DeletePropertyOrThrow(o, i).
fn del_i(o: Value, i: u64) -> JsResult<()> {
    internal_methods::delete(o, idx(i), true).map(drop)
}

/// Set(o, "length", n, true).
fn set_length(o: Value, n: u64) -> JsResult<()> {
    let k = Key::Named(internal_methods::length_key());
    internal_methods::set(o, k, Value::number(n as f64), o, true).map(drop)
}

/// Moves element `from` to `to` (deleting `to` if `from` is absent).
fn move_i(o: Value, from: u64, to: u64) -> JsResult<()> {
    if has_i(o, from)? {
        set_i(o, to, get_i(o, from)?)
    } else {
        del_i(o, to)
    }
}

/// Element `i` if present.
fn opt_i(o: Value, i: u64) -> JsResult<Option<Value>> {
    has_i(o, i)?.then(|| get_i(o, i)).transpose()
}

fn or_undefined(v: Value) -> Value {
    if v == Value::HOLE {
        Value::UNDEFINED
    } else {
        v
    }
}

fn type_err<T>(msg: &str) -> JsResult<T> {
    Err(exception::throw_type_error(msg))
}

fn range_err<T>(msg: &str) -> JsResult<T> {
    Err(exception::throw_range_error(msg))
}

/// A new length of `o` must fit an array-like (TypeError) or array (RangeError).
fn check_array_len(o: Value, n: u64) -> JsResult<()> {
    if n > MAX_SAFE {
        return type_err("Invalid array length");
    }
    if object::is_array(o) && n > MAX_ARRAY {
        return range_err("Invalid array length");
    }
    Ok(())
}

/// The smallest `k >= from` such that no index in `from..k` is present on
/// `o` or its prototypes (`end` if none below it is).
fn next_candidate(o: Value, from: u64, end: u64) -> u64 {
    if from >= MAX_ARRAY || from >= end {
        return from;
    }
    let mut best = end.min(MAX_ARRAY);
    let mut p = o;
    while p.is_object() {
        if crate::object::proxy::is_proxy(p) {
            // A proxy may have any index: ask its traps about each.
            return from;
        }
        if crate::object::typed_array::is_typed_array(p)
            && from < crate::object::typed_array::view_length(p) as u64
        {
            // A typed array has every index below its length.
            return from;
        }
        let ob = obj(p);
        let d = ob.dense();
        let hi = (d.len() as u64).min(best);
        if from < hi {
            if let Some(j) = d[from as usize..hi as usize]
                .iter()
                .position(|v| *v != Value::HOLE)
            {
                best = from + j as u64;
            }
        }
        if let Some(sp) = ob.sparse() {
            if let Some((&k, _)) = sp.map.range(from as u32..).next() {
                best = best.min(k as u64);
            }
        }
        p = ob.proto();
    }
    best
}

/// The largest `k <= from` that may be present on `o` or its prototypes.
fn prev_candidate(o: Value, from: u64) -> Option<u64> {
    if from >= MAX_ARRAY {
        return Some(from);
    }
    let mut best: Option<u64> = None;
    let mut p = o;
    while p.is_object() {
        if crate::object::proxy::is_proxy(p) {
            return Some(from);
        }
        if crate::object::typed_array::is_typed_array(p) {
            let len = crate::object::typed_array::view_length(p) as u64;
            if len > 0 {
                best = best.max(Some(from.min(len - 1)));
            }
        }
        let ob = obj(p);
        let d = ob.dense();
        let hi = (d.len() as u64).min(from + 1) as usize;
        if let Some(j) = d[..hi].iter().rposition(|v| *v != Value::HOLE) {
            best = best.max(Some(j as u64));
        }
        if let Some(sp) = ob.sparse() {
            if let Some((&k, _)) = sp.map.range(..=from as u32).next_back() {
                best = best.max(Some(k as u64));
            }
        }
        p = ob.proto();
    }
    best
}

/// Calls `f(k, o[k])` for the present indices `k` in `from..end`, ascending;
/// stops early when `f` returns false.
fn visit(
    o: Value,
    from: u64,
    end: u64,
    mut f: impl FnMut(u64, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let mut k = from;
    while k < end {
        let v = match dense_at(o, k) {
            Some(v) => v,
            None => {
                k = next_candidate(o, k, end);
                if k >= end {
                    break;
                }
                if !has_i(o, k)? {
                    k += 1;
                    continue;
                }
                get_i(o, k)?
            }
        };
        if !f(k, v)? {
            break;
        }
        k += 1;
    }
    Ok(())
}

/// Like [`visit`] from `from` down to 0.
fn visit_rev(
    o: Value,
    from: Option<u64>,
    mut f: impl FnMut(u64, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let mut next = from;
    while let Some(k0) = next {
        let (k, v) = match dense_at(o, k0) {
            Some(v) => (k0, v),
            None => {
                let Some(k) = prev_candidate(o, k0) else {
                    break;
                };
                if !has_i(o, k)? {
                    next = k.checked_sub(1);
                    continue;
                }
                (k, get_i(o, k)?)
            }
        };
        if !f(k, v)? {
            break;
        }
        next = k.checked_sub(1);
    }
    Ok(())
}

// ---- fast-path conditions ----

/// An extensible array with a writable length, all its elements in the
/// dense part and no elements on its prototypes.
fn plain_elements(o: Value) -> bool {
    if !object::is_array(o) {
        return false;
    }
    let ob = obj(o);
    ob.extensible()
        && !ob.has_flag(FLAG_LENGTH_READONLY)
        && ob.sparse().is_none_or(|s| s.map.is_empty())
        && object::protos_without_elements(ob.proto())
}

/// [`plain_elements`] and the dense part spans the whole length.
fn simple_array(o: Value) -> bool {
    plain_elements(o) && obj(o).dense_len() == obj(o).length()
}

/// Replaces a simple array's elements (and length) with `vals`.
fn replace_dense(o: Value, vals: &[Value]) {
    let ob: &mut Object = obj(o);
    let n = vals.len() as u32;
    let old = ob.dense_len();
    ob.reserve_dense(n);
    ob.set_dense_len(n.max(old));
    let d = ob.dense();
    d[..vals.len()].copy_from_slice(vals);
    for v in &mut d[vals.len()..] {
        *v = Value::HOLE;
    }
    ob.set_dense_len(n);
    ob.set_length(n);
    internal_methods::touch(ob);
}

// ---- helpers ----

fn this_obj(this: Value, name: &str) -> JsResult<Value> {
    if this.is_object() {
        return Ok(this);
    }
    if this.is_nullish() {
        lib_object::require_object_coercible(this, &format!("Array.prototype.{name}"))?;
    }
    to_object(this)
}

fn callable(f: Value) -> JsResult<Value> {
    if function::is_function(f) {
        Ok(f)
    } else {
        function::not_a_function(f)
    }
}

fn num(n: u64) -> Value {
    Value::number(n as f64)
}

fn integer(v: Value) -> JsResult<f64> {
    Ok(conv::to_integer_or_infinity(conv::to_number(v)?))
}

/// A relative index argument resolved against `len` (`slice`, `fill`, ...).
fn relative(v: Value, len: u64, default: u64) -> JsResult<u64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = integer(v)?;
    let len_f = len as f64;
    Ok(if n < 0.0 {
        (len_f + n).max(0.0) as u64
    } else {
        n.min(len_f) as u64
    })
}

fn is_array_ctor(c: Value) -> bool {
    function::is_function(c)
        && function::fun(c).native.map(|f| f as usize)
            == Some(array_ctor as function::NativeFn as usize)
}

/// ArrayCreate(n).
fn array_create(n: u64) -> JsResult<Value> {
    if n > MAX_ARRAY {
        return range_err("Invalid array length");
    }
    let a = realm::new_array(&[]);
    obj(a).set_length(n as u32);
    Ok(a)
}

/// The constructor ArraySpeciesCreate would use, if not the realm's `Array`
/// (`Symbol.species` is not implemented: a subclass constructor is its own species).
fn species_ctor(o: Value) -> JsResult<Option<Value>> {
    if !crate::object::proxy::is_array(o)? {
        return Ok(None);
    }
    let c = internal_methods::get(o, Key::Named(realm::get().keys.constructor), o)?;
    if c.is_undefined() || is_array_ctor(c) {
        return Ok(None);
    }
    if function::is_constructor(c) {
        return Ok(Some(c));
    }
    if c.is_object() {
        return Ok(None);
    }
    type_err("object.constructor[Symbol.species] is not a constructor")
}

/// ArraySpeciesCreate(o, n).
fn species_create(o: Value, n: u64) -> JsResult<Value> {
    match species_ctor(o)? {
        Some(c) => function::construct(c, &[num(n)], c),
        None => array_create(n),
    }
}

/// SameValueZero.
fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return conv::same_value_zero_num(a.as_number(), b.as_number());
    }
    operators::strict_eq(a, b)
}

// ---- constructor and statics ----

fn array_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let nt = if nt.is_undefined() { callee } else { nt };
    let proto = function::prototype_from(nt, realm::get().array_prototype)?;
    let a = realm::new_array_with_proto(proto);
    if let [n] = args {
        if n.is_number() {
            let len = conv::to_uint32(n.as_number());
            if len as f64 != n.as_number() {
                return range_err("Invalid array length");
            }
            obj(a).set_length(len);
            return Ok(a);
        }
    }
    for (i, v) in args.iter().enumerate() {
        internal_methods::create_data_property(a, Key::Index(i as u32), *v)?;
    }
    Ok(a)
}

fn is_array(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    crate::object::proxy::is_array(arg(args, 0)).map(Value::bool)
}

/// `this` of `Array.of`/`Array.from` if it is a constructor other than `Array`.
fn custom_ctor(this: Value) -> Option<Value> {
    (function::is_constructor(this) && !is_array_ctor(this)).then_some(this)
}

fn array_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let n = args.len() as u64;
    let a = match custom_ctor(this) {
        Some(c) => function::construct(c, &[num(n)], c)?,
        None => array_create(n)?,
    };
    for (i, v) in args.iter().enumerate() {
        create_i(a, i as u64, *v)?;
    }
    set_length(a, n)?;
    Ok(a)
}

/// `Array.from` (array-likes and strings; iterators are not implemented yet).
fn array_from(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let (items, map_fn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !map_fn.is_undefined() {
        callable(map_fn)?;
    }
    if items.is_nullish() {
        let what = if items.is_null() {
            "object null"
        } else {
            "undefined"
        };
        return Err(exception::throw_type_error(&format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        )));
    }
    let iterator = if (object::is_array(items) || items.is_string())
        && crate::builtins::collections::pristine(items)
    {
        None
    } else {
        crate::exec::iteration::get_iterator(items)?
    };
    let src = if let Some(vals) = crate::builtins::collections::iterable_values(items) {
        realm::new_array(&vals)
    } else if let Some(it) = iterator {
        realm::new_array(&crate::exec::iteration::collect_iterator(it)?)
    } else if items.is_string() {
        // The string iterator yields code points.
        let chars: Vec<Value> = char::decode_utf16(string::units(items).iter().copied())
            .map(|c| match c {
                Ok(c) => string::from_str(c.encode_utf8(&mut [0; 4])),
                Err(e) => string::from_unit(e.unpaired_surrogate()),
            })
            .collect();
        realm::new_array(&chars)
    } else {
        to_object(items)?
    };
    let len = length_of(src)?;
    let a = match custom_ctor(this) {
        Some(c) => function::construct(c, &[num(len)], c)?,
        None => array_create(len)?,
    };
    for k in 0..len {
        let mut v = get_i(src, k)?;
        if !map_fn.is_undefined() {
            v = function::call(map_fn, this_arg, &[v, num(k)])?;
        }
        create_i(a, k, v)?;
    }
    set_length(a, len)?;
    Ok(a)
}

// ---- mutators ----

fn push(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "push")?;
    let len = length_of(o)?;
    let n = len + args.len() as u64;
    if n > MAX_SAFE {
        return Err(exception::throw_type_error(&format!(
            "Pushing {} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1",
            args.len()
        )));
    }
    check_array_len(o, n)?;
    if simple_array(o) {
        let ob = obj(o);
        ob.reserve_dense(n as u32);
        ob.set_dense_len(n as u32);
        ob.dense()[len as usize..].copy_from_slice(args);
        ob.set_length(n as u32);
        return Ok(num(n));
    }
    for (i, v) in args.iter().enumerate() {
        set_i(o, len + i as u64, *v)?;
    }
    set_length(o, n)?;
    Ok(num(n))
}

fn pop(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "pop")?;
    let len = length_of(o)?;
    if len == 0 {
        set_length(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    if simple_array(o) {
        let v = obj(o).dense()[len as usize - 1];
        internal_methods::truncate(o, len as u32 - 1);
        return Ok(or_undefined(v));
    }
    let v = get_i(o, len - 1)?;
    del_i(o, len - 1)?;
    set_length(o, len - 1)?;
    Ok(v)
}

fn shift(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "shift")?;
    let len = length_of(o)?;
    if len == 0 {
        set_length(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    if simple_array(o) {
        let d = obj(o).dense();
        let first = d[0];
        d.copy_within(1.., 0);
        d[len as usize - 1] = Value::HOLE;
        internal_methods::truncate(o, len as u32 - 1);
        return Ok(or_undefined(first));
    }
    let first = get_i(o, 0)?;
    for k in 1..len {
        move_i(o, k, k - 1)?;
    }
    del_i(o, len - 1)?;
    set_length(o, len - 1)?;
    Ok(first)
}

fn unshift(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "unshift")?;
    let len = length_of(o)?;
    let argc = args.len() as u64;
    if argc > 0 {
        check_array_len(o, len + argc)?;
        if simple_array(o) {
            let mut vals = args.to_vec();
            vals.extend_from_slice(obj(o).dense());
            replace_dense(o, &vals);
            return Ok(num(len + argc));
        }
        let mut k = len;
        while k > 0 {
            let (from, to) = (k - 1, k + argc - 1);
            move_i(o, from, to)?;
            k -= 1;
        }
        for (j, v) in args.iter().enumerate() {
            set_i(o, j as u64, *v)?;
        }
    }
    set_length(o, len + argc)?;
    Ok(num(len + argc))
}

fn slice(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "slice")?;
    let len = length_of(o)?;
    let start = relative(arg(args, 0), len, 0)?;
    let end = relative(arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    if object::is_array(o) && species_ctor(o)?.is_none() && plain_elements(o) {
        let d = obj(o).dense();
        let hi = (end as usize).min(d.len());
        let vals = if (start as usize) < hi {
            &d[start as usize..hi]
        } else {
            &[][..]
        };
        let a = realm::new_array(vals);
        obj(a).set_length(count as u32);
        return Ok(a);
    }
    let a = species_create(o, count)?;
    visit(o, start, end, |k, v| {
        create_i(a, k - start, v).map(|_| true)
    })?;
    set_length(a, count)?;
    Ok(a)
}

fn splice(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "splice")?;
    let len = length_of(o)?;
    let start = relative(arg(args, 0), len, 0)?;
    let del = match args.len() {
        0 => 0,
        1 => len - start,
        _ => (integer(args[1])?.max(0.0) as u64).min(len - start),
    };
    let items = args.get(2..).unwrap_or(&[]);
    let ic = items.len() as u64;
    let new_len = len - del + ic;
    check_array_len(o, new_len)?;
    if simple_array(o) && species_ctor(o)?.is_none() {
        let mut vals = obj(o).dense().to_vec();
        let removed: Vec<Value> = vals
            .splice(
                start as usize..(start + del) as usize,
                items.iter().copied(),
            )
            .collect();
        replace_dense(o, &vals);
        return Ok(realm::new_array(&removed));
    }
    let a = species_create(o, del)?;
    visit(o, start, start + del, |k, v| {
        create_i(a, k - start, v).map(|_| true)
    })?;
    set_length(a, del)?;
    if ic < del {
        for k in start..len - del {
            let (from, to) = (k + del, k + ic);
            move_i(o, from, to)?;
        }
        let mut k = len;
        while k > new_len {
            del_i(o, k - 1)?;
            k -= 1;
        }
    } else if ic > del {
        let mut k = len - del;
        while k > start {
            let (from, to) = (k + del - 1, k + ic - 1);
            move_i(o, from, to)?;
            k -= 1;
        }
    }
    for (j, v) in items.iter().enumerate() {
        set_i(o, start + j as u64, *v)?;
    }
    set_length(o, new_len)?;
    Ok(a)
}

fn reverse(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "reverse")?;
    let len = length_of(o)?;
    if simple_array(o) {
        obj(o).dense().reverse();
        return Ok(o);
    }
    let mut lower = 0;
    while lower < len / 2 {
        let upper = len - lower - 1;
        match (opt_i(o, lower)?, opt_i(o, upper)?) {
            (Some(l), Some(u)) => {
                set_i(o, lower, u)?;
                set_i(o, upper, l)?;
            }
            (None, Some(u)) => {
                set_i(o, lower, u)?;
                del_i(o, upper)?;
            }
            (Some(l), None) => {
                del_i(o, lower)?;
                set_i(o, upper, l)?;
            }
            (None, None) => {}
        }
        lower += 1;
    }
    Ok(o)
}

fn fill(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "fill")?;
    let len = length_of(o)?;
    let v = arg(args, 0);
    let start = relative(arg(args, 1), len, 0)?;
    let end = relative(arg(args, 2), len, len)?;
    if start >= end {
        return Ok(o);
    }
    if plain_elements(o) {
        let ob = obj(o);
        ob.reserve_dense(end as u32);
        ob.set_dense_len(ob.dense_len().max(end as u32));
        ob.dense()[start as usize..end as usize].fill(v);
        return Ok(o);
    }
    for k in start..end {
        set_i(o, k, v)?;
    }
    Ok(o)
}

fn copy_within(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "copyWithin")?;
    let len = length_of(o)?;
    let to = relative(arg(args, 0), len, 0)?;
    let from = relative(arg(args, 1), len, 0)?;
    let end = relative(arg(args, 2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    let back = from < to && to < from + count;
    for j in 0..count {
        let i = if back { count - 1 - j } else { j };
        move_i(o, from + i, to + i)?;
    }
    Ok(o)
}

/// Merge sort (stable) with a fallible comparator.
pub fn merge_sort<T: Copy>(
    v: &mut [T],
    cmp: &mut dyn FnMut(T, T) -> JsResult<Ordering>,
) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if n <= 8 {
        // Insertion sort for short runs.
        for i in 1..n {
            let x = v[i];
            let mut j = i;
            while j > 0 && cmp(v[j - 1], x)? == Ordering::Greater {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], cmp)?;
    merge_sort(&mut v[mid..], cmp)?;
    let left = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if cmp(left[i], v[j])? == Ordering::Greater {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

/// SortIndexedProperties + the comparison: the present values of `o[0..len]`
/// sorted (undefined last), and how many indices were present.
fn sorted_values(o: Value, len: u64, cmp: Value) -> JsResult<Vec<Value>> {
    let mut items = Vec::new();
    let mut undefs = 0usize;
    visit(o, 0, len, |_, v| {
        if v.is_undefined() {
            undefs += 1;
        } else {
            items.push(v);
        }
        Ok(true)
    })?;
    if cmp.is_undefined() {
        let mut pairs = Vec::with_capacity(items.len());
        for v in items {
            pairs.push((v, conv::to_string(v)?));
        }
        merge_sort(&mut pairs, &mut |a: (Value, Value), b: (Value, Value)| {
            Ok(string::compare(a.1, b.1))
        })?;
        items = pairs.into_iter().map(|p| p.0).collect();
    } else {
        merge_sort(&mut items, &mut |a, b| {
            let r = function::call(cmp, Value::UNDEFINED, &[a, b])?;
            let n = conv::to_number(r)?;
            Ok(if n > 0.0 {
                Ordering::Greater
            } else if n < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        })?;
    }
    items.extend(std::iter::repeat_n(Value::UNDEFINED, undefs));
    Ok(items)
}

/// The values of `o[0..len]` (holes read as undefined), for the copying methods.
fn values_of(o: Value, len: u64) -> JsResult<Vec<Value>> {
    if len > u32::MAX as u64 {
        return Err(exception::throw_range_error("Invalid array length"));
    }
    (0..len).map(|i| get_i(o, i)).collect()
}

/// `Array.prototype.toSorted` (ES2023): a sorted copy; holes become undefined.
fn to_sorted(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !function::is_function(cmp) {
        return type_err("The comparison function must be either a function or undefined");
    }
    let o = this_obj(this, "toSorted")?;
    let len = length_of(o)?;
    let copy = realm::new_array(&values_of(o, len)?);
    let mut items = sorted_values(copy, len, cmp)?;
    items.resize(len as usize, Value::UNDEFINED);
    Ok(realm::new_array(&items))
}

/// `Array.prototype.toReversed` (ES2023).
fn to_reversed(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "toReversed")?;
    let len = length_of(o)?;
    let mut v = values_of(o, len)?;
    v.reverse();
    Ok(realm::new_array(&v))
}

/// `Array.prototype.with(index, value)` (ES2023).
fn with(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "with")?;
    let len = length_of(o)?;
    let rel = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
    let idx = if rel >= 0.0 { rel } else { len as f64 + rel };
    if idx < 0.0 || idx >= len as f64 {
        return Err(exception::throw_range_error(&format!(
            "Invalid index : {}",
            crate::text::number_format::to_rust_string(rel)
        )));
    }
    let mut v = values_of(o, len)?;
    v[idx as usize] = arg(args, 1);
    Ok(realm::new_array(&v))
}

/// `Array.prototype.toSpliced(start, deleteCount, ...items)` (ES2023).
fn to_spliced(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "toSpliced")?;
    let len = length_of(o)?;
    let v = values_of(o, len)?;
    let rel = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
    let start = if rel < 0.0 {
        (len as f64 + rel).max(0.0)
    } else {
        rel.min(len as f64)
    } as usize;
    let skip = match args.len() {
        0 => 0,
        1 => v.len() - start,
        _ => conv::to_integer_or_infinity(conv::to_number(args[1])?)
            .clamp(0.0, (v.len() - start) as f64) as usize,
    };
    let mut out = v[..start].to_vec();
    out.extend_from_slice(args.get(2..).unwrap_or(&[]));
    out.extend_from_slice(&v[start + skip..]);
    Ok(realm::new_array(&out))
}

fn sort(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !function::is_function(cmp) {
        return type_err("The comparison function must be either a function or undefined");
    }
    let o = this_obj(this, "sort")?;
    let len = length_of(o)?;
    let items = sorted_values(o, len, cmp)?;
    for (i, v) in items.iter().enumerate() {
        set_i(o, i as u64, *v)?;
    }
    // Holes go to the end: delete whatever is left past the sorted values.
    let mut k = items.len() as u64;
    while k < len {
        k = next_candidate(o, k, len);
        if k >= len {
            break;
        }
        del_i(o, k)?;
        k += 1;
    }
    Ok(o)
}

// ---- accessors ----

fn concat(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "concat")?;
    let a = species_create(o, 0)?;
    let mut n: u64 = 0;
    for e in std::iter::once(o).chain(args.iter().copied()) {
        if crate::object::proxy::is_array(e)? {
            let len = length_of(e)?;
            if n + len > MAX_SAFE {
                return type_err("Invalid array length");
            }
            let base = n;
            visit(e, 0, len, |k, v| create_i(a, base + k, v).map(|_| true))?;
            n += len;
        } else {
            create_i(a, n, e)?;
            n += 1;
        }
    }
    set_length(a, n)?;
    Ok(a)
}

thread_local! {
    /// The arrays whose `join` is running (a cyclic join gives "").
    static JOINING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// The same arrays, for a cycle test in constant time (a deeply nested
    /// array must not make `join` quadratic).
    static JOINING_SET: RefCell<std::collections::HashSet<u64>> =
        RefCell::new(std::collections::HashSet::new());
}

fn too_long<T>() -> JsResult<T> {
    range_err("Invalid string length")
}

fn join_into(o: Value, len: u64, sep: &[u16]) -> JsResult<Value> {
    if len > 0 && (len - 1).saturating_mul(sep.len() as u64) > string::MAX_LENGTH as u64 {
        return too_long();
    }
    let mut out: Vec<u16> = Vec::new();
    let mut k = 0u64;
    while k < len {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        if dense_at(o, k).is_none() && sep.is_empty() {
            k = next_candidate(o, k, len);
            if k >= len {
                break;
            }
        }
        let v = get_i(o, k)?;
        if !v.is_nullish() {
            out.extend_from_slice(string::units(conv::to_string(v)?));
        }
        if out.len() > string::MAX_LENGTH {
            return too_long();
        }
        k += 1;
    }
    Ok(string::from_units(&out))
}

fn join(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = length_of(o)?;
    let sep = arg(args, 0);
    let sep = if sep.is_undefined() {
        string::from_str(",")
    } else {
        conv::to_string(sep)?
    };
    if JOINING_SET.with(|j| j.borrow().contains(&o.0)) {
        return Ok(string::empty());
    }
    exception::check_stack()?;
    JOINING.with(|j| j.borrow_mut().push(o));
    JOINING_SET.with(|j| j.borrow_mut().insert(o.0));
    let r = join_into(o, len, string::units(sep));
    JOINING.with(|j| j.borrow_mut().pop());
    JOINING_SET.with(|j| j.borrow_mut().remove(&o.0));
    r
}

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(this)?;
    let f = internal_methods::get(o, realm::key("join"), o)?;
    if function::is_function(f) {
        return function::call(f, o, &[]);
    }
    let tag = lib_object::to_string_tag(if this.is_object() { o } else { this });
    Ok(string::from_str(&format!("[object {tag}]")))
}

fn index_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "indexOf")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::number(-1.0));
    }
    let n = integer(arg(args, 1))?;
    if n >= len as f64 {
        return Ok(Value::number(-1.0));
    }
    let start = if n >= 0.0 {
        n as u64
    } else {
        (len as f64 + n).max(0.0) as u64
    };
    let target = arg(args, 0);
    let mut found = -1.0;
    visit(o, start, len, |k, v| {
        if operators::strict_eq(v, target) {
            found = k as f64;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::number(found))
}

fn last_index_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "lastIndexOf")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::number(-1.0));
    }
    let n = if args.len() > 1 {
        integer(args[1])?
    } else {
        len as f64 - 1.0
    };
    let from = if n >= 0.0 {
        n.min(len as f64 - 1.0)
    } else {
        len as f64 + n
    };
    if from < 0.0 {
        return Ok(Value::number(-1.0));
    }
    let target = arg(args, 0);
    let mut found = -1.0;
    visit_rev(o, Some(from as u64), |k, v| {
        if operators::strict_eq(v, target) {
            found = k as f64;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::number(found))
}

fn includes(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "includes")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::FALSE);
    }
    let n = integer(arg(args, 1))?;
    if n >= len as f64 {
        return Ok(Value::FALSE);
    }
    let mut k = if n >= 0.0 {
        n as u64
    } else {
        (len as f64 + n).max(0.0) as u64
    };
    let target = arg(args, 0);
    while k < len {
        if dense_at(o, k).is_none() {
            let next = next_candidate(o, k, len);
            if next > k {
                // Absent indices read as undefined.
                if target.is_undefined() {
                    return Ok(Value::TRUE);
                }
                k = next;
                continue;
            }
        }
        if same_value_zero(get_i(o, k)?, target) {
            return Ok(Value::TRUE);
        }
        k += 1;
    }
    Ok(Value::FALSE)
}

fn at(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = length_of(o)?;
    let mut k = integer(arg(args, 0))?;
    if k < 0.0 {
        k += len as f64;
    }
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    get_i(o, k as u64)
}

// ---- iteration ----

fn map(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "map")?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let a = species_create(o, len)?;
    visit(o, 0, len, |k, v| {
        let r = function::call(f, this_arg, &[v, num(k), o])?;
        create_i(a, k, r).map(|_| true)
    })?;
    Ok(a)
}

fn filter(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "filter")?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let a = species_create(o, 0)?;
    let mut to = 0;
    visit(o, 0, len, |k, v| {
        if conv::to_boolean(function::call(f, this_arg, &[v, num(k), o])?) {
            create_i(a, to, v)?;
            to += 1;
        }
        Ok(true)
    })?;
    Ok(a)
}

fn for_each(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "forEach")?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    visit(o, 0, len, |k, v| {
        function::call(f, this_arg, &[v, num(k), o])?;
        Ok(true)
    })?;
    Ok(Value::UNDEFINED)
}

/// `some` (`want` = true) and `every` (`want` = false).
fn some_every(this: Value, args: &[Value], name: &str, want: bool) -> JsResult<Value> {
    let o = this_obj(this, name)?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let mut hit = false;
    visit(o, 0, len, |k, v| {
        if conv::to_boolean(function::call(f, this_arg, &[v, num(k), o])?) == want {
            hit = true;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::bool(hit == want))
}

/// `find`, `findIndex`, `findLast`, `findLastIndex`: every index (holes too)
/// in order, the value or index of the first match.
fn find_generic(
    this: Value,
    args: &[Value],
    name: &str,
    last: bool,
    index: bool,
) -> JsResult<Value> {
    let o = this_obj(this, name)?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    for i in 0..len {
        let k = if last { len - 1 - i } else { i };
        let v = get_i(o, k)?;
        if conv::to_boolean(function::call(f, this_arg, &[v, num(k), o])?) {
            return Ok(if index { num(k) } else { v });
        }
    }
    Ok(if index {
        Value::number(-1.0)
    } else {
        Value::UNDEFINED
    })
}

fn reduce_error<T>() -> JsResult<T> {
    type_err("Reduce of empty array with no initial value")
}

fn reduce(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "reduce")?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let mut start = 0;
    let mut acc = None;
    if args.len() >= 2 {
        acc = Some(args[1]);
    } else {
        visit(o, 0, len, |k, v| {
            acc = Some(v);
            start = k + 1;
            Ok(false)
        })?;
    }
    let Some(mut acc) = acc else {
        return reduce_error();
    };
    visit(o, start, len, |k, v| {
        acc = function::call(f, Value::UNDEFINED, &[acc, v, num(k), o])?;
        Ok(true)
    })?;
    Ok(acc)
}

fn reduce_right(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = this_obj(this, "reduceRight")?;
    let len = length_of(o)?;
    let f = callable(arg(args, 0))?;
    let mut start = len.checked_sub(1);
    let mut acc = None;
    if args.len() >= 2 {
        acc = Some(args[1]);
    } else {
        visit_rev(o, start, |k, v| {
            acc = Some(v);
            start = k.checked_sub(1);
            Ok(false)
        })?;
    }
    let Some(mut acc) = acc else {
        return reduce_error();
    };
    visit_rev(o, start, |k, v| {
        acc = function::call(f, Value::UNDEFINED, &[acc, v, num(k), o])?;
        Ok(true)
    })?;
    Ok(acc)
}

/// FlattenIntoArray: appends `source[0..len]` to `target` from `at`,
/// flattening nested arrays `depth` levels; returns the next target index.
fn flatten_into(
    target: Value,
    source: Value,
    len: u64,
    at: u64,
    depth: f64,
    mapper: Option<(Value, Value)>,
    nesting: u32,
) -> JsResult<u64> {
    if nesting > 10_000 {
        return range_err("Maximum call stack size exceeded");
    }
    let mut to = at;
    visit(source, 0, len, |k, v| {
        let v = match mapper {
            Some((f, this_arg)) => function::call(f, this_arg, &[v, num(k), source])?,
            None => v,
        };
        if depth > 0.0 && object::is_array(v) {
            let vlen = length_of(v)?;
            to = flatten_into(target, v, vlen, to, depth - 1.0, None, nesting + 1)?;
        } else {
            if to >= MAX_SAFE {
                return type_err("Invalid array length");
            }
            create_i(target, to, v)?;
            to += 1;
        }
        Ok(true)
    })?;
    Ok(to)
}

fn flat(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = length_of(o)?;
    let d = arg(args, 0);
    let depth = if d.is_undefined() {
        1.0
    } else {
        integer(d)?.max(0.0)
    };
    let a = species_create(o, 0)?;
    flatten_into(a, o, len, 0, depth, None, 0)?;
    Ok(a)
}

fn flat_map(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = length_of(o)?;
    let f = arg(args, 0);
    if !function::is_function(f) {
        return type_err("flatMap mapper function is not callable");
    }
    let a = species_create(o, 0)?;
    flatten_into(a, o, len, 0, 1.0, Some((f, arg(args, 1))), 0)?;
    Ok(a)
}

pub fn install(r: &Realm) {
    let c = realm::constructor("Array", 1, array_ctor, r.array_prototype);
    realm::define(r.global, "Array", c, WRITABLE | CONFIGURABLE);
    realm::method(c, "isArray", 1, is_array);
    realm::method(c, "from", 1, array_from);
    realm::method(c, "of", 0, array_of);
    let methods: &[(&str, u32, function::NativeFn)] = &[
        ("at", 1, at),
        ("concat", 1, concat),
        ("copyWithin", 2, copy_within),
        ("fill", 1, fill),
        ("find", 1, |t, a, _, _| {
            find_generic(t, a, "find", false, false)
        }),
        ("findIndex", 1, |t, a, _, _| {
            find_generic(t, a, "findIndex", false, true)
        }),
        ("findLast", 1, |t, a, _, _| {
            find_generic(t, a, "findLast", true, false)
        }),
        ("findLastIndex", 1, |t, a, _, _| {
            find_generic(t, a, "findLastIndex", true, true)
        }),
        ("lastIndexOf", 1, last_index_of),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("unshift", 1, unshift),
        ("slice", 2, slice),
        ("sort", 1, sort),
        ("toSorted", 1, to_sorted),
        ("toReversed", 0, to_reversed),
        ("with", 2, with),
        ("toSpliced", 2, to_spliced),
        ("splice", 2, splice),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("forEach", 1, for_each),
        ("filter", 1, filter),
        ("flat", 0, flat),
        ("flatMap", 1, flat_map),
        ("map", 1, map),
        ("every", 1, |t, a, _, _| some_every(t, a, "every", false)),
        ("some", 1, |t, a, _, _| some_every(t, a, "some", true)),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("toString", 0, to_string),
    ];
    for &(name, len, f) in methods {
        realm::method(r.array_prototype, name, len, f);
    }
}

/// `Array.prototype[Symbol.unscopables]` (ECMA-262 23.1.3.41): the names a
/// `with (array)` body does not take from the array. Installed after
/// `Symbol` has made the well-known symbols.
pub fn install_unscopables(r: &Realm) {
    let list = realm::new_object(Value::NULL);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "values",
        "toReversed",
        "toSorted",
        "toSpliced",
    ] {
        realm::define(list, name, Value::TRUE, DEFAULT_ATTRS);
    }
    let _ = internal_methods::define_own(
        r.array_prototype,
        Key::Named(realm::well_known("unscopables")),
        Desc::data(list, CONFIGURABLE),
        false,
    );
}

#[cfg(test)]
#[path = "array_tests.rs"]
mod tests;

/// Collector: marks the arrays whose `join` is running.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    JOINING.with(|j| j.borrow().iter().for_each(|v| m.value(*v)));
}
