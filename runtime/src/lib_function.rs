//! `Function` and `Function.prototype` (`call`, `apply`, `bind`, `toString`).

use crate::exception::{self, JsResult};
use crate::function;
use crate::object::{CONFIGURABLE, WRITABLE};
use crate::realm::{self, Realm};
use crate::string;
use crate::string_methods::arg;
use crate::value::Value;

fn call(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    function::call(this, arg(args, 0), args.get(1..).unwrap_or(&[]))
}

fn apply(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    // IsCallable is checked before the argument list is read.
    if !function::is_function(this) {
        return function::not_a_function(this);
    }
    let list = crate::lib_array::list_from_array_like(arg(args, 1))?;
    function::call(this, arg(args, 0), &list)
}

fn bind(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    function::bind(this, arg(args, 0), args.get(1..).unwrap_or(&[]))
}

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !function::is_function(this) {
        return Err(exception::throw_type_error(
            "Function.prototype.toString requires that 'this' be a Function",
        ));
    }
    if function::has_flag(this, function::FN_BOUND) {
        return Ok(string::from_str("function () { [native code] }"));
    }
    Ok(function::source_text(this))
}

fn function_ctor(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_error(
        crate::error::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context",
    ))
}

pub fn install(r: &Realm) {
    let p = r.function_prototype;
    realm::method(p, "apply", 2, apply);
    realm::method(p, "bind", 1, bind);
    realm::method(p, "call", 1, call);
    realm::method(p, "toString", 0, to_string);
    let c = realm::constructor("Function", 1, function_ctor, p);
    realm::define(r.global, "Function", c, WRITABLE | CONFIGURABLE);
}
