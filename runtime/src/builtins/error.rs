//! The Error family's builtins: `AggregateError`, `Error.prototype.toString`,
//! `Error.captureStackTrace` and `Error.stackTraceLimit` (the error objects
//! themselves and the `Error`…`URIError` constructors are `exec::error`).

use crate::abi::value::Value;
use crate::exec::error::*;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, CONFIGURABLE, WRITABLE};
use crate::text::string;

fn proto_to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    to_string(this)
}

fn capture_stack_trace(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let Some(&o) = args.first().filter(|o| o.is_object()) else {
        return Err(exception::throw_type_error("Invalid argument"));
    };
    let header = to_string(o)?;
    let mut stack = string::units(header).to_vec();
    let mut frames = crate::exec::frames::capture(64);
    // `constructorOpt`: the frames above the function's own call (and it)
    // are left out. Frames are known by name only: one whose name is the
    // function's (or ends in `.name`) is taken as its call; without one,
    // every frame stays.
    if let Some(&f) = args.get(1).filter(|f| realm::is_callable(**f)) {
        let name = string::to_rust(function::name(f));
        let dotted = format!(".{name}");
        let at = frames
            .iter()
            .position(|fr| !name.is_empty() && (fr.name == name || fr.name.ends_with(&dotted)));
        if let Some(i) = at {
            frames.drain(..=i);
        }
    }
    frames.truncate(10);
    for f in frames {
        stack.push(u16::from(b'\n'));
        stack.extend(crate::exec::frames::format_frame(&f).encode_utf16());
    }
    let k = Key::Named(realm::get().keys.stack);
    internal_methods::define_own(
        o,
        k,
        internal_methods::Desc::data(string::from_units(&stack), WRITABLE | CONFIGURABLE),
        true,
    )?;
    Ok(Value::UNDEFINED)
}

/// `AggregateError(errors, message, options)`.
fn aggregate_construct(_this: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let nt = if nt.is_undefined() { callee } else { nt };
    let own_proto = internal_methods::get(callee, Key::Named(realm::get().keys.prototype), callee)?;
    let proto = function::prototype_from(nt, own_proto)?;
    let message = match args.get(1) {
        Some(m) if !m.is_undefined() => crate::exec::conv::to_string(*m)?,
        _ => Value::UNDEFINED,
    };
    let e = new_error_with_proto(proto, message);
    if let Some(opts) = args.get(2).filter(|o| o.is_object()) {
        let ck = Key::Named(realm::get().keys.cause);
        if internal_methods::has_property(*opts, ck)? {
            let c = internal_methods::get(*opts, ck, *opts)?;
            internal_methods::add_own(e, ck, c, WRITABLE | CONFIGURABLE, false)?;
        }
    }
    let errors = args.first().copied().unwrap_or(Value::UNDEFINED);
    if errors.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
            crate::exec::conv::display_string(errors)
        )));
    }
    let list = if errors.is_string() {
        string::units(errors)
            .iter()
            .map(|&u| string::from_unit(u))
            .collect()
    } else if errors.is_object() {
        crate::builtins::array::list_from_array_like(errors)?
    } else {
        return Err(exception::throw_type_error(&format!(
            "{} {} is not iterable (cannot read property Symbol(Symbol.iterator))",
            crate::exec::conv::type_of(errors),
            crate::exec::conv::display_string(errors)
        )));
    };
    let arr = realm::new_array(&list);
    internal_methods::define_own(
        e,
        crate::object::key::from_str("errors"),
        internal_methods::Desc::data(arr, WRITABLE | CONFIGURABLE),
        true,
    )?;
    Ok(e)
}

/// Installs `Error.prototype.toString` and `Error.captureStackTrace`.
pub fn install(r: &Realm) {
    let proto = realm::new_object(r.error_prototypes[0]);
    realm::define(
        proto,
        "name",
        crate::object::key::intern_str("AggregateError"),
        WRITABLE | CONFIGURABLE,
    );
    realm::define(proto, "message", string::empty(), WRITABLE | CONFIGURABLE);
    let c = realm::constructor("AggregateError", 2, aggregate_construct, proto);
    internal_methods::set_proto(c, r.error_constructors[0]);
    realm::define(r.global, "AggregateError", c, WRITABLE | CONFIGURABLE);
    realm::method(r.error_prototypes[0], "toString", 0, proto_to_string);
    realm::method(
        r.error_constructors[0],
        "captureStackTrace",
        2,
        capture_stack_trace,
    );
    realm::define(
        r.error_constructors[0],
        "stackTraceLimit",
        Value::number(10.0),
        object::DEFAULT_ATTRS,
    );
}
