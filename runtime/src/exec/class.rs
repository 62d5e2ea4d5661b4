//! Classes and `super`: class setup, super calls and property access, private
//! names, derived-constructor results, and calling a class constructor.

use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::object::function::{self, FN_CONSTRUCTOR};
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, CONFIGURABLE, WRITABLE};
use crate::text::string;

/// ClassDefinitionEvaluation's prototype set-up for constructor `ctor` with
/// heritage `parent` (when `has_parent`): returns the new prototype object.
pub fn class_setup(ctor: Value, parent: Value, has_parent: bool) -> JsResult<Value> {
    let r = realm::get();
    let (proto_parent, ctor_parent) = if !has_parent {
        (r.object_prototype, r.function_prototype)
    } else if parent.is_null() {
        (Value::NULL, r.function_prototype)
    } else if !function::is_constructor(parent) {
        return Err(exception::throw_type_error(&format!(
            "Class extends value {} is not a constructor or null",
            crate::exec::conv::display_string_short(parent)
        )));
    } else {
        let pp = internal_methods::get(parent, Key::Named(r.keys.prototype), parent)?;
        if !pp.is_object() && !pp.is_null() {
            return Err(exception::throw_type_error(&format!(
                "Class extends value does not have valid prototype property {}",
                crate::exec::conv::display_string(pp)
            )));
        }
        (pp, parent)
    };
    let proto = realm::new_object(proto_parent);
    internal_methods::mark_proto(proto);
    if ctor_parent != r.function_prototype {
        internal_methods::set_proto(ctor, ctor_parent);
    }
    internal_methods::define_own(
        ctor,
        Key::Named(r.keys.prototype),
        internal_methods::Desc::data(proto, 0),
        true,
    )?;
    internal_methods::define_own(
        proto,
        Key::Named(r.keys.constructor),
        internal_methods::Desc::data(ctor, WRITABLE | CONFIGURABLE),
        true,
    )?;
    function::fun(ctor).home = proto;
    Ok(proto)
}

/// `kiln_class_setup(ctor, parent, has_parent)`.
#[no_mangle]
pub extern "C" fn kiln_class_setup(ctor: Value, parent: Value, has_parent: i64) -> Value {
    exception::ret(class_setup(ctor, parent, has_parent != 0))
}

/// `kiln_super_constructor(active)`: the constructor `super(...)` calls in
/// the class constructor `active` (its [[Prototype]]).
#[no_mangle]
pub extern "C" fn kiln_super_constructor(active: Value) -> Value {
    let p = internal_methods::proto_of(active);
    if !function::is_constructor(p) {
        let what = if p.is_null() || p == realm::get().function_prototype {
            "null".to_owned()
        } else {
            crate::exec::conv::display_string_short(p)
        };
        let name = string::to_rust(function::name(active));
        let of = if name.is_empty() {
            "anonymous class".to_owned()
        } else {
            name
        };
        return exception::throw_type_error(&format!(
            "Super constructor {what} of {of} is not a constructor"
        ))
        .into();
    }
    p
}

fn super_base(home: Value) -> JsResult<Value> {
    if !home.is_object() {
        return Err(exception::throw_type_error(
            "'super' keyword unexpected here",
        ));
    }
    Ok(internal_methods::proto_of(home))
}

/// `kiln_super_get(home, key, this)`: `super[key]`.
#[no_mangle]
pub extern "C" fn kiln_super_get(home: Value, key: Value, this: Value) -> Value {
    exception::ret((|| {
        let k = key::to_key(key)?;
        let base = super_base(home)?;
        if base.is_null() {
            return Err(exception::throw_type_error(&format!(
                "Cannot read properties of null (reading '{}')",
                k.display()
            )));
        }
        internal_methods::get(base, k, this)
    })())
}

/// `kiln_super_set(home, key, v, this)`: `super[key] = v` (strict); returns `v`.
#[no_mangle]
pub extern "C" fn kiln_super_set(home: Value, key: Value, v: Value, this: Value) -> Value {
    exception::ret((|| {
        let k = key::to_key(key)?;
        let base = super_base(home)?;
        if base.is_null() {
            return Err(exception::throw_type_error(&format!(
                "Cannot set properties of null (setting '{}')",
                k.display()
            )));
        }
        internal_methods::set(base, k, v, this, true)?;
        Ok(v)
    })())
}

/// `kiln_derived_return(result, this)`: what a derived constructor returns.
#[no_mangle]
pub extern "C" fn kiln_derived_return(result: Value, this: Value) -> Value {
    if result.is_object() {
        return result;
    }
    if !result.is_undefined() {
        return exception::throw_type_error(
            "Derived constructors may only return object or undefined",
        )
        .into();
    }
    if this == Value::HOLE {
        return kiln_throw_this_tdz();
    }
    this
}

/// `kiln_throw_this_tdz()`: `this` used before `super()` in a derived constructor.
#[no_mangle]
pub extern "C" fn kiln_throw_this_tdz() -> Value {
    exception::throw_reference_error(
        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    )
    .into()
}

/// `kiln_throw_super_twice()`.
#[no_mangle]
pub extern "C" fn kiln_throw_super_twice() -> Value {
    exception::throw_reference_error("Super constructor may only be called once").into()
}

/// `kiln_new_private(description, class_name)`: a fresh private name (`#x`)
/// declared by class `class_name`.
#[no_mangle]
pub extern "C" fn kiln_new_private(description: Value, class_name: Value) -> Value {
    let s = key::new_symbol(description, key::SYMBOL_PRIVATE);
    key::symbol(s).class_name = class_name;
    s
}

/// `kiln_private_method(name, f, kind)`: records instance private method
/// (kind 1), getter (2) or setter (3) `f` of private name `name`; every
/// instance then shares it (see `kiln_private_brand`).
#[no_mangle]
pub extern "C" fn kiln_private_method(name: Value, f: Value, kind: i64) -> Value {
    let s = key::symbol(name);
    if kind == 1 {
        s.method = f;
    } else {
        if !s.method.is_object() {
            s.method = object::new_accessor(Value::UNDEFINED, Value::UNDEFINED);
        }
        let pair = object::accessor(s.method);
        if kind == 2 {
            pair.get = f;
        } else {
            pair.set = f;
        }
    }
    name
}

/// `kiln_private_brand(o, name)`: gives a new instance the private method or
/// accessor recorded for `name`.
#[no_mangle]
pub extern "C" fn kiln_private_brand(o: Value, name: Value) -> Value {
    let m = key::symbol(name).method;
    if function::is_function(m) {
        return kiln_private_define(o, name, m, 1);
    }
    if m.is_object() {
        let pair = object::accessor(m);
        let (g, s) = (pair.get, pair.set);
        let d = internal_methods::Desc {
            get: Some(g),
            set: Some(s),
            ..Default::default()
        };
        return exception::ret(
            internal_methods::define_own(o, Key::Named(name), d, true).map(|_| o),
        );
    }
    o
}

/// The TypeError for reading private `name` from an object without it.
fn private_missing(name: Value, read: bool) -> exception::Exc {
    let s = key::symbol(name);
    if s.method.is_object() && s.class_name.is_string() {
        return exception::throw_type_error(&format!(
            "Receiver must be an instance of class {}",
            string::to_rust(s.class_name)
        ));
    }
    let msg = if read {
        format!(
            "Cannot read private member {} from an object whose class did not declare it",
            private_text(name)
        )
    } else {
        format!(
            "Cannot write private member {} to an object whose class did not declare it",
            private_text(name)
        )
    };
    exception::throw_type_error(&msg)
}

fn private_text(sym: Value) -> String {
    if !key::is_symbol(sym) {
        return "#<private>".to_owned();
    }
    string::to_rust(key::symbol(sym).description)
}

/// `kiln_private_get(o, name)`: `o.#x`.
#[no_mangle]
pub extern "C" fn kiln_private_get(o: Value, name: Value) -> Value {
    exception::ret((|| {
        let found = o
            .is_object()
            .then(|| internal_methods::get_own(o, Key::Named(name)))
            .flatten();
        let Some((v, a)) = found else {
            return Err(private_missing(name, true));
        };
        if a & object::ACCESSOR != 0 && object::accessor(v).get.is_undefined() {
            return Err(exception::throw_type_error(&format!(
                "'{}' was defined without a getter",
                private_text(name)
            )));
        }
        internal_methods::read_found(v, a, o)
    })())
}

/// `kiln_private_set(o, name, v)`: `o.#x = v`; returns `v`.
#[no_mangle]
pub extern "C" fn kiln_private_set(o: Value, name: Value, v: Value) -> Value {
    exception::ret((|| {
        let found = o
            .is_object()
            .then(|| internal_methods::get_own(o, Key::Named(name)))
            .flatten();
        let Some((pv, a)) = found else {
            return Err(exception::throw_type_error(&format!(
                "Cannot write private member {} to an object whose class did not declare it",
                private_text(name)
            )));
        };
        if a & object::ACCESSOR != 0 {
            let s = object::accessor(pv).set;
            if s.is_undefined() {
                return Err(exception::throw_type_error(&format!(
                    "'{}' was defined without a setter",
                    private_text(name)
                )));
            }
            function::call(s, o, &[v])?;
            return Ok(v);
        }
        if a & WRITABLE == 0 {
            return Err(exception::throw_type_error(&format!(
                "Private method '{}' is not writable",
                private_text(name)
            )));
        }
        internal_methods::set(o, Key::Named(name), v, o, true)?;
        Ok(v)
    })())
}

/// `kiln_private_in(name, o)`: `#x in o`.
#[no_mangle]
pub extern "C" fn kiln_private_in(name: Value, o: Value) -> Value {
    if !o.is_object() {
        return exception::throw_type_error(&format!(
            "Cannot use 'in' operator to search for '{}' in {}",
            private_text(name),
            crate::exec::conv::display_string(o)
        ))
        .into();
    }
    Value::bool(internal_methods::get_own(o, Key::Named(name)).is_some())
}

/// `kiln_private_define(o, name, v, kind)`: adds private field (kind 0),
/// method (1), getter (2) or setter (3) `name` to a new instance (or a class,
/// for static members).
#[no_mangle]
pub extern "C" fn kiln_private_define(o: Value, name: Value, v: Value, kind: i64) -> Value {
    exception::ret((|| {
        let k = Key::Named(name);
        let existing = internal_methods::get_own(o, k);
        if kind >= 2 {
            if let Some((pv, a)) = existing {
                if a & object::ACCESSOR != 0 {
                    let pair = object::accessor(pv);
                    if kind == 2 {
                        pair.get = v
                    } else {
                        pair.set = v
                    }
                    return Ok(o);
                }
            }
        }
        if existing.is_some() {
            return Err(exception::throw_type_error(&format!(
                "Cannot initialize {} twice on the same object",
                private_text(name)
            )));
        }
        let d = match kind {
            0 => internal_methods::Desc::data(v, WRITABLE),
            1 => internal_methods::Desc::data(v, 0),
            2 => internal_methods::Desc {
                get: Some(v),
                ..Default::default()
            },
            _ => internal_methods::Desc {
                set: Some(v),
                ..Default::default()
            },
        };
        internal_methods::define_own(o, k, d, true)?;
        Ok(o)
    })())
}

/// Whether `f` may be called with `new` (for `class_setup` users).
pub fn is_constructor(f: Value) -> bool {
    function::has_flag(f, FN_CONSTRUCTOR)
}

/// `kiln_throw_class_call(f)`: a class constructor called without `new`.
#[no_mangle]
pub extern "C" fn kiln_throw_class_call(f: Value) -> Value {
    function::class_call_error(f).into()
}
