//! The realm: intrinsic objects (`Object.prototype`, `Array`, the Error
//! classes, ...), the global object, and the interned keys the runtime uses.
//!
//! Created on first use, once per thread (JavaScript runs on one; unit tests on
//! many). The builtins (`builtins::install_all`) install their functions onto it.

use crate::abi::heap::KIND_FUNCTION;
use crate::abi::value::Value;
use crate::exec::error::{ErrorKind, ERROR_CLASSES};
use crate::exec::exception::JsResult;
use crate::object::function::{self, NativeFn, FN_CONSTRUCTOR};
use crate::object::internal_methods;
use crate::object::key::{intern_str, Key};
use crate::object::ordinary::{self as object, *};
use crate::object::shape::Shape;
use std::cell::Cell;

/// Interned keys the runtime looks up by identity.
pub struct Keys {
    pub length: Value,
    pub name: Value,
    pub prototype: Value,
    pub constructor: Value,
    pub message: Value,
    pub stack: Value,
    pub cause: Value,
    pub to_string: Value,
    pub value_of: Value,
    pub get: Value,
    pub set: Value,
    pub value: Value,
    pub writable: Value,
    pub enumerable: Value,
    pub configurable: Value,
    pub proto: Value,
    pub callee: Value,
}

pub struct Realm {
    pub keys: Keys,
    pub object_prototype: Value,
    pub function_prototype: Value,
    pub array_prototype: Value,
    pub string_prototype: Value,
    pub number_prototype: Value,
    pub boolean_prototype: Value,
    pub symbol_prototype: Value,
    pub bigint_prototype: Value,
    /// Indexed by `ErrorKind`.
    pub error_prototypes: Vec<Value>,
    pub error_constructors: Vec<Value>,
    pub object_constructor: Value,
    pub function_constructor: Value,
    pub array_constructor: Value,
    pub global: Value,
    /// The shape of a fresh array (no named properties, `Array.prototype`).
    pub array_shape: &'static Shape,
    /// %ThrowTypeError%: the accessor of strict `arguments.callee` and of
    /// `Function.prototype.caller`/`arguments` (one per realm).
    pub throw_type_error: Value,
}

thread_local! {
    static REALM: Cell<*const Realm> = const { Cell::new(std::ptr::null()) };
    /// Builtin namespaces and their toStringTag (`Math`, `JSON`).
    static TAGGED: std::cell::RefCell<Vec<(Value, &'static str)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// The well-known symbols by name (`iterator`, ...), created by
    /// `builtins::symbol`.
    static WELL_KNOWN: std::cell::RefCell<std::collections::HashMap<&'static str, Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The well-known symbol `Symbol.<name>`.
pub fn well_known(name: &'static str) -> Value {
    get();
    WELL_KNOWN
        .with(|w| w.borrow().get(name).copied())
        .unwrap_or(Value::UNDEFINED)
}

/// Records the well-known symbol `Symbol.<name>` (`builtins::symbol`).
pub fn set_well_known(name: &'static str, s: Value) {
    WELL_KNOWN.with(|w| w.borrow_mut().insert(name, s));
}

/// The realm of this thread.
#[inline]
pub fn get() -> &'static Realm {
    let p = REALM.with(|r| r.get());
    if p.is_null() {
        return init();
    }
    // SAFETY: set once by `init` to a leaked Realm.
    unsafe { &*p }
}

/// The realm, if this thread has created it.
pub fn try_get() -> Option<&'static Realm> {
    let p = REALM.with(|r| r.get());
    // SAFETY: set once by `init` to a leaked Realm.
    (!p.is_null()).then(|| unsafe { &*p })
}

/// `process.exitCode` as an exit status, if the program set it to a number.
pub fn exit_code() -> Option<i32> {
    let r = try_get()?;
    let process = global_value(intern_str("process"))?;
    let _ = r;
    let v = internal_methods::get_own(process, crate::object::key::from_str("exitCode"))?.0;
    if v.is_number() {
        Some(crate::exec::conv::to_int32(v.as_number()))
    } else if v.is_string() {
        let n = crate::exec::conv::to_number(v).ok()?;
        (n == n.trunc()).then_some(crate::exec::conv::to_int32(n))
    } else {
        None
    }
}

/// A new ordinary object with prototype `proto` (an object or null).
pub fn new_object(proto: Value) -> Value {
    internal_methods::mark_proto(proto);
    object::alloc(KIND_OBJECT, Shape::root(proto), 0, 4)
}

/// A new plain object (`{}`).
pub fn new_plain_object() -> Value {
    new_object(get().object_prototype)
}

/// A new array holding `values` (HOLE entries are holes).
pub fn new_array(values: &[Value]) -> Value {
    let n = values.len() as u32;
    // Small arrays keep their elements in the same cell (one allocation);
    // growing past them moves the elements out, as for any array.
    let a = object::alloc_array(get().array_shape, n.min(INLINE_ELEMENTS));
    let o = obj(a);
    o.reserve_dense(n);
    if n > 0 {
        o.set_dense_len(n);
        o.dense().copy_from_slice(values);
        while o.dense_len() > 0 && o.dense()[o.dense_len() as usize - 1] == Value::HOLE {
            o.set_dense_len(o.dense_len() - 1);
        }
    }
    o.set_length(n);
    a
}

/// The most elements a new array keeps inside its own cell.
const INLINE_ELEMENTS: u32 = 16;

/// A new array with prototype `proto` (for subclasses of Array).
pub fn new_array_with_proto(proto: Value) -> Value {
    let a = new_array(&[]);
    if proto != get().array_prototype {
        internal_methods::set_proto(a, proto);
    }
    a
}

/// Defines `name` as a non-enumerable method (builtin style).
pub fn method(o: Value, name: &str, length: u32, f: NativeFn) -> Value {
    let fv = function::new_native(name, length, f, 0);
    define(o, name, fv, WRITABLE | CONFIGURABLE);
    fv
}

/// Defines the own data property `name` with `attrs` (replacing any).
pub fn define(o: Value, name: &str, v: Value, attrs: u8) {
    let k = crate::object::key::from_str(name);
    let _ = internal_methods::define_own(o, k, internal_methods::Desc::data(v, attrs), false);
}

/// Defines a getter (and optional setter) accessor `name`, non-enumerable.
pub fn accessor(o: Value, name: &str, get: NativeFn, set: Option<NativeFn>) {
    let g = function::new_native(&format!("get {name}"), 0, get, 0);
    let s = set.map(|f| function::new_native(&format!("set {name}"), 1, f, 0));
    let k = crate::object::key::from_str(name);
    let d = internal_methods::Desc {
        get: Some(g),
        set: Some(s.unwrap_or(Value::UNDEFINED)),
        enumerable: Some(false),
        configurable: Some(true),
        ..internal_methods::Desc::default()
    };
    let _ = internal_methods::define_own(o, k, d, false);
}

/// A native constructor `name` whose `prototype` is `proto`, installed on the
/// global object.
pub fn constructor(name: &str, length: u32, f: NativeFn, proto: Value) -> Value {
    let c = function::new_native(name, length, f, FN_CONSTRUCTOR);
    link_constructor(c, proto);
    c
}

/// `c.prototype = proto` (fixed) and `proto.constructor = c` (non-enumerable).
pub fn link_constructor(c: Value, proto: Value) {
    internal_methods::mark_proto(proto);
    define(c, "prototype", proto, 0);
    define(proto, "constructor", c, WRITABLE | CONFIGURABLE);
}

fn keys() -> Keys {
    Keys {
        length: intern_str("length"),
        name: intern_str("name"),
        prototype: intern_str("prototype"),
        constructor: intern_str("constructor"),
        message: intern_str("message"),
        stack: intern_str("stack"),
        cause: intern_str("cause"),
        to_string: intern_str("toString"),
        value_of: intern_str("valueOf"),
        get: intern_str("get"),
        set: intern_str("set"),
        value: intern_str("value"),
        writable: intern_str("writable"),
        enumerable: intern_str("enumerable"),
        configurable: intern_str("configurable"),
        proto: intern_str("__proto__"),
        callee: intern_str("callee"),
    }
}

fn function_prototype_call(
    _this: Value,
    _args: &[Value],
    _nt: Value,
    _callee: Value,
) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

fn init() -> &'static Realm {
    // Phase 1: the objects everything else is built from. Nothing here may
    // call `get()` (function and array shapes need the realm), so the
    // prototypes are plain objects made directly.
    let object_prototype = object::alloc(KIND_OBJECT, Shape::root(Value::NULL), 0, 4);
    internal_methods::mark_proto(object_prototype);
    let plain = |proto: Value| {
        internal_methods::mark_proto(proto);
        object::alloc(KIND_OBJECT, Shape::root(proto), 0, 4)
    };
    // Function.prototype is itself a (native) function; fixed up below.
    let function_prototype = object::alloc(
        KIND_FUNCTION,
        Shape::root(object_prototype),
        function::FUNCTION_CAPTURES_OFFSET as usize - OBJECT_SIZE,
        4,
    );
    internal_methods::mark_proto(function_prototype);
    let array_prototype = object::alloc(KIND_ARRAY, Shape::root(object_prototype), 0, 4);
    internal_methods::mark_proto(array_prototype);
    let realm = Box::leak(Box::new(Realm {
        keys: keys(),
        object_prototype,
        function_prototype,
        array_prototype,
        string_prototype: plain(object_prototype),
        number_prototype: plain(object_prototype),
        boolean_prototype: plain(object_prototype),
        symbol_prototype: plain(object_prototype),
        bigint_prototype: plain(object_prototype),
        error_prototypes: Vec::new(),
        error_constructors: Vec::new(),
        object_constructor: Value::UNDEFINED,
        function_constructor: Value::UNDEFINED,
        array_constructor: Value::UNDEFINED,
        global: plain(object_prototype),
        array_shape: Shape::root(array_prototype),
        throw_type_error: Value::UNDEFINED,
    }));
    REALM.with(|r| r.set(realm as *const Realm));
    {
        let fp = function::fun(function_prototype);
        fp.native = Some(function_prototype_call);
        fp.code = function::native_entry();
        fp.data = Value::UNDEFINED;
        fp.home = Value::UNDEFINED;
        obj(function_prototype).header.flags = function::FN_NATIVE;
        define(
            function_prototype,
            "length",
            Value::number(0.0),
            CONFIGURABLE,
        );
        define(
            function_prototype,
            "name",
            crate::text::string::empty(),
            CONFIGURABLE,
        );
    }

    // Phase 2: constructors and the library.
    let g = realm.global;
    define(g, "globalThis", g, WRITABLE | CONFIGURABLE);
    // Node's own name for it (enumerable there).
    define(
        g,
        "global",
        g,
        WRITABLE | CONFIGURABLE | crate::object::ordinary::ENUMERABLE,
    );
    // Node's global object is tagged `global` (`[object global]`).
    set_builtin_tag(g, "global");
    // The Error family: Error.prototype, then each subclass's prototype inherits it.
    for (i, (name, kind)) in ERROR_CLASSES.iter().enumerate() {
        let proto = if i == 0 {
            plain(object_prototype)
        } else {
            plain(realm.error_prototypes[0])
        };
        define(proto, "name", intern_str(name), WRITABLE | CONFIGURABLE);
        define(
            proto,
            "message",
            crate::text::string::empty(),
            WRITABLE | CONFIGURABLE,
        );
        let c = constructor(name, 1, crate::exec::error::construct_native, proto);
        function::fun(c).data = Value::number(*kind as u8 as f64);
        if i > 0 {
            internal_methods::set_proto(c, realm.error_constructors[0]);
        }
        define(g, name, c, WRITABLE | CONFIGURABLE);
        realm.error_prototypes.push(proto);
        realm.error_constructors.push(c);
    }
    debug_assert_eq!(
        realm.error_prototypes.len(),
        ErrorKind::URIError as usize + 1
    );
    realm.throw_type_error = throw_type_error_intrinsic();
    // The builtins register onto the intrinsics (the layering's one upward
    // call: see runtime/src/README.md).
    crate::builtins::install_all(realm);
    realm
}

/// The global object's own property `name`, if any (for builtins used as values).
pub fn global_value(name: Value) -> Option<Value> {
    let k = crate::object::key::from_string(name);
    internal_methods::get_own(get().global, k).map(|(v, _)| v)
}

/// `kiln_global(name)`: the value of global property `name` (a string);
/// ReferenceError if there is none.
#[no_mangle]
pub extern "C" fn kiln_global(name: Value) -> Value {
    let r = get();
    let k = crate::object::key::from_string(name);
    match internal_methods::lookup(r.global, k) {
        Some((_, v, a)) => {
            crate::exec::exception::ret(internal_methods::read_found(v, a, r.global))
        }
        None => crate::exec::exception::throw_reference_error(&format!(
            "{} is not defined",
            crate::text::string::to_rust(name)
        ))
        .into(),
    }
}

/// `kiln_global_typeof(name)`: `typeof name` for an undeclared `name`
/// ("undefined" when the global object has no such property).
#[no_mangle]
pub extern "C" fn kiln_global_typeof(name: Value) -> Value {
    let r = get();
    let k = crate::object::key::from_string(name);
    let t = match internal_methods::lookup(r.global, k) {
        Some((_, v, a)) => match internal_methods::read_found(v, a, r.global) {
            Ok(v) => crate::exec::conv::type_of(v),
            Err(e) => return e.into(),
        },
        None => "undefined",
    };
    crate::object::key::intern_str(t)
}

/// `kiln_set_global(name, v, strict)`: `name = v` for an undeclared `name`:
/// sets the global object's property; in strict code a missing property is
/// `ReferenceError: name is not defined`. Returns `v`.
#[no_mangle]
pub extern "C" fn kiln_set_global(name: Value, v: Value, strict: i64) -> Value {
    let r = get();
    let k = crate::object::key::from_string(name);
    if strict != 0 && !internal_methods::has_property(r.global, k).unwrap_or(true) {
        return crate::exec::exception::throw_reference_error(&format!(
            "{} is not defined",
            crate::text::string::to_rust(name)
        ))
        .into();
    }
    crate::exec::exception::ret(
        internal_methods::set(r.global, k, v, r.global, strict != 0).map(|_| v),
    )
}

/// `kiln_declare_global(name, fun)`: a classic script declares global
/// `var name` (`fun` undefined: CreateGlobalVarBinding, which leaves an
/// existing property alone) or `function name` (`fun` the function:
/// CreateGlobalFunctionBinding, a non-configurable property unless the
/// existing one is non-configurable and then only its value changes;
/// V8's SyntaxError where the spec's CanDeclareGlobalFunction fails).
/// Returns undefined.
#[no_mangle]
pub extern "C" fn kiln_declare_global(name: Value, fun: Value) -> Value {
    use crate::object::ordinary::{CONFIGURABLE, ENUMERABLE, WRITABLE};
    let g = get().global;
    let k = crate::object::key::from_string(name);
    let existing = internal_methods::get_own(g, k);
    let r = if fun.is_undefined() {
        if existing.is_some() {
            Ok(true)
        } else {
            internal_methods::define_own(
                g,
                k,
                internal_methods::Desc::data(Value::UNDEFINED, WRITABLE | ENUMERABLE),
                true,
            )
        }
    } else {
        match existing {
            Some((_, a)) if a & CONFIGURABLE == 0 => {
                let plain_writable = a & crate::object::ordinary::ACCESSOR == 0
                    && a & WRITABLE != 0
                    && a & ENUMERABLE != 0;
                if !plain_writable {
                    // V8 reports this (the spec's TypeError) as a redeclaration.
                    return crate::exec::exception::throw_error(
                        crate::exec::error::ErrorKind::SyntaxError,
                        &format!(
                            "Identifier '{}' has already been declared",
                            crate::text::string::to_rust(name)
                        ),
                    )
                    .into();
                }
                internal_methods::set(g, k, fun, g, true)
            }
            _ => internal_methods::define_own(
                g,
                k,
                internal_methods::Desc::data(fun, WRITABLE | ENUMERABLE),
                true,
            ),
        }
    };
    crate::exec::exception::ret(r.map(|_| Value::UNDEFINED))
}

/// The `Symbol.toStringTag` of the builtin namespace objects (`Math`,
/// `JSON`), until symbols are user-visible.
pub fn builtin_tag(v: Value) -> Option<&'static str> {
    if !v.is_object() {
        return None;
    }
    TAGGED.with(|t| t.borrow().iter().find(|(o, _)| *o == v).map(|(_, n)| *n))
}

/// Gives builtin namespace object `o` the toStringTag `tag` (see
/// [`builtin_tag`]) and its `[Symbol.toStringTag]` property (once the
/// well-known symbols exist: [`define_builtin_tags`] catches up).
pub fn set_builtin_tag(o: Value, tag: &'static str) {
    TAGGED.with(|t| t.borrow_mut().push((o, tag)));
    define_tag_property(o, tag);
}

/// Defines `o[Symbol.toStringTag]` = `tag` (configurable only, as the
/// spec's are); nothing before the well-known symbols exist.
pub fn define_tag_property(o: Value, tag: &str) {
    let Some(sym) = WELL_KNOWN.with(|w| w.borrow().get("toStringTag").copied()) else {
        return;
    };
    let _ = internal_methods::define_own(
        o,
        Key::Named(sym),
        internal_methods::Desc::data(crate::text::string::from_str(tag), CONFIGURABLE),
        false,
    );
}

/// Defines `[Symbol.toStringTag]` on the namespace objects tagged before
/// the well-known symbols existed (`builtins::symbol` calls it).
pub fn define_builtin_tags() {
    let tagged: Vec<(Value, &'static str)> = TAGGED.with(|t| t.borrow().clone());
    for (o, tag) in tagged {
        define_tag_property(o, tag);
    }
}

/// Whether `v` is an object of the function kind (for library modules).
pub fn is_callable(v: Value) -> bool {
    object::is_kind(v, KIND_FUNCTION)
}

/// Convenience for library modules: the key of Rust text.
pub fn key(s: &str) -> Key {
    crate::object::key::from_str(s)
}

/// Collector: marks the intrinsics, the global object and the interned keys.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    if let Some(r) = try_get() {
        let p = r as *const Realm as usize;
        m.range(p, p + std::mem::size_of::<Realm>());
        for v in r.error_prototypes.iter().chain(&r.error_constructors) {
            m.value(*v);
        }
    }
    TAGGED.with(|t| {
        for (v, _) in t.borrow().iter() {
            m.value(*v);
        }
    });
    WELL_KNOWN.with(|r| r.borrow().values().for_each(|v| m.value(*v)));
}

/// %ThrowTypeError%: throws. V8's sloppy functions have own `caller` and
/// `arguments` properties (an extension: the calling function, or null);
/// kiln's have none and cannot know the caller, so as the accessor of
/// `Function.prototype`'s it gives them undefined and ignores writes (as
/// before these accessors existed; code testing `f.caller === undefined`
/// for "not supported" keeps working).
fn throw_type_error(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let sloppy = this.is_object()
        && crate::object::ordinary::is_kind(this, crate::abi::heap::KIND_FUNCTION)
        && crate::object::function::has_flag(this, crate::object::function::FN_CONSTRUCTOR)
        && !crate::object::function::has_flag(
            this,
            crate::object::function::FN_STRICT
                | crate::object::function::FN_CLASS
                | crate::object::function::FN_NATIVE
                | crate::object::function::FN_BOUND,
        );
    if sloppy {
        return Ok(Value::UNDEFINED);
    }
    Err(crate::exec::exception::throw_type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

/// A new %ThrowTypeError% (once per realm): nameless, `length` 0, frozen.
pub fn throw_type_error_intrinsic() -> Value {
    let t = crate::object::function::new_native("", 0, throw_type_error, 0);
    define(t, "length", Value::number(0.0), 0);
    define(t, "name", crate::text::string::empty(), 0);
    crate::object::internal_methods::prevent_extensions(t);
    t
}
