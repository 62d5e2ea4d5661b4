//! `%TypedArray%.prototype` (ECMA-262 §23.2.3): the getters, the iteration
//! and search methods, the copying methods of ES2023 and `set`/`subarray`.

use super::buffer::relative;
use super::typed_array::{
    copy_elements, create_same_type, same_content_type, species_create, validate,
};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::bigint;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::typed_array as ta;
use crate::text::string;

/// The property key of index `k`.
pub fn index_key(k: usize) -> Key {
    if k < u32::MAX as usize {
        Key::Index(k as u32)
    } else {
        key::from_str(&k.to_string())
    }
}

fn num(x: f64) -> Value {
    Value::number(x)
}

fn len_of(t: Value) -> usize {
    ta::view_length(t)
}

fn get(t: Value, k: usize) -> Value {
    if k < len_of(t) {
        ta::get_index(t, k)
    } else {
        Value::UNDEFINED
    }
}

fn callable(f: Value) -> JsResult<Value> {
    if function::is_function(f) {
        Ok(f)
    } else {
        Err(exception::throw_type_error(&format!(
            "{} is not a function",
            conv::display_string_short(f)
        )))
    }
}

// ---- getters ----

fn getter_check(this: Value, name: &str) -> JsResult<Value> {
    if ta::is_typed_array(this) {
        Ok(this)
    } else {
        Err(super::incompatible(
            &format!("get TypedArray.prototype.{name}"),
            this,
        ))
    }
}

fn buffer(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_typed_array(this) {
        return Err(super::incompatible(
            "get %TypedArray%.prototype.buffer",
            this,
        ));
    }
    Ok(ta::view_buffer(this))
}

fn byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = getter_check(this, "byteLength")?;
    Ok(num((len_of(t) * ta::elem_of(t).size()) as f64))
}

fn byte_offset(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = getter_check(this, "byteOffset")?;
    if ta::view_detached(t) {
        return Ok(num(0.0));
    }
    Ok(num(ta::view_offset(t) as f64))
}

fn length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = getter_check(this, "length")?;
    Ok(num(len_of(t) as f64))
}

fn to_string_tag(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_typed_array(this) {
        return Ok(Value::UNDEFINED);
    }
    Ok(string::from_str(ta::elem_of(this).name()))
}

// ---- iteration and search ----

/// The callback methods' shared walk: `f(value, index, this)` for each index.
fn each(
    this: Value,
    args: &[Value],
    name: &str,
    rev: bool,
    mut visit: impl FnMut(Value, usize, Value) -> JsResult<bool>,
) -> JsResult<()> {
    let t = validate(this, name)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let len = len_of(t);
    for j in 0..len {
        let k = if rev { len - 1 - j } else { j };
        let v = get(t, k);
        let r = function::call(f, this_arg, &[v, num(k as f64), t])?;
        if !visit(v, k, r)? {
            break;
        }
    }
    Ok(())
}

fn every(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut ok = true;
    each(this, args, "every", false, |_, _, r| {
        ok = conv::to_boolean(r);
        Ok(ok)
    })?;
    Ok(Value::bool(ok))
}

fn some(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut found = false;
    each(this, args, "some", false, |_, _, r| {
        found = conv::to_boolean(r);
        Ok(!found)
    })?;
    Ok(Value::bool(found))
}

fn for_each(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    each(this, args, "forEach", false, |_, _, _| Ok(true))?;
    Ok(Value::UNDEFINED)
}

fn find_impl(this: Value, args: &[Value], rev: bool, want_index: bool) -> JsResult<Value> {
    let name = match (rev, want_index) {
        (false, false) => "find",
        (false, true) => "findIndex",
        (true, false) => "findLast",
        (true, true) => "findLastIndex",
    };
    let mut out = if want_index {
        num(-1.0)
    } else {
        Value::UNDEFINED
    };
    each(this, args, name, rev, |v, k, r| {
        if conv::to_boolean(r) {
            out = if want_index { num(k as f64) } else { v };
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(out)
}

fn find(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    find_impl(this, args, false, false)
}

fn find_index(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    find_impl(this, args, false, true)
}

fn find_last(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    find_impl(this, args, true, false)
}

fn find_last_index(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    find_impl(this, args, true, true)
}

fn filter(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let mut kept = crate::gc::vec::GcVec::new();
    each(this, args, "filter", false, |v, _, r| {
        if conv::to_boolean(r) {
            kept.push(v);
        }
        Ok(true)
    })?;
    let a = species_create(
        this,
        &[num(kept.len() as f64)],
        "%TypedArray%.prototype.filter",
    )?;
    for (k, v) in kept.iter().enumerate() {
        internal_methods::set(a, Key::Index(k as u32), *v, a, true)?;
    }
    Ok(a)
}

fn map(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "map")?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let len = len_of(t);
    let a = species_create(t, &[num(len as f64)], "%TypedArray%.prototype.map")?;
    for k in 0..len {
        let v = function::call(f, this_arg, &[get(t, k), num(k as f64), t])?;
        internal_methods::set(a, index_key(k), v, a, true)?;
    }
    Ok(a)
}

fn reduce_impl(this: Value, args: &[Value], rev: bool) -> JsResult<Value> {
    let t = validate(this, if rev { "reduceRight" } else { "reduce" })?;
    let f = callable(arg(args, 0))?;
    let len = len_of(t);
    let order = |j: usize| if rev { len - 1 - j } else { j };
    let mut j = 0;
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        if len == 0 {
            return Err(exception::throw_type_error(
                "Reduce of empty array with no initial value",
            ));
        }
        j = 1;
        get(t, order(0))
    };
    while j < len {
        let k = order(j);
        acc = function::call(f, Value::UNDEFINED, &[acc, get(t, k), num(k as f64), t])?;
        j += 1;
    }
    Ok(acc)
}

fn reduce(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    reduce_impl(this, args, false)
}

fn reduce_right(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    reduce_impl(this, args, true)
}

/// `includes` (SameValueZero), `indexOf` and `lastIndexOf` (strict equality).
fn search(this: Value, args: &[Value], which: u8) -> JsResult<Value> {
    let t = validate(this, ["includes", "indexOf", "lastIndexOf"][which as usize])?;
    let len = len_of(t);
    let not_found = if which == 0 { Value::FALSE } else { num(-1.0) };
    if len == 0 {
        return Ok(not_found);
    }
    let target = arg(args, 0);
    let last = which == 2;
    let from = if last {
        if args.len() > 1 {
            let n = conv::to_integer_or_infinity(conv::to_number(args[1])?);
            if n < 0.0 {
                let k = len as f64 + n;
                if k < 0.0 {
                    return Ok(not_found);
                }
                k as usize
            } else {
                n.min(len as f64 - 1.0) as usize
            }
        } else {
            len - 1
        }
    } else {
        relative(arg(args, 1), len, 0)?
    };
    // Elements past a length the conversions shrank (a detached buffer)
    // read as undefined, which `includes` finds.
    if which == 0 && target.is_undefined() && len_of(t) < len && from < len {
        return Ok(Value::TRUE);
    }
    let big = ta::elem_of(t).is_bigint();
    if big != bigint::is_bigint(target) || (!big && !target.is_number()) {
        return Ok(not_found);
    }
    let hit = |k: usize| {
        if k >= len_of(t) {
            return false;
        }
        let y = ta::get_index(t, k);
        if big {
            return bigint::equals(y, target);
        }
        let (x, y) = (target.as_number(), y.as_number());
        y == x || (which == 0 && x.is_nan() && y.is_nan())
    };
    let found = if last {
        (0..=from).rev().find(|&k| hit(k))
    } else {
        (from..len).find(|&k| hit(k))
    };
    Ok(match (which, found) {
        (0, f) => Value::bool(f.is_some()),
        (_, Some(k)) => num(k as f64),
        (_, None) => num(-1.0),
    })
}

fn includes(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    search(this, args, 0)
}

fn index_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    search(this, args, 1)
}

fn last_index_of(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    search(this, args, 2)
}

fn at(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "at")?;
    let len = len_of(t) as f64;
    let n = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
    let k = if n >= 0.0 { n } else { len + n };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    Ok(get(t, k as usize))
}

fn join(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "join")?;
    let len = len_of(t);
    let sep = arg(args, 0);
    let sep: Vec<u16> = if sep.is_undefined() {
        vec![b',' as u16]
    } else {
        string::units(conv::to_string(sep)?).to_vec()
    };
    let mut out: Vec<u16> = Vec::new();
    // The length read before the separator's conversion: elements a
    // detach removed since print as empty strings.
    for k in 0..len {
        if k > 0 {
            out.extend_from_slice(&sep);
        }
        let v = get(t, k);
        if !v.is_undefined() {
            out.extend_from_slice(string::units(conv::to_string(v)?));
        }
    }
    Ok(string::from_units(&out))
}

fn to_locale_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_typed_array(this) {
        return Err(super::incompatible(
            "%TypedArray%.prototype.toLocaleString",
            this,
        ));
    }
    let this = validate(this, "toLocaleString")?;
    let mut out: Vec<u16> = Vec::new();
    let name = key::from_str("toLocaleString");
    for k in 0..len_of(this) {
        if k > 0 {
            out.push(b',' as u16);
        }
        let v = get(this, k);
        let f = internal_methods::get_value(v, name)?;
        let s = function::call(callable(f)?, v, &[])?;
        out.extend_from_slice(string::units(conv::to_string(s)?));
    }
    Ok(string::from_units(&out))
}

// ---- mutation ----

fn fill(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "fill")?;
    let len = len_of(t);
    let x = ta::elem_of(t).convert(arg(args, 0))?;
    let start = relative(arg(args, 1), len, 0)?;
    let end = relative(arg(args, 2), len, len)?;
    if ta::view_detached(t) {
        return Err(super::detached("%TypedArray%.prototype.fill"));
    }
    for k in start..end.min(len_of(t)) {
        ta::set_index(t, k, x);
    }
    Ok(t)
}

fn reverse(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "reverse")?;
    let len = len_of(t);
    for k in 0..len / 2 {
        let (a, b) = (ta::get_index(t, k), ta::get_index(t, len - 1 - k));
        ta::set_index(t, k, b);
        ta::set_index(t, len - 1 - k, a);
    }
    Ok(t)
}

fn copy_within(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "copyWithin")?;
    let len = len_of(t);
    let to = relative(arg(args, 0), len, 0)?;
    let from = relative(arg(args, 1), len, 0)?;
    let fin = relative(arg(args, 2), len, len)?;
    let count = fin.saturating_sub(from).min(len.saturating_sub(to));
    if count > 0 && ta::view_detached(t) {
        return Err(super::detached("%TypedArray%.prototype.copyWithin"));
    }
    let count = count.min(len_of(t).saturating_sub(from.max(to)));
    copy_elements(t, from, t, to, count);
    Ok(t)
}

/// §23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )
fn set(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "set")?;
    let offset = conv::to_integer_or_infinity(conv::to_number(arg(args, 1))?);
    if offset < 0.0 {
        return Err(exception::throw_range_error("offset is out of bounds"));
    }
    if ta::view_detached(t) {
        return Err(super::detached("%TypedArray%.prototype.set"));
    }
    let target_len = len_of(t);
    let src = arg(args, 0);
    if ta::is_typed_array(src) {
        if ta::view_detached(src) {
            return Err(super::detached("%TypedArray%.prototype.set"));
        }
        same_content_type(ta::elem_of(t), ta::elem_of(src))?;
        let n = len_of(src);
        if n as f64 + offset > target_len as f64 {
            return Err(exception::throw_range_error("offset is out of bounds"));
        }
        copy_elements(src, 0, t, offset as usize, n);
        return Ok(Value::UNDEFINED);
    }
    let src = crate::builtins::object::to_object(src)?;
    let n = crate::builtins::array::length_of(src)? as usize;
    if n as f64 + offset > target_len as f64 {
        return Err(exception::throw_range_error("offset is out of bounds"));
    }
    let off = offset as usize;
    for k in 0..n {
        let v = internal_methods::get_value(src, index_key(k))?;
        ta::set_element(t, (off + k) as f64, v)?;
    }
    Ok(Value::UNDEFINED)
}

fn slice(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "slice")?;
    let len = len_of(t);
    let start = relative(arg(args, 0), len, 0)?;
    let end = relative(arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let a = species_create(t, &[num(count as f64)], "%TypedArray%.prototype.slice")?;
    if count > 0 && ta::view_detached(t) {
        return Err(super::detached("%TypedArray%.prototype.slice"));
    }
    let count = count.min(len_of(t).saturating_sub(start));
    if ta::elem_of(a) == ta::elem_of(t) {
        // Byte by byte, ascending (§23.2.3.27 step 14.b), even when the
        // species constructor returned a view overlapping the source.
        let size = ta::elem_of(t).size();
        let n = count.min(len_of(a)) * size;
        let src = ta::buffer_bytes(ta::view_buffer(t)).as_mut_ptr();
        let dst = ta::buffer_bytes(ta::view_buffer(a)).as_mut_ptr();
        let (s0, d0) = (ta::view_offset(t) + start * size, ta::view_offset(a));
        for k in 0..n {
            // SAFETY: both ranges lie inside their buffers (checked lengths).
            unsafe { *dst.add(d0 + k) = *src.add(s0 + k) };
        }
    } else {
        for k in 0..count {
            internal_methods::set(a, index_key(k), get(t, start + k), a, true)?;
        }
    }
    Ok(a)
}

fn subarray(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_typed_array(this) {
        return Err(super::incompatible("%TypedArray%.prototype.subarray", this));
    }
    let len = len_of(this);
    let begin = relative(arg(args, 0), len, 0)?;
    let end = relative(arg(args, 1), len, len)?;
    let new_len = end.saturating_sub(begin);
    let size = ta::elem_of(this).size();
    let off = ta::view_offset(this) + begin * size;
    let (buffer, off) = (ta::view_buffer(this), num(off as f64));
    // A length-tracking view without an end makes a length-tracking one.
    let args: &[Value] = if ta::is_length_tracking(this) && arg(args, 1).is_undefined() {
        &[buffer, off]
    } else {
        &[buffer, off, num(new_len as f64)]
    };
    species_create(this, args, "%TypedArray%.prototype.subarray")
}

/// SortCompare for typed arrays: a comparator's ToNumber result, or
/// numeric order with -0 before +0 and NaN last (BigInts by value).
/// The result is rooted (a comparator may collect).
fn sorted(t: Value, cmp: Value) -> JsResult<GcVec<Value>> {
    let mut vals = GcVec::new();
    for k in 0..len_of(t) {
        vals.push(ta::get_index(t, k));
    }
    if cmp.is_undefined() {
        if ta::elem_of(t).is_bigint() {
            vals.sort_by(|a, b| bigint::cmp(*a, *b));
            return Ok(vals);
        }
        let mut xs: Vec<f64> = vals.iter().map(|v| v.as_number()).collect();
        xs.sort_by(|a, b| a.total_cmp(b));
        // total_cmp puts negative NaNs first: NaN always sorts last.
        let nans = xs.iter().filter(|x| x.is_nan()).count();
        xs.retain(|x| !x.is_nan());
        xs.extend(std::iter::repeat_n(f64::NAN, nans));
        return Ok(xs.into_iter().map(num).collect());
    }
    // A stable merge sort that stops at the comparator's first exception.
    crate::builtins::array::merge_sort(&mut vals, &mut |a: Value, b: Value| {
        let r = conv::to_number(function::call(cmp, Value::UNDEFINED, &[a, b])?)?;
        Ok(if r < 0.0 {
            std::cmp::Ordering::Less
        } else if r > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        })
    })?;
    Ok(vals)
}

fn check_comparator(cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !function::is_function(cmp) {
        return Err(exception::throw_type_error(
            "The comparison function must be either a function or undefined",
        ));
    }
    Ok(())
}

fn sort(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let t = validate(this, "sort")?;
    let vals = sorted(t, cmp)?;
    for (k, x) in vals.iter().enumerate().take(len_of(t)) {
        ta::set_index(t, k, *x);
    }
    Ok(t)
}

fn to_sorted(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let t = validate(this, "toSorted")?;
    let a = create_same_type(ta::elem_of(t), len_of(t))?;
    let vals = sorted(t, cmp)?;
    for (k, x) in vals.iter().enumerate() {
        ta::set_index(a, k, *x);
    }
    Ok(a)
}

fn to_reversed(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "toReversed")?;
    let len = len_of(t);
    let a = create_same_type(ta::elem_of(t), len)?;
    for k in 0..len {
        ta::set_index(a, k, ta::get_index(t, len - 1 - k));
    }
    Ok(a)
}

/// §23.2.3.36 %TypedArray%.prototype.with ( index, value )
fn with(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = validate(this, "with")?;
    let len = len_of(t);
    let rel = conv::to_integer_or_infinity(conv::to_number(arg(args, 0))?);
    let actual = if rel >= 0.0 { rel } else { len as f64 + rel };
    let x = ta::elem_of(t).convert(arg(args, 1))?;
    if ta::valid_index(t, actual).is_none() {
        return Err(exception::throw_range_error("Invalid typed array index"));
    }
    let a = create_same_type(ta::elem_of(t), len)?;
    copy_elements(t, 0, a, 0, len);
    ta::set_index(a, actual as usize, x);
    Ok(a)
}

fn iter(this: Value, what: u8) -> JsResult<Value> {
    let t = validate(this, ["keys", "values", "entries"][what as usize])?;
    Ok(crate::builtins::collections::array_iterator(t, what))
}

fn keys(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    iter(this, 0)
}

fn values(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    iter(this, 1)
}

fn entries(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    iter(this, 2)
}

/// Installs the methods of `%TypedArray%.prototype` on `proto`.
pub fn install(r: &Realm, proto: Value) {
    realm::accessor(proto, "buffer", buffer, None);
    realm::accessor(proto, "byteLength", byte_length, None);
    realm::accessor(proto, "byteOffset", byte_offset, None);
    realm::accessor(proto, "length", length, None);
    let tag = function::new_native("get [Symbol.toStringTag]", 0, to_string_tag, 0);
    let _ = internal_methods::define_own(
        proto,
        Key::Named(realm::well_known("toStringTag")),
        internal_methods::Desc {
            get: Some(tag),
            set: Some(Value::UNDEFINED),
            enumerable: Some(false),
            configurable: Some(true),
            ..Default::default()
        },
        false,
    );
    let methods: &[(&str, u32, function::NativeFn)] = &[
        ("at", 1, at),
        ("copyWithin", 2, copy_within),
        ("entries", 0, entries),
        ("every", 1, every),
        ("fill", 1, fill),
        ("filter", 1, filter),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("forEach", 1, for_each),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("keys", 0, keys),
        ("lastIndexOf", 1, last_index_of),
        ("map", 1, map),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("reverse", 0, reverse),
        ("set", 1, set),
        ("slice", 2, slice),
        ("some", 1, some),
        ("sort", 1, sort),
        ("subarray", 2, subarray),
        ("toLocaleString", 0, to_locale_string),
        ("toReversed", 0, to_reversed),
        ("toSorted", 1, to_sorted),
        ("with", 2, with),
    ];
    for (name, len, f) in methods {
        realm::method(proto, name, *len, *f);
    }
    let v = realm::method(proto, "values", 0, values);
    let _ = internal_methods::define_own(
        proto,
        Key::Named(realm::well_known("iterator")),
        internal_methods::Desc::data(v, WRITABLE | CONFIGURABLE),
        false,
    );
    // %TypedArray%.prototype.toString is Array.prototype.toString.
    if let Some((f, _)) =
        internal_methods::get_own(r.array_prototype, Key::Named(realm::get().keys.to_string))
    {
        realm::define(proto, "toString", f, WRITABLE | CONFIGURABLE);
    }
}
