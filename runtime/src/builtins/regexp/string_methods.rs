//! `String.prototype.match/matchAll/replace/replaceAll/search/split`
//! (§22.1.3.13, .14, .19, .20, .22, .23): each first asks its argument for
//! the well-known method (`@@match`, …) so RegExps and user objects take
//! part; string patterns keep the string implementations installed before.

use super::*;
use crate::exec::conv;

thread_local! {
    /// The string-only `replace`, `replaceAll` and `split` installed by
    /// `builtins::primitives` (kept as roots in `State::keep`).
    static PLAIN: Cell<(Value, Value, Value)> =
        const { Cell::new((Value::UNDEFINED, Value::UNDEFINED, Value::UNDEFINED)) };
}

fn coercible(this: Value, name: &str) -> JsResult<Value> {
    let this = match object::primitive_value(this) {
        Some(p) if p.is_string() => p,
        _ => this,
    };
    if this.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    Ok(this)
}

/// GetMethod(v, @@sym) for a non-nullish `v` (undefined: none).
fn get_method(v: Value, sym: &'static str) -> JsResult<Value> {
    let m = internal_methods::get_value(v, Key::Named(realm::well_known(sym)))?;
    if m.is_nullish() {
        return Ok(Value::UNDEFINED);
    }
    if !function::is_function(m) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a function",
            conv::display_string_short(m)
        )));
    }
    Ok(m)
}

/// Invoke(rx, @@sym, [s]).
fn invoke(rx: Value, sym: &'static str, s: Value) -> JsResult<Value> {
    let m = internal_methods::get_value(rx, Key::Named(realm::well_known(sym)))?;
    function::call(m, rx, &[s])
}

fn string_match(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = coercible(this, "match")?;
    let re = arg(args, 0);
    if !re.is_nullish() {
        let m = get_method(re, "match")?;
        if !m.is_undefined() {
            return function::call(m, re, &[o]);
        }
    }
    let s = conv::to_string(o)?;
    let rx = create(re, Value::UNDEFINED)?;
    invoke(rx, "match", s)
}

fn string_search(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = coercible(this, "search")?;
    let re = arg(args, 0);
    if !re.is_nullish() {
        let m = get_method(re, "search")?;
        if !m.is_undefined() {
            return function::call(m, re, &[o]);
        }
    }
    let s = conv::to_string(o)?;
    let rx = create(re, Value::UNDEFINED)?;
    invoke(rx, "search", s)
}

/// Throws unless the RegExp-like `re`'s flags contain `g`.
fn require_global(re: Value, name: &str) -> JsResult<()> {
    if !is_regexp(re)? {
        return Ok(());
    }
    let flags = internal_methods::get_value(re, k("flags"))?;
    if flags.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    let f = conv::to_string(flags)?;
    if !string::units(f).contains(&(b'g' as u16)) {
        return Err(exception::throw_type_error(&format!(
            "String.prototype.{name} called with a non-global RegExp argument"
        )));
    }
    Ok(())
}

fn string_match_all(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = coercible(this, "matchAll")?;
    let re = arg(args, 0);
    if !re.is_nullish() {
        require_global(re, "matchAll")?;
        let m = get_method(re, "matchAll")?;
        if !m.is_undefined() {
            return function::call(m, re, &[o]);
        }
    }
    let s = conv::to_string(o)?;
    let rx = create(re, string::from_str("g"))?;
    invoke(rx, "matchAll", s)
}

fn dispatch(
    this: Value,
    args: &[Value],
    name: &str,
    sym: &'static str,
    plain: Value,
) -> JsResult<Value> {
    let o = coercible(this, name)?;
    let sv = arg(args, 0);
    if !sv.is_nullish() {
        if name == "replaceAll" {
            require_global(sv, name)?;
        }
        let m = get_method(sv, sym)?;
        if !m.is_undefined() {
            return function::call(m, sv, &[o, arg(args, 1)]);
        }
    }
    function::call(plain, o, args)
}

fn string_replace(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let plain = PLAIN.with(|p| p.get().0);
    dispatch(this, args, "replace", "replace", plain)
}

fn string_replace_all(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let plain = PLAIN.with(|p| p.get().1);
    dispatch(this, args, "replaceAll", "replace", plain)
}

fn string_split(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let plain = PLAIN.with(|p| p.get().2);
    dispatch(this, args, "split", "split", plain)
}

pub fn install(r: &Realm) {
    let p = r.string_prototype;
    let old = |name: &str| {
        internal_methods::get_own(p, key::from_str(name)).map_or(Value::UNDEFINED, |(v, _)| v)
    };
    let plain = (old("replace"), old("replaceAll"), old("split"));
    PLAIN.with(|c| c.set(plain));
    STATE.with(|s| s.borrow_mut().keep.extend([plain.0, plain.1, plain.2]));
    realm::method(p, "match", 1, string_match);
    realm::method(p, "matchAll", 1, string_match_all);
    realm::method(p, "replace", 2, string_replace);
    realm::method(p, "replaceAll", 2, string_replace_all);
    realm::method(p, "search", 1, string_search);
    realm::method(p, "split", 2, string_split);
}
