//! `Symbol`: the constructor function, `Symbol.for`/`keyFor`, the well-known
//! symbols, and `Symbol.prototype`.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::key::{self, Key};
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::text::string;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// `Symbol.for` registry: description text → symbol.
    static REGISTRY: RefCell<HashMap<Vec<u16>, Value>> = RefCell::new(HashMap::new());
}

pub use crate::exec::realm::well_known;

fn symbol_fn(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(exception::throw_type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d.is_undefined() {
        Value::UNDEFINED
    } else {
        crate::exec::conv::to_string(d)?
    };
    Ok(key::new_symbol(desc, 0))
}

fn symbol_for(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = crate::exec::conv::to_string(arg(args, 0))?;
    let units = string::units(s).to_vec();
    if let Some(v) = REGISTRY.with(|r| r.borrow().get(&units).copied()) {
        return Ok(v);
    }
    // Allocate first: a collection may run, and it reads the registry.
    let sym = key::new_symbol(s, 0);
    REGISTRY.with(|r| r.borrow_mut().insert(units, sym));
    Ok(sym)
}

/// The symbol `Symbol.for(description)` would return, if it was ever created.
pub fn registered(description: &str) -> Option<Value> {
    let units: Vec<u16> = description.encode_utf16().collect();
    REGISTRY.with(|r| r.borrow().get(&units).copied())
}

/// Whether symbol `s` is in the `Symbol.for` registry (such symbols can
/// never be held weakly: they live as long as the registry).
pub fn is_registered(s: Value) -> bool {
    REGISTRY.with(|r| r.borrow().values().any(|&v| v == s))
}

fn key_for(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = arg(args, 0);
    if !key::is_symbol(s) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a symbol",
            crate::exec::conv::display_string(s)
        )));
    }
    Ok(if is_registered(s) {
        key::symbol(s).description
    } else {
        Value::UNDEFINED
    })
}

fn this_symbol(this: Value, method: &str) -> JsResult<Value> {
    let v = crate::object::ordinary::primitive_value(this).unwrap_or(this);
    if key::is_symbol(v) {
        return Ok(v);
    }
    Err(exception::throw_type_error(&format!(
        "Symbol.prototype.{method} requires that 'this' be a Symbol"
    )))
}

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = this_symbol(this, "toString")?;
    Ok(string::from_str(&Key::Named(s).display()))
}

fn value_of(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_symbol(this, "valueOf")
}

fn description(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = this_symbol(this, "description")?;
    Ok(key::symbol(s).description)
}

pub fn install(r: &Realm) {
    let f = realm::constructor("Symbol", 0, symbol_fn, r.symbol_prototype);
    // Symbol is not a constructor (`new Symbol()` throws), but has a prototype.
    crate::object::ordinary::obj(f).set_flag(crate::object::function::FN_CONSTRUCTOR, false);
    realm::define(r.global, "Symbol", f, WRITABLE | CONFIGURABLE);
    realm::method(f, "for", 1, symbol_for);
    realm::method(f, "keyFor", 1, key_for);
    for name in [
        "iterator",
        "asyncIterator",
        "hasInstance",
        "toPrimitive",
        "toStringTag",
        "species",
        "isConcatSpreadable",
        "match",
        "replace",
        "search",
        "split",
        "unscopables",
        "matchAll",
    ] {
        let s = key::new_symbol(string::from_str(&format!("Symbol.{name}")), 0);
        realm::set_well_known(name, s);
        realm::define(f, name, s, 0);
    }
    realm::define_builtin_tags();
    crate::builtins::function::install_has_instance(r);
    let p = r.symbol_prototype;
    realm::method(p, "toString", 0, to_string);
    realm::method(p, "valueOf", 0, value_of);
    realm::accessor(p, "description", description, None);
    let to_prim = crate::object::function::new_native("[Symbol.toPrimitive]", 1, to_primitive, 0);
    let own = |name: &'static str, v: Value| {
        let k = Key::Named(realm::well_known(name));
        let d =
            crate::object::internal_methods::Desc::data(v, crate::object::ordinary::CONFIGURABLE);
        let _ = crate::object::internal_methods::define_own(p, k, d, false);
    };
    own("toPrimitive", to_prim);
    realm::define_tag_property(p, "Symbol");
}

fn to_primitive(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_symbol(this, "[Symbol.toPrimitive]")
}

/// Collector: marks the registered and well-known symbols.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    REGISTRY.with(|r| r.borrow().values().for_each(|v| m.value(*v)));
    m.value(crate::object::inline_cache::ordinary_has_instance());
}
