//! Classes and `super`: class setup, super calls and property access, private
//! names, derived-constructor results, and `arguments` objects.

use crate::abi::heap;
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::function::{self, FN_CONSTRUCTOR};
use crate::object::internal_methods as props;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj, CONFIGURABLE, WRITABLE};
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
        let pp = props::get(parent, Key::Named(r.keys.prototype), parent)?;
        if !pp.is_object() && !pp.is_null() {
            return Err(exception::throw_type_error(&format!(
                "Class extends value does not have valid prototype property {}",
                crate::exec::conv::display_string(pp)
            )));
        }
        (pp, parent)
    };
    let proto = realm::new_object(proto_parent);
    props::mark_proto(proto);
    if ctor_parent != r.function_prototype {
        props::set_proto(ctor, ctor_parent);
    }
    props::define_own(
        ctor,
        Key::Named(r.keys.prototype),
        props::Desc::data(proto, 0),
        true,
    )?;
    props::define_own(
        proto,
        Key::Named(r.keys.constructor),
        props::Desc::data(ctor, WRITABLE | CONFIGURABLE),
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
    let p = props::proto_of(active);
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
    Ok(props::proto_of(home))
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
        props::get(base, k, this)
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
        props::set(base, k, v, this, true)?;
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
        let d = props::Desc {
            get: Some(g),
            set: Some(s),
            ..Default::default()
        };
        return exception::ret(props::define_own(o, Key::Named(name), d, true).map(|_| o));
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
            .then(|| props::get_own(o, Key::Named(name)))
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
        props::read_found(v, a, o)
    })())
}

/// `kiln_private_set(o, name, v)`: `o.#x = v`; returns `v`.
#[no_mangle]
pub extern "C" fn kiln_private_set(o: Value, name: Value, v: Value) -> Value {
    exception::ret((|| {
        let found = o
            .is_object()
            .then(|| props::get_own(o, Key::Named(name)))
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
        props::set(o, Key::Named(name), v, o, true)?;
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
    Value::bool(props::get_own(o, Key::Named(name)).is_some())
}

/// `kiln_private_define(o, name, v, kind)`: adds private field (kind 0),
/// method (1), getter (2) or setter (3) `name` to a new instance (or a class,
/// for static members).
#[no_mangle]
pub extern "C" fn kiln_private_define(o: Value, name: Value, v: Value, kind: i64) -> Value {
    exception::ret((|| {
        let k = Key::Named(name);
        let existing = props::get_own(o, k);
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
            0 => props::Desc::data(v, WRITABLE),
            1 => props::Desc::data(v, 0),
            2 => props::Desc {
                get: Some(v),
                ..Default::default()
            },
            _ => props::Desc {
                set: Some(v),
                ..Default::default()
            },
        };
        props::define_own(o, k, d, true)?;
        Ok(o)
    })())
}

/// `kiln_new_arguments(argc, a0, a1, a2, rest, callee, strict)`: an unmapped
/// `arguments` object.
#[no_mangle]
pub extern "C" fn kiln_new_arguments(
    argc: i64,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
    callee: Value,
    strict: i64,
) -> Value {
    let r = realm::get();
    let vals = function::generic_args(argc, a0, a1, a2, rest);
    let n = vals.len();
    let shape = crate::object::shape::Shape::root(r.object_prototype);
    let a = object::alloc(object::KIND_ARGUMENTS, shape, 8, 2);
    let o = obj(a);
    o.reserve_dense(n as u32);
    o.set_dense_len(n as u32);
    o.dense().copy_from_slice(&vals);
    let _ = props::add_own(
        a,
        Key::Named(r.keys.length),
        Value::number(n as f64),
        WRITABLE | CONFIGURABLE,
        false,
    );
    if strict == 0 {
        let _ = props::add_own(
            a,
            Key::Named(r.keys.callee),
            callee,
            WRITABLE | CONFIGURABLE,
            false,
        );
    } else {
        // %ThrowTypeError% as both getter and setter of `callee`.
        let t = r.throw_type_error;
        let d = props::Desc {
            get: Some(t),
            set: Some(t),
            enumerable: Some(false),
            configurable: Some(false),
            ..Default::default()
        };
        let _ = props::define_own(a, Key::Named(r.keys.callee), d, false);
    }
    a
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

/// The parameter cells a mapped `arguments` object aliases (index → cell;
/// null once unmapped): an `Args` cell of raw cell addresses whose address
/// is kept in the 8 bytes after the object part (null when unmapped), so the
/// collector traces it like any other cell.
fn mapping(a: Value) -> Option<&'static mut [*mut crate::abi::heap::Cell]> {
    if !object::is_kind(a, object::KIND_ARGUMENTS) {
        return None;
    }
    // SAFETY: arguments objects have 8 extra bytes: null or an Args cell.
    unsafe {
        let p = *((a.payload() as *const u8).add(object::OBJECT_SIZE) as *const *mut heap::Header);
        if p.is_null() {
            return None;
        }
        Some(std::slice::from_raw_parts_mut(
            (p as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize)
                as *mut *mut crate::abi::heap::Cell,
            (*p).aux as usize,
        ))
    }
}

/// The cell argument `i` of `a` is mapped to, if any.
pub fn mapped_cell(a: Value, i: u32) -> Option<*mut crate::abi::heap::Cell> {
    let m = mapping(a)?;
    m.get(i as usize).copied().filter(|c| !c.is_null())
}

/// Ends the mapping of index `i` (after delete or a redefinition).
pub fn unmap(a: Value, i: u32) {
    if let Some(m) = mapping(a) {
        if let Some(c) = m.get_mut(i as usize) {
            *c = std::ptr::null_mut();
        }
    }
}

/// `kiln_map_arguments(a, cells, n)`.
#[no_mangle]
pub extern "C" fn kiln_map_arguments(a: Value, cells: i64, n: i64) -> Value {
    let o = obj(a);
    let argc = o.dense_len() as usize;
    let n = (n.max(0) as usize).min(argc);
    // SAFETY: compiled code passes `n` cell addresses.
    let cells = unsafe { crate::abi::args(n as i64, cells) };
    let map = crate::gc::alloc(
        heap::KIND_ARGS,
        n as u32,
        heap::ARGS_VALUES_OFFSET as usize + 8 * n,
    );
    // SAFETY: the map has room for `n` addresses after its header.
    unsafe {
        let slots = (map as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize) as *mut u64;
        for (i, c) in cells.iter().enumerate() {
            slots.add(i).write(c.0);
        }
    }
    // Mapped objects keep their elements in the sparse map, so compiled
    // code's dense fast path never sees a stale copy.
    props::make_sparse(o);
    // SAFETY: the 8 extra bytes of an arguments object.
    unsafe {
        *((a.payload() as *mut u8).add(object::OBJECT_SIZE) as *mut *mut heap::Header) = map;
    }
    a
}

/// `kiln_rest_array(argc, a0, a1, a2, rest, from)`: the array a rest
/// parameter binds: the arguments from index `from` on.
#[no_mangle]
pub extern "C" fn kiln_rest_array(
    argc: i64,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
    from: i64,
) -> Value {
    let vals = function::generic_args(argc, a0, a1, a2, rest);
    let from = (from.max(0) as usize).min(vals.len());
    realm::new_array(&vals[from..])
}

/// The fast paths `builtins::collections` registers (when the realm
/// installs it) for iterating Maps, Sets and their iterators without the
/// iteration protocol.
pub struct CollectionHooks {
    /// The values an iterable yields, for the iterables kiln knows.
    pub iterable_values: fn(Value) -> Option<Vec<Value>>,
    /// The iterator `for (x of v)` uses for a collection, if `v` is one.
    pub for_of_iterator: fn(Value) -> Option<Value>,
    /// The next value of a collection iterator, if any.
    pub iter_next: fn(Value) -> Option<Value>,
}

static COLLECTIONS: std::sync::OnceLock<CollectionHooks> = std::sync::OnceLock::new();

/// Registers the collection fast paths (`builtins::collections::install`).
pub fn register_collections(hooks: CollectionHooks) {
    let _ = COLLECTIONS.set(hooks);
}

fn collections() -> &'static CollectionHooks {
    if let Some(h) = COLLECTIONS.get() {
        return h;
    }
    // Creating the realm installs the builtins, which register.
    realm::get();
    COLLECTIONS
        .get()
        .expect("builtins::collections registers its iteration hooks")
}

/// The elements `...v` spreads (arrays and strings; other iterables come
/// with the iteration protocol).
pub fn spread_values(v: Value) -> JsResult<Vec<Value>> {
    if let Some(vals) = (collections().iterable_values)(v) {
        return Ok(vals);
    }
    if !object::is_array(v) && !v.is_string() {
        if let Some(it) = get_iterator(v)? {
            return collect_iterator(it);
        }
    }
    if object::is_array(v) {
        let n = obj(v).length();
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            out.push(props::get(v, Key::Index(i), v)?);
        }
        return Ok(out);
    }
    if v.is_string() {
        // By code points, as the string iterator does.
        let units = string::units(v);
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let hi = units[i];
            let pair = (0xD800..0xDC00).contains(&hi)
                && units
                    .get(i + 1)
                    .is_some_and(|lo| (0xDC00..0xE000).contains(lo));
            let len = if pair { 2 } else { 1 };
            out.push(string::from_units(&units[i..i + len]));
            i += len;
        }
        return Ok(out);
    }
    Err(spread_error(v, false, Value::UNDEFINED))
}

/// V8's TypeError for spreading the non-iterable `v` (source text `text`)
/// into a call (`in_call`) or an array literal.
fn spread_error(v: Value, in_call: bool, text: Value) -> exception::Exc {
    let msg = if in_call && v.is_nullish() {
        let s = crate::exec::conv::display_string(v);
        format!("{s} is not iterable (cannot read property {s})")
    } else if in_call {
        "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_owned()
    } else if text.is_string() {
        format!("{} is not iterable", string::to_rust(text))
    } else {
        format!(
            "{} is not iterable",
            crate::exec::conv::display_string_short(v)
        )
    };
    exception::throw_type_error(&msg)
}

/// `kiln_array_append(a, v)`: appends `v` (HOLE: a hole) to array `a`; returns `a`.
#[no_mangle]
pub extern "C" fn kiln_array_append(a: Value, v: Value) -> Value {
    let len = obj(a).length();
    if v == Value::HOLE {
        obj(a).set_length(len + 1);
    } else {
        let _ = props::create_data_property(a, Key::Index(len), v);
    }
    a
}

/// `kiln_array_spread(a, v, in_call, text)`: appends the elements of `...v`
/// to array `a`; returns `a`. May throw (wording per context; `text` is
/// the spread expression's source).
#[no_mangle]
pub extern "C" fn kiln_array_spread(a: Value, v: Value, in_call: i64, text: Value) -> Value {
    exception::ret((|| {
        if !(object::is_array(v) || v.is_string() || is_collection(v) || has_iterator(v)?) {
            return Err(spread_error(v, in_call != 0, text));
        }
        let vals = spread_values(v)?;
        for x in vals {
            let len = obj(a).length();
            props::create_data_property(a, Key::Index(len), x)?;
        }
        Ok(a)
    })())
}

/// `kiln_call_spread(f, this, args, new_target, text)`: calls (or, with a
/// new.target, constructs) `f` with the elements of array `args`. `text`
/// names `f` in the TypeError when it is not callable.
#[no_mangle]
pub extern "C" fn kiln_call_spread(
    f: Value,
    this: Value,
    args: Value,
    nt: Value,
    text: Value,
) -> Value {
    exception::ret((|| {
        let list = obj(args)
            .dense()
            .iter()
            .map(|v| {
                if *v == Value::HOLE {
                    Value::UNDEFINED
                } else {
                    *v
                }
            })
            .collect::<Vec<_>>();
        if nt.is_undefined() {
            if !function::is_function(f) {
                return Err(exception::throw_type_error(&format!(
                    "{} is not a function",
                    string::to_rust(text)
                )));
            }
            function::call(f, this, &list)
        } else {
            if !function::is_constructor(f) {
                return Err(exception::throw_type_error(&format!(
                    "{} is not a constructor",
                    string::to_rust(text)
                )));
            }
            function::construct(f, &list, nt)
        }
    })())
}

/// `kiln_destructure_check(v, text, first_key)`: the TypeError for
/// destructuring null or undefined (`text`: the value's source; `first_key`:
/// the first property the pattern names, or undefined). Returns `v`.
#[no_mangle]
pub extern "C" fn kiln_destructure_check(v: Value, text: Value, first_key: Value) -> Value {
    if !v.is_nullish() {
        return v;
    }
    let what = crate::exec::conv::display_string(v);
    let text = if text.is_string() {
        string::to_rust(text)
    } else {
        what.clone()
    };
    let msg = if first_key.is_string() {
        format!(
            "Cannot destructure property '{}' of '{text}' as it is {what}.",
            string::to_rust(first_key)
        )
    } else {
        format!("Cannot destructure '{text}' as it is {what}.")
    };
    exception::throw_type_error(&msg).into()
}

/// `kiln_object_rest(src, excluded)`: `{ ...rest }` of an object pattern: the
/// own enumerable properties of `src` whose keys are not in array `excluded`.
#[no_mangle]
pub extern "C" fn kiln_object_rest(src: Value, excluded: Value) -> Value {
    exception::ret((|| {
        let out = realm::new_plain_object();
        let mut skip = Vec::new();
        for k in obj(excluded).dense().iter() {
            skip.push(key::to_key(*k)?);
        }
        if !src.is_object() {
            return Ok(out);
        }
        for k in props::own_keys(src) {
            if skip.contains(&k) {
                continue;
            }
            if let Some((v, a)) = props::get_own(src, k) {
                if a & object::ENUMERABLE != 0 {
                    let v = props::read_found(v, a, src)?;
                    props::create_data_property(out, k, v)?;
                }
            }
        }
        Ok(out)
    })())
}

/// `kiln_iter_rest(src, i)`: what an array pattern's rest element takes
/// from `src` (what `kiln_for_of_source` gave; `i` values already read): the
/// elements of an array from index `i` on, or an iterator's remaining
/// values. May throw.
#[no_mangle]
pub extern "C" fn kiln_iter_rest(src: Value, i: i64) -> Value {
    exception::ret((|| {
        let mut vals: GcVec<Value> = GcVec::new();
        if object::is_array(src) {
            let mut k = i.max(0) as u32;
            while k < obj(src).length() {
                vals.push(props::get(src, Key::Index(k), src)?);
                k += 1;
            }
        } else {
            while let Some(x) = iterator_step_any(src)? {
                vals.push(x);
            }
        }
        Ok(realm::new_array(&vals))
    })())
}

/// One step of what `kiln_for_of_source` gave that is not an array: a
/// collection iterator or a protocol iterator.
fn iterator_step_any(it: Value) -> JsResult<Option<Value>> {
    if object::is_kind(it, crate::abi::heap::KIND_COLLECTION_ITER) {
        return Ok((collections().iter_next)(it));
    }
    iterator_step(it)
}

/// `kiln_for_of_source(v, text)`: what `for (x of v)` walks by index: an
/// array itself (read live, as its iterator does), a string's code points;
/// other iterables wait for the iteration protocol (TypeError naming `text`).
#[no_mangle]
pub extern "C" fn kiln_for_of_source(v: Value, text: Value) -> Value {
    exception::ret((|| {
        if object::is_array(v) {
            return Ok(v);
        }
        if v.is_string() {
            return Ok(realm::new_array(&spread_values(v)?));
        }
        if let Some(it) = (collections().for_of_iterator)(v) {
            return Ok(it);
        }
        if let Some(it) = get_iterator(v)? {
            return Ok(it);
        }
        let t = if text.is_string() {
            string::to_rust(text)
        } else {
            crate::exec::conv::display_string(v)
        };
        Err(exception::throw_type_error(&format!("{t} is not iterable")))
    })())
}

/// Maps, Sets and their iterators (iterables until the iteration protocol).
fn is_collection(v: Value) -> bool {
    use crate::abi::heap::{KIND_COLLECTION_ITER, KIND_MAP, KIND_SET};
    object::is_kind(v, KIND_MAP)
        || object::is_kind(v, KIND_SET)
        || object::is_kind(v, KIND_COLLECTION_ITER)
}

/// `kiln_for_of_next(it)`: the next value of a collection iterator, or HOLE
/// when it is done (for-of over Maps, Sets and their iterators).
#[no_mangle]
pub extern "C" fn kiln_for_of_next(it: Value) -> Value {
    exception::ret(iterator_step_any(it).map(|v| v.unwrap_or(Value::HOLE)))
}

/// Whether `v` has a callable `[Symbol.iterator]` (the iteration protocol).
fn has_iterator(v: Value) -> JsResult<bool> {
    if v.is_nullish() {
        return Ok(false);
    }
    let sym = realm::well_known("iterator");
    let f = props::get_value(v, Key::Named(sym))?;
    Ok(function::is_function(f))
}

/// GetIterator: `v[Symbol.iterator]()`, if `v` has that method.
pub fn get_iterator(v: Value) -> JsResult<Option<Value>> {
    if v.is_nullish() {
        return Ok(None);
    }
    let sym = realm::well_known("iterator");
    let f = props::get_value(v, Key::Named(sym))?;
    if !function::is_function(f) {
        return Ok(None);
    }
    let it = function::call(f, v, &[])?;
    if !it.is_object() {
        return Err(exception::throw_type_error(
            "Result of the Symbol.iterator method is not an object",
        ));
    }
    Ok(Some(it))
}

/// Every remaining value of iterator `it`.
pub fn collect_iterator(it: Value) -> JsResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(x) = iterator_step(it)? {
        out.push(x);
    }
    Ok(out)
}

/// IteratorStep + IteratorValue: the next value, or None when done.
pub fn iterator_step(it: Value) -> JsResult<Option<Value>> {
    if object::is_kind(it, crate::abi::heap::KIND_COLLECTION_ITER) {
        return Ok((collections().iter_next)(it));
    }
    let next = props::get_value(it, key::from_str("next"))?;
    let r = function::call(next, it, &[])?;
    if !r.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Iterator result {} is not an object",
            crate::exec::conv::display_string(r)
        )));
    }
    let done = props::get(r, key::from_str("done"), r)?;
    if crate::exec::conv::to_boolean(done) {
        return Ok(None);
    }
    props::get(r, key::from_str("value"), r).map(Some)
}

/// IteratorClose for a throw completion: calls `it.return()` if it has one,
/// ignoring what that returns or throws, and rethrows the pending exception.
pub fn close_after_throw(it: Value) -> exception::Exc {
    let pending = exception::take();
    if iterator_close(it).is_err() {
        exception::take();
    }
    exception::throw(pending)
}

/// IteratorClose for a normal completion: calls `it.return()` if a protocol
/// iterator has one; its result must be an object. May throw.
pub fn iterator_close(it: Value) -> JsResult<()> {
    if !it.is_object()
        || object::is_array(it)
        || object::is_kind(it, crate::abi::heap::KIND_COLLECTION_ITER)
    {
        return Ok(());
    }
    let r = props::get_value(it, key::from_str("return"))?;
    if r.is_nullish() {
        return Ok(());
    }
    let res = function::call(r, it, &[])?;
    if !res.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Iterator result {} is not an object",
            crate::exec::conv::display_string(res)
        )));
    }
    Ok(())
}

/// `kiln_iterator_close_throw(it)`: IteratorClose for a for-of body that
/// threw (see [`close_after_throw`]). Always throws.
#[no_mangle]
pub extern "C" fn kiln_iterator_close_throw(it: Value) -> Value {
    exception::ret(Err(close_after_throw(it)))
}

/// `kiln_iterator_close(it)`: IteratorClose after leaving a for-of early:
/// calls `it.return()` if a protocol iterator has one. May throw.
#[no_mangle]
pub extern "C" fn kiln_iterator_close(it: Value) -> Value {
    exception::ret(iterator_close(it).map(|_| Value::UNDEFINED))
}
