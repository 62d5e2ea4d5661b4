//! `RegExp.prototype[@@match]` (§22.2.6.8), `[@@matchAll]` (§22.2.6.9) and
//! %RegExpStringIteratorPrototype% (§22.2.9), `[@@replace]` (§22.2.6.11)
//! with GetSubstitution (§22.1.3.19.1), `[@@search]` (§22.2.6.12) and
//! `[@@split]` (§22.2.6.14).
//!
//! Each follows the spec's protocol (observable `Get`s of `flags`, `exec`,
//! `lastIndex`, result properties) on any object; on a plain RegExp whose
//! `exec` is the built-in one they match directly without building result
//! arrays (same results, nothing user-visible skipped).

use super::engine::{self, Match};
use super::proto::{builtin_match, pristine, regexp_exec};
use super::*;
use crate::exec::conv;
use crate::gc::vec::GcVec;

fn incompatible(method: &str, this: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Method RegExp.prototype.{method} called on incompatible receiver {}",
        conv::display_string_short(this)
    ))
}

fn flags_text(rx: Value) -> JsResult<Vec<u16>> {
    let f = internal_methods::get_value(rx, k("flags"))?;
    Ok(string::units(conv::to_string(f)?).to_vec())
}

/// Node 20's @@match and @@replace read `global`, then (if global) `unicode`
/// (and, for @@match, `unicodeSets`) instead of `flags`: a flags text of
/// what they read.
fn legacy_flags(rx: Value, sets: bool) -> JsResult<Vec<u16>> {
    let get = |name: &str| -> JsResult<bool> {
        Ok(conv::to_boolean(internal_methods::get_value(
            rx,
            key::from_str(name),
        )?))
    };
    let mut f = Vec::new();
    if get("global")? {
        f.push(b'g' as u16);
        if get("unicode")? {
            f.push(b'u' as u16);
        }
        if sets && get("unicodeSets")? {
            f.push(b'v' as u16);
        }
    }
    Ok(f)
}

fn has(flags: &[u16], c: u8) -> bool {
    flags.contains(&(c as u16))
}

fn get_index(o: Value, i: u32) -> JsResult<Value> {
    internal_methods::get_value(o, Key::Index(i))
}

fn length_of(o: Value) -> JsResult<usize> {
    to_length(internal_methods::get_value(
        o,
        Key::Named(internal_methods::length_key()),
    )?)
}

/// Advances `lastIndex` past an empty match.
fn bump_last_index(rx: Value, s: &[u16], full_unicode: bool) -> JsResult<()> {
    let this_index = to_length(get_last_index(rx)?)?;
    let next = engine::advance_string_index(s, this_index, full_unicode);
    set_last_index(rx, Value::number(next as f64))
}

fn match_(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("@@match", this));
    }
    let rx = this;
    let s = conv::to_string(arg(args, 0))?;
    let fast = pristine(rx)?;
    let flags = if fast {
        program(rx).flags.text().encode_utf16().collect()
    } else {
        legacy_flags(rx, true)?
    };
    if !has(&flags, b'g') {
        return regexp_exec(rx, s);
    }
    let full_unicode = has(&flags, b'u') || has(&flags, b'v');
    set_last_index(rx, Value::number(0.0))?;
    let units = string::units(s);
    let mut out: GcVec<Value> = GcVec::new();
    let scan = fast && !program(rx).flags.sticky;
    if scan {
        // No JS runs until the scan ends: one pass, then the state the
        // last `exec` of the loop leaves (lastIndex 0, the legacy match).
        let prog = program_rc(rx);
        let mut last = None;
        for m in engine::scan_all(&prog, units, 0) {
            out.push(string::from_units(&units[m.start..m.end]));
            last = Some(m);
        }
        if let Some(m) = last {
            record_legacy(s, &m);
        }
        set_last_index(rx, Value::number(0.0))?;
    }
    // The spec's loop of `exec` calls (observable: a sticky or user `exec`).
    if !scan {
        loop {
            if fast {
                match builtin_match(rx, s)? {
                    None => break,
                    Some(m) => {
                        out.push(string::from_units(&units[m.start..m.end]));
                        if m.start == m.end {
                            bump_last_index(rx, units, full_unicode)?;
                        }
                    }
                }
                continue;
            }
            let r = regexp_exec(rx, s)?;
            if r.is_null() {
                break;
            }
            let ms = conv::to_string(get_index(r, 0)?)?;
            out.push(ms);
            if string::units(ms).is_empty() {
                bump_last_index(rx, units, full_unicode)?;
            }
        }
    }
    Ok(if out.is_empty() {
        Value::NULL
    } else {
        realm::new_array(&out)
    })
}

fn search(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("@@search", this));
    }
    let rx = this;
    let s = conv::to_string(arg(args, 0))?;
    let prev = get_last_index(rx)?;
    let zero = Value::number(0.0);
    if !internal_methods::same_value(prev, zero) {
        set_last_index(rx, zero)?;
    }
    let r = regexp_exec(rx, s)?;
    let cur = get_last_index(rx)?;
    if !internal_methods::same_value(cur, prev) {
        set_last_index(rx, prev)?;
    }
    if r.is_null() {
        return Ok(Value::number(-1.0));
    }
    internal_methods::get_value(r, k("index"))
}

/// Looks up a named capture's text for GetSubstitution.
pub type NamedCapture<'a> = dyn FnMut(&[u16]) -> JsResult<Option<Vec<u16>>> + 'a;

/// GetSubstitution: expands `$$ $& $\` $' $n $nn $<name>` in `template`.
/// `cap(n)` is capture n (1-based) or None; `named(name)` the named
/// capture's text (None when there is no groups object).
#[allow(clippy::too_many_arguments)]
pub fn get_substitution(
    out: &mut Vec<u16>,
    matched: &[u16],
    s: &[u16],
    position: usize,
    ncaps: usize,
    cap: &dyn Fn(usize) -> Option<Vec<u16>>,
    named: &mut NamedCapture,
    has_named: bool,
    template: &[u16],
) -> JsResult<()> {
    let t = template;
    let mut i = 0;
    let digit = |c: u16| (0x30..=0x39).contains(&c).then(|| (c - 0x30) as usize);
    while i < t.len() {
        let c = t[i];
        if c != b'$' as u16 || i + 1 >= t.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = t[i + 1];
        match n {
            0x24 => {
                out.push(0x24);
                i += 2;
            }
            0x26 => {
                out.extend_from_slice(matched);
                i += 2;
            }
            0x60 => {
                out.extend_from_slice(&s[..position.min(s.len())]);
                i += 2;
            }
            0x27 => {
                let tail = (position + matched.len()).min(s.len());
                out.extend_from_slice(&s[tail..]);
                i += 2;
            }
            0x3C if has_named => match t[i + 2..].iter().position(|&x| x == b'>' as u16) {
                None => {
                    out.extend_from_slice(&t[i..i + 2]);
                    i += 2;
                }
                Some(p) => {
                    let name = &t[i + 2..i + 2 + p];
                    if let Some(v) = named(name)? {
                        out.extend_from_slice(&v);
                    }
                    i += 3 + p;
                }
            },
            _ => {
                if let Some(d1) = digit(n) {
                    let two = t.get(i + 2).and_then(|&x| digit(x)).map(|d2| d1 * 10 + d2);
                    if let Some(nn) = two.filter(|&nn| nn >= 1 && nn <= ncaps) {
                        if let Some(v) = cap(nn) {
                            out.extend_from_slice(&v);
                        }
                        i += 3;
                        continue;
                    }
                    if d1 >= 1 && d1 <= ncaps {
                        if let Some(v) = cap(d1) {
                            out.extend_from_slice(&v);
                        }
                        i += 2;
                        continue;
                    }
                }
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(())
}

/// One match as @@replace needs it.
struct Found {
    matched: Vec<u16>,
    position: usize,
    captures: GcVec<Value>,
    groups: Value,
}

fn replace(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("@@replace", this));
    }
    let rx = this;
    let s = conv::to_string(arg(args, 0))?;
    let mut replace_value = arg(args, 1);
    let functional = function::is_function(replace_value);
    if !functional {
        replace_value = conv::to_string(replace_value)?;
    }
    let fast = pristine(rx)?;
    let flags = if fast {
        program(rx).flags.text().encode_utf16().collect()
    } else {
        legacy_flags(rx, false)?
    };
    let global = has(&flags, b'g');
    let full_unicode = has(&flags, b'u') || has(&flags, b'v');
    if global {
        set_last_index(rx, Value::number(0.0))?;
    }
    let units = string::units(s);
    if fast {
        // Collect the matches first (the replacer may change the regex).
        let mut found: Vec<Match> = Vec::new();
        let scan = global && !program(rx).flags.sticky;
        if scan {
            // One scan (no JS runs during it), leaving what the spec's
            // loop of `exec` calls leaves: lastIndex 0, the legacy match.
            found.extend(engine::scan_all(&program_rc(rx), units, 0));
            if let Some(m) = found.last() {
                record_legacy(s, m);
            }
            set_last_index(rx, Value::number(0.0))?;
        }
        if !scan {
            while let Some(m) = builtin_match(rx, s)? {
                let empty = m.start == m.end;
                found.push(m);
                if !global {
                    break;
                }
                if empty {
                    bump_last_index(rx, units, full_unicode)?;
                }
            }
        }
        if found.is_empty() {
            return Ok(s);
        }
        let c = program_rc(rx);
        let has_named = c.has_named_groups();
        let mut out = Vec::with_capacity(units.len());
        let mut next = 0;
        for m in &found {
            let matched = &units[m.start..m.end];
            let piece: Vec<u16> = if functional {
                let mut call_args: GcVec<Value> = GcVec::with_capacity(m.captures.len() + 4);
                call_args.push(string::from_units(matched));
                for &cp in &m.captures {
                    call_args.push(match cp {
                        Some((a, b)) => string::from_units(&units[a..b]),
                        None => Value::UNDEFINED,
                    });
                }
                call_args.push(Value::number(m.start as f64));
                call_args.push(s);
                if has_named {
                    call_args.push(super::proto::match_groups(rx, s, m));
                }
                let r = function::call(replace_value, Value::UNDEFINED, &call_args)?;
                string::units(conv::to_string(r)?).to_vec()
            } else {
                let mut o = Vec::new();
                let cap = |n: usize| m.captures[n - 1].map(|(a, b)| units[a..b].to_vec());
                let mut named = |name: &[u16]| -> JsResult<Option<Vec<u16>>> {
                    let idx = c
                        .group_names
                        .iter()
                        .enumerate()
                        .filter(|(_, g)| g.as_deref() == Some(name))
                        .find_map(|(i, _)| m.captures[i])
                        .or(None);
                    Ok(idx.map(|(a, b)| units[a..b].to_vec()))
                };
                get_substitution(
                    &mut o,
                    matched,
                    units,
                    m.start,
                    m.captures.len(),
                    &cap,
                    &mut named,
                    has_named,
                    string::units(replace_value),
                )?;
                o
            };
            if m.start >= next {
                out.extend_from_slice(&units[next..m.start]);
                out.extend_from_slice(&piece);
                next = m.end;
            }
        }
        if next < units.len() {
            out.extend_from_slice(&units[next..]);
        }
        return finish(out);
    }
    let mut results: GcVec<Value> = GcVec::new();
    loop {
        let r = regexp_exec(rx, s)?;
        if r.is_null() {
            break;
        }
        results.push(r);
        if !global {
            break;
        }
        let ms = conv::to_string(get_index(r, 0)?)?;
        if string::units(ms).is_empty() {
            bump_last_index(rx, units, full_unicode)?;
        }
    }
    let mut out = Vec::with_capacity(units.len());
    let mut next = 0;
    for &r in results.iter() {
        let n = length_of(r)?;
        let ncaps = n.saturating_sub(1);
        let matched = string::units(conv::to_string(get_index(r, 0)?)?).to_vec();
        let pos = conv::to_integer_or_infinity(conv::to_number(internal_methods::get_value(
            r,
            k("index"),
        )?)?);
        let position = pos.clamp(0.0, units.len() as f64) as usize;
        let mut captures: GcVec<Value> = GcVec::with_capacity(ncaps);
        for i in 1..=ncaps {
            let c = get_index(r, i as u32)?;
            captures.push(if c.is_undefined() {
                c
            } else {
                conv::to_string(c)?
            });
        }
        let groups = internal_methods::get_value(r, k("groups"))?;
        let f = &Found {
            matched,
            position,
            captures,
            groups,
        };
        let piece: Vec<u16> = if functional {
            let mut call_args: GcVec<Value> = GcVec::new();
            call_args.push(string::from_units(&f.matched));
            call_args.extend_from_slice(&f.captures);
            call_args.push(Value::number(f.position as f64));
            call_args.push(s);
            if !f.groups.is_undefined() {
                call_args.push(f.groups);
            }
            let v = function::call(replace_value, Value::UNDEFINED, &call_args)?;
            string::units(conv::to_string(v)?).to_vec()
        } else {
            let groups = if f.groups.is_undefined() {
                f.groups
            } else {
                crate::builtins::object::to_object(f.groups)?
            };
            let caps = &f.captures;
            let cap = |n: usize| {
                let v = caps[n - 1];
                (!v.is_undefined()).then(|| string::units(v).to_vec())
            };
            let mut named = |name: &[u16]| -> JsResult<Option<Vec<u16>>> {
                let v = internal_methods::get_value(
                    groups,
                    key::from_string(string::from_units(name)),
                )?;
                if v.is_undefined() {
                    return Ok(None);
                }
                Ok(Some(string::units(conv::to_string(v)?).to_vec()))
            };
            let mut o = Vec::new();
            get_substitution(
                &mut o,
                &f.matched,
                units,
                f.position,
                f.captures.len(),
                &cap,
                &mut named,
                !groups.is_undefined(),
                string::units(replace_value),
            )?;
            o
        };
        if f.position >= next {
            out.extend_from_slice(&units[next..f.position]);
            out.extend_from_slice(&piece);
            next = f.position + f.matched.len();
        }
    }
    if next < units.len() {
        out.extend_from_slice(&units[next..]);
    }
    finish(out)
}

fn finish(out: Vec<u16>) -> JsResult<Value> {
    if out.len() > string::MAX_LENGTH {
        return Err(exception::throw_range_error("Invalid string length"));
    }
    Ok(string::from_units(&out))
}

fn split(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("@@split", this));
    }
    let rx = this;
    let s = conv::to_string(arg(args, 0))?;
    let limit = arg(args, 1);
    let c = species_constructor(rx)?;
    let fast = c == regexp_constructor() && pristine(rx)? && !program(rx).flags.sticky;
    let flags = if fast {
        program(rx).flags.text().encode_utf16().collect()
    } else {
        flags_text(rx)?
    };
    let unicode = has(&flags, b'u') || has(&flags, b'v');
    let units = string::units(s);
    let size = units.len();
    if fast {
        let lim = if limit.is_undefined() {
            u32::MAX
        } else {
            conv::to_uint32(conv::to_number(limit)?)
        };
        let prog = program_rc(rx);
        let mut parts: GcVec<Value> = GcVec::new();
        if lim == 0 {
            return Ok(realm::new_array(&parts));
        }
        if size == 0 {
            if engine::exec(&prog, units, 0).is_none() {
                parts.push(s);
            }
            return Ok(realm::new_array(&parts));
        }
        // One scan: after a match the spec's loop searches again from its
        // end, or one character on from an empty match at `p`, which is
        // where the scan resumes too.
        let mut p = 0usize;
        for m in engine::scan_all(&prog, units, 0) {
            if m.start >= size {
                break;
            }
            let e = m.end.min(size);
            if e == p {
                continue;
            }
            parts.push(string::from_units(&units[p..m.start]));
            if parts.len() as u32 == lim {
                return Ok(realm::new_array(&parts));
            }
            record_legacy(s, &m);
            p = e;
            for &cp in &m.captures {
                parts.push(match cp {
                    Some((a, b)) => string::from_units(&units[a..b]),
                    None => Value::UNDEFINED,
                });
                if parts.len() as u32 == lim {
                    return Ok(realm::new_array(&parts));
                }
            }
        }
        parts.push(string::from_units(&units[p..]));
        return Ok(realm::new_array(&parts));
    }
    let mut new_flags = flags.clone();
    if !has(&flags, b'y') {
        new_flags.push(b'y' as u16);
    }
    let splitter = function::construct(c, &[rx, string::from_units(&new_flags)], c)?;
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        conv::to_uint32(conv::to_number(limit)?)
    };
    let mut parts: GcVec<Value> = GcVec::new();
    if lim == 0 {
        return Ok(realm::new_array(&parts));
    }
    if size == 0 {
        if regexp_exec(splitter, s)?.is_null() {
            parts.push(s);
        }
        return Ok(realm::new_array(&parts));
    }
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        set_last_index(splitter, Value::number(q as f64))?;
        let z = regexp_exec(splitter, s)?;
        if z.is_null() {
            q = engine::advance_string_index(units, q, unicode);
            continue;
        }
        let e = to_length(get_last_index(splitter)?)?.min(size);
        if e == p {
            q = engine::advance_string_index(units, q, unicode);
            continue;
        }
        parts.push(string::from_units(&units[p..q]));
        if parts.len() as u32 == lim {
            return Ok(realm::new_array(&parts));
        }
        p = e;
        let n = length_of(z)?.saturating_sub(1);
        for i in 1..=n {
            parts.push(get_index(z, i as u32)?);
            if parts.len() as u32 == lim {
                return Ok(realm::new_array(&parts));
            }
        }
        q = p;
    }
    parts.push(string::from_units(&units[p..]));
    Ok(realm::new_array(&parts))
}

// ---- matchAll and %RegExpStringIteratorPrototype% ----

#[repr(C)]
struct IterFields {
    matcher: Value,
    subject: Value,
    /// bit 0 global, bit 1 full unicode, bit 2 done.
    bits: u64,
}

fn iter_fields(o: Value) -> &'static mut IterFields {
    // SAFETY: iterator objects have `IterFields` after the object part.
    unsafe { &mut *((o.payload() as *mut u8).add(OBJECT_SIZE) as *mut IterFields) }
}

fn match_all(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("@@matchAll", this));
    }
    let r = this;
    let s = conv::to_string(arg(args, 0))?;
    let c = species_constructor(r)?;
    let flags = flags_text(r)?;
    let matcher = function::construct(c, &[r, string::from_units(&flags)], c)?;
    let li = to_length(get_last_index(r)?)?;
    set_last_index(matcher, Value::number(li as f64))?;
    let mut bits = 0;
    if has(&flags, b'g') {
        bits |= 1;
    }
    if has(&flags, b'u') || has(&flags, b'v') {
        bits |= 2;
    }
    let proto = STATE.with(|st| st.borrow().iter_proto);
    internal_methods::mark_proto(proto);
    let it = object::alloc(
        KIND_REGEXP_STRING_ITER,
        Shape::root(proto),
        std::mem::size_of::<IterFields>(),
        0,
    );
    *iter_fields(it) = IterFields {
        matcher,
        subject: s,
        bits,
    };
    Ok(it)
}

fn iter_result(v: Value, done: bool) -> Value {
    let o = realm::new_plain_object();
    let _ = internal_methods::create_data_property(o, k("value"), v);
    let _ = internal_methods::create_data_property(o, k("done"), Value::bool(done));
    o
}

fn iter_next(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !object::is_kind(this, KIND_REGEXP_STRING_ITER) {
        return Err(exception::throw_type_error(&format!(
            "Method %RegExpStringIterator%.prototype.next called on incompatible receiver {}",
            conv::display_string_short(this)
        )));
    }
    let f = iter_fields(this);
    if f.bits & 4 != 0 {
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    let (r, s) = (f.matcher, f.subject);
    let m = regexp_exec(r, s)?;
    let f = iter_fields(this);
    if m.is_null() {
        f.bits |= 4;
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    if f.bits & 1 == 0 {
        f.bits |= 4;
        return Ok(iter_result(m, false));
    }
    let full_unicode = f.bits & 2 != 0;
    let ms = conv::to_string(get_index(m, 0)?)?;
    if string::units(ms).is_empty() {
        bump_last_index(r, string::units(s), full_unicode)?;
    }
    Ok(iter_result(m, false))
}

/// %RegExpStringIteratorPrototype%.
pub fn install_iterator(_r: &Realm) -> Value {
    let p = realm::new_object(crate::builtins::collections::iterator_prototype());
    realm::method(p, "next", 0, iter_next);
    let _ = internal_methods::define_own(
        p,
        Key::Named(realm::well_known("toStringTag")),
        Desc::data(string::from_str("RegExp String Iterator"), CONFIGURABLE),
        false,
    );
    p
}

pub fn install(p: Value) {
    symbol_method(p, "match", 1, match_);
    symbol_method(p, "matchAll", 1, match_all);
    symbol_method(p, "replace", 2, replace);
    symbol_method(p, "search", 1, search);
    symbol_method(p, "split", 2, split);
}
