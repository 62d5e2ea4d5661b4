//! `RegExp.prototype` (§22.2.6): `exec` (RegExpBuiltinExec, §22.2.7.2, with
//! `index`, `input`, `groups` and the `d` flag's `indices`), RegExpExec
//! (§22.2.7.1), `test`, `toString`, `compile` (Annex B.2.4.1), and the
//! `source`, `flags` and flag getters.

use super::engine::{self, Match};
use super::*;
use crate::exec::conv;

fn incompatible(method: &str, this: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Method RegExp.prototype.{method} called on incompatible receiver {}",
        conv::display_string_short(this)
    ))
}

/// RegExpBuiltinExec's matching part: reads and updates `lastIndex` and
/// runs the program. `subject` is a string value.
pub fn builtin_match(r: Value, subject: Value) -> JsResult<Option<Match>> {
    let li = get_last_index(r)?;
    let c = program(r);
    let flags = c.flags;
    let global_or_sticky = flags.global || flags.sticky;
    let last_index = if global_or_sticky {
        to_length(li)?
    } else {
        if !li.is_number() {
            to_length(li)?;
        }
        0
    };
    let units = string::units(subject);
    if last_index > units.len() {
        if global_or_sticky {
            set_last_index(r, Value::number(0.0))?;
        }
        return Ok(None);
    }
    // The program may be replaced by `compile` while matching? No: matching
    // runs no JS. Keep a count anyway so the program outlives this call.
    let rc = program_rc(r);
    let m = engine::exec(&rc, units, last_index);
    match m {
        None => {
            if global_or_sticky {
                set_last_index(r, Value::number(0.0))?;
            }
            Ok(None)
        }
        Some(m) => {
            if global_or_sticky {
                set_last_index(r, Value::number(m.end as f64))?;
            }
            record_legacy(subject, &m);
            Ok(Some(m))
        }
    }
}

fn sub(units: &[u16], r: Option<(usize, usize)>) -> Value {
    match r {
        Some((a, b)) => string::from_units(&units[a..b]),
        None => Value::UNDEFINED,
    }
}

fn define(o: Value, name: &'static str, v: Value) {
    let _ = internal_methods::create_data_property(o, k(name), v);
}

/// The groups object: null prototype, one property per named group.
fn groups_object(r: Value, values: &[Value]) -> Value {
    let c = program(r);
    if !c.has_named_groups() {
        return Value::UNDEFINED;
    }
    let g = realm::new_object(Value::NULL);
    for (i, name) in c.group_names.iter().enumerate() {
        if let Some(name) = name {
            let k = key::from_string(string::from_units(name));
            // A duplicate name (in other alternatives) keeps the participating one.
            if !values[i].is_undefined() || internal_methods::get_own(g, k).is_none() {
                let _ = internal_methods::create_data_property(g, k, values[i]);
            }
        }
    }
    g
}

/// The `groups` object of match `m` (undefined without named groups).
pub fn match_groups(r: Value, subject: Value, m: &Match) -> Value {
    if !program(r).has_named_groups() {
        return Value::UNDEFINED;
    }
    let units = string::units(subject);
    let vals: crate::gc::vec::GcVec<Value> = m.captures.iter().map(|&c| sub(units, c)).collect();
    groups_object(r, &vals)
}

/// The exec result array of match `m` of `r` on `subject`.
pub fn result_array(r: Value, subject: Value, m: &Match) -> Value {
    let units = string::units(subject);
    let mut vals: crate::gc::vec::GcVec<Value> =
        crate::gc::vec::GcVec::with_capacity(m.captures.len() + 1);
    vals.push(string::from_units(&units[m.start..m.end]));
    for &c in &m.captures {
        vals.push(sub(units, c));
    }
    let a = realm::new_array(&vals);
    define(a, "index", Value::number(m.start as f64));
    define(a, "input", subject);
    let groups = groups_object(r, &vals[1..]);
    define(a, "groups", groups);
    if program(r).flags.has_indices {
        let pair = |x: Option<(usize, usize)>| match x {
            Some((s, e)) => realm::new_array(&[Value::number(s as f64), Value::number(e as f64)]),
            None => Value::UNDEFINED,
        };
        let mut ivals: crate::gc::vec::GcVec<Value> = crate::gc::vec::GcVec::new();
        ivals.push(pair(Some((m.start, m.end))));
        ivals.extend(m.captures.iter().map(|&c| pair(c)));
        let ind = realm::new_array(&ivals);
        let igroups = groups_object(r, &ivals[1..]);
        define(ind, "groups", igroups);
        define(a, "indices", ind);
    }
    a
}

/// RegExpBuiltinExec(R, S).
pub fn builtin_exec(r: Value, subject: Value) -> JsResult<Value> {
    Ok(match builtin_match(r, subject)? {
        Some(m) => result_array(r, subject, &m),
        None => Value::NULL,
    })
}

thread_local! {
    /// `%RegExp.prototype%`'s shape and the slot of its `exec` in it.
    static EXEC_SLOT: Cell<(usize, u32)> = const { Cell::new((0, u32::MAX)) };
}

/// Whether `Get(r, "exec")` is the built-in exec (a plain RegExp whose
/// matching methods nobody replaced): the methods may then match directly.
pub fn pristine(r: Value) -> JsResult<bool> {
    if !is_regexp_object(r) {
        return Ok(false);
    }
    // Common case without a lookup: no own `exec`, `%RegExp.prototype%` as
    // prototype, and its `exec` slot (found once per prototype shape) holds
    // the built-in.
    let ob = object::obj(r);
    let Key::Named(exec_key) = k("exec") else {
        unreachable!()
    };
    if ob.proto() == regexp_prototype() && ob.shape().find(exec_key).is_none() {
        let p = object::obj(ob.proto());
        let shape = p.shape() as *const Shape as usize;
        let slot = EXEC_SLOT.with(|c| {
            let (s, slot) = c.get();
            if s == shape {
                return slot;
            }
            let slot = p
                .shape()
                .find(exec_key)
                .filter(|q| q.attrs & object::ACCESSOR == 0)
                .map_or(u32::MAX, |q| q.slot);
            c.set((shape, slot));
            slot
        });
        if slot != u32::MAX {
            return Ok(p.slot(slot) == original_exec());
        }
    }
    let e = internal_methods::get_value(r, k("exec"))?;
    Ok(e == original_exec())
}

/// RegExpExec(R, S) (§22.2.7.1): the object's `exec`, or the built-in one.
pub fn regexp_exec(r: Value, subject: Value) -> JsResult<Value> {
    let e = internal_methods::get_value(r, k("exec"))?;
    if e == original_exec() && is_regexp_object(r) {
        return builtin_exec(r, subject);
    }
    if function::is_function(e) {
        let res = function::call(e, r, &[subject])?;
        if !res.is_object() && !res.is_null() {
            return Err(exception::throw_type_error(
                "RegExp exec method returned something other than an Object or null",
            ));
        }
        return Ok(res);
    }
    if !is_regexp_object(r) {
        return Err(incompatible("exec", r));
    }
    builtin_exec(r, subject)
}

fn exec(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !is_regexp_object(this) {
        return Err(incompatible("exec", this));
    }
    let s = conv::to_string(arg(args, 0))?;
    builtin_exec(this, s)
}

fn test(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("test", this));
    }
    let s = conv::to_string(arg(args, 0))?;
    if pristine(this)? {
        return Ok(Value::bool(builtin_match(this, s)?.is_some()));
    }
    Ok(Value::bool(!regexp_exec(this, s)?.is_null()))
}

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("toString", this));
    }
    let p = conv::to_string(internal_methods::get_value(this, k("source"))?)?;
    let f = conv::to_string(internal_methods::get_value(this, k("flags"))?)?;
    let mut out = vec![b'/' as u16];
    out.extend_from_slice(string::units(p));
    out.push(b'/' as u16);
    out.extend_from_slice(string::units(f));
    Ok(string::from_units(&out))
}

fn source_getter(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !is_regexp_object(this) {
        if this == regexp_prototype() {
            return Ok(string::from_str("(?:)"));
        }
        return Err(exception::throw_type_error(
            "RegExp.prototype.source getter called on non-RegExp object",
        ));
    }
    Ok(string::from_units(&engine::escape_source(string::units(
        source(this),
    ))))
}

/// `get RegExp.prototype.flags` (§22.2.6.4): reads each flag property.
fn flags_getter(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(exception::throw_type_error(&format!(
            "RegExp.prototype.flags getter called on non-object {}",
            conv::display_string_short(this)
        )));
    }
    let mut out = String::new();
    for (name, c) in [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("unicodeSets", 'v'),
        ("sticky", 'y'),
    ] {
        if conv::to_boolean(internal_methods::get_value(this, key::from_str(name))?) {
            out.push(c);
        }
    }
    Ok(string::from_str(&out))
}

const FLAG_GETTERS: &[&str] = &[
    "hasIndices",
    "global",
    "ignoreCase",
    "multiline",
    "dotAll",
    "unicode",
    "unicodeSets",
    "sticky",
];

fn flag_getter(this: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let i = function::fun(callee).data.as_number() as usize;
    if !is_regexp_object(this) {
        if this == regexp_prototype() {
            return Ok(Value::UNDEFINED);
        }
        return Err(exception::throw_type_error(&format!(
            "RegExp.prototype.{} getter called on non-RegExp object",
            FLAG_GETTERS[i]
        )));
    }
    let f = program(this).flags;
    Ok(Value::bool(match i {
        0 => f.has_indices,
        1 => f.global,
        2 => f.ignore_case,
        3 => f.multiline,
        4 => f.dot_all,
        5 => f.unicode,
        6 => f.unicode_sets,
        _ => f.sticky,
    }))
}

/// `RegExp.prototype.compile(pattern, flags)` (Annex B.2.4.1).
fn compile(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !is_regexp_object(this) {
        return Err(incompatible("compile", this));
    }
    let (p, f) = (arg(args, 0), arg(args, 1));
    if is_regexp_object(p) {
        if !f.is_undefined() {
            return Err(exception::throw_type_error(
                "Cannot supply flags when constructing one RegExp from another",
            ));
        }
        let src = source(p);
        set_program(this, program_rc(p), src);
        set_last_index(this, Value::number(0.0))?;
        return Ok(this);
    }
    initialize(this, p, f)
}

/// Installs the prototype's methods; returns the built-in `exec`.
pub fn install(p: Value) -> Value {
    let exec = realm::method(p, "exec", 1, exec);
    realm::accessor(p, "dotAll", flag_getter, None);
    realm::accessor(p, "flags", flags_getter, None);
    for (i, name) in FLAG_GETTERS.iter().enumerate() {
        realm::accessor(p, name, flag_getter, None);
        if let Some((g, _)) = internal_methods::get_own(p, key::from_str(name)) {
            let getter = object::accessor(g).get;
            function::fun(getter).data = Value::number(i as f64);
        }
    }
    realm::accessor(p, "source", source_getter, None);
    realm::method(p, "compile", 2, compile);
    realm::method(p, "test", 1, test);
    realm::method(p, "toString", 0, to_string);
    exec
}
