//! `%GeneratorFunction%`, `%GeneratorFunction.prototype%` and
//! `%GeneratorPrototype%` (`next`, `return`, `throw`), and the set-up of
//! every generator function object (`kiln_make_generator_function`). The
//! machinery itself is `exec::generator`.

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::generator::{self as g, NEXT, RETURN, THROW};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::Key;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};

fn arg0(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::UNDEFINED)
}

fn next(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    g::resume_result(this, NEXT, arg0(args), "next")
}

fn ret(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    g::resume_result(this, RETURN, arg0(args), "return")
}

fn throw(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    g::resume_result(this, THROW, arg0(args), "throw")
}

fn generator_function(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Err(exception::throw_error(
        crate::abi::names::ErrorKind::EvalError,
        "Code generation from strings disallowed for this context",
    ))
}

fn define_sym(o: Value, name: &'static str, v: Value, attrs: u8) {
    let k = Key::Named(realm::well_known(name));
    let _ = internal_methods::define_own(o, k, Desc::data(v, attrs), false);
}

pub fn install(r: &Realm) {
    let proto = realm::new_object(crate::builtins::collections::iterator_prototype());
    let next_fn = realm::method(proto, "next", 1, next);
    let ret_fn = realm::method(proto, "return", 1, ret);
    let throw_fn = realm::method(proto, "throw", 1, throw);
    define_sym(
        proto,
        "toStringTag",
        crate::text::string::from_str("Generator"),
        CONFIGURABLE,
    );
    let fn_proto = realm::new_object(r.function_prototype);
    internal_methods::mark_proto(fn_proto);
    internal_methods::mark_proto(proto);
    realm::define(fn_proto, "prototype", proto, CONFIGURABLE);
    realm::define(proto, "constructor", fn_proto, CONFIGURABLE);
    define_sym(
        fn_proto,
        "toStringTag",
        crate::text::string::from_str("GeneratorFunction"),
        CONFIGURABLE,
    );
    install_function_constructor(r, "GeneratorFunction", generator_function, fn_proto);
    g::set_intrinsics(proto, fn_proto, next_fn, ret_fn, throw_fn);
}

/// `kiln_make_generator_function(f)`: makes the new function object `f` a
/// generator function: `%GeneratorFunction.prototype%` as its prototype and
/// a fresh `prototype` object inheriting from `%GeneratorPrototype%`.
#[no_mangle]
pub extern "C" fn kiln_make_generator_function(f: Value) -> Value {
    let (proto, fn_proto) = g::intrinsics();
    internal_methods::set_proto(f, fn_proto);
    crate::object::ordinary::obj(f).header.flags |= crate::abi::layout::FN_GENERATOR;
    let p = realm::new_object(proto);
    realm::define(f, "prototype", p, WRITABLE);
    f
}

/// A constructor of a family of functions (`GeneratorFunction`,
/// `AsyncFunction`, `AsyncGeneratorFunction`): not a global, its prototype
/// `Function`, linked both ways to `fn_proto`.
pub fn install_function_constructor(
    r: &Realm,
    name: &str,
    f: crate::object::function::NativeFn,
    fn_proto: Value,
) -> Value {
    let ctor = function::new_native(name, 1, f, crate::abi::layout::FN_CONSTRUCTOR);
    if let Some((f, _)) =
        internal_methods::get_own(r.global, crate::object::key::from_str("Function"))
    {
        internal_methods::set_proto(ctor, f);
    }
    realm::define(ctor, "prototype", fn_proto, 0);
    realm::define(fn_proto, "constructor", ctor, CONFIGURABLE);
    ctor
}
