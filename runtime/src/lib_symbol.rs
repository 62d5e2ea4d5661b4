//! `Symbol`: the constructor function, `Symbol.for`/`keyFor`, the well-known
//! symbols, and `Symbol.prototype`.

use crate::exception::{self, JsResult};
use crate::key::{self, Key};
use crate::object::{CONFIGURABLE, WRITABLE};
use crate::realm::{self, Realm};
use crate::string;
use crate::string_methods::arg;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// `Symbol.for` registry: description text → symbol.
    static REGISTRY: RefCell<HashMap<Vec<u16>, Value>> = RefCell::new(HashMap::new());
    /// The well-known symbols by name (`iterator`, ...).
    static WELL_KNOWN: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
}

/// The well-known symbol `Symbol.<name>`.
pub fn well_known(name: &'static str) -> Value {
    realm::get();
    WELL_KNOWN
        .with(|w| w.borrow().get(name).copied())
        .unwrap_or(Value::UNDEFINED)
}

fn symbol_fn(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(exception::throw_type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d.is_undefined() {
        Value::UNDEFINED
    } else {
        crate::conv::to_string(d)?
    };
    Ok(key::new_symbol(desc, 0))
}

fn symbol_for(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = crate::conv::to_string(arg(args, 0))?;
    let units = string::units(s).to_vec();
    if let Some(v) = REGISTRY.with(|r| r.borrow().get(&units).copied()) {
        return Ok(v);
    }
    // Allocate first: a collection may run, and it reads the registry.
    let sym = key::new_symbol(s, 0);
    REGISTRY.with(|r| r.borrow_mut().insert(units, sym));
    Ok(sym)
}

fn key_for(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = arg(args, 0);
    if !key::is_symbol(s) {
        return Err(exception::throw_type_error(&format!(
            "{} is not a symbol",
            crate::conv::display_string(s)
        )));
    }
    let found = REGISTRY.with(|r| r.borrow().values().any(|&v| v == s));
    Ok(if found {
        key::symbol(s).description
    } else {
        Value::UNDEFINED
    })
}

fn this_symbol(this: Value, method: &str) -> JsResult<Value> {
    let v = crate::object::primitive_value(this).unwrap_or(this);
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
    crate::object::obj(f).set_flag(crate::function::FN_CONSTRUCTOR, false);
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
        WELL_KNOWN.with(|w| w.borrow_mut().insert(name, s));
        realm::define(f, name, s, 0);
    }
    let p = r.symbol_prototype;
    realm::method(p, "toString", 0, to_string);
    realm::method(p, "valueOf", 0, value_of);
    realm::accessor(p, "description", description, None);
}

/// Collector: marks the registered and well-known symbols.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    REGISTRY.with(|r| r.borrow().values().for_each(|v| m.value(*v)));
    WELL_KNOWN.with(|r| r.borrow().values().for_each(|v| m.value(*v)));
}
