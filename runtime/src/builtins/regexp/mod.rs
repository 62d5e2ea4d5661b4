//! `RegExp` (ECMA-262 §22.2): the RegExp object kind, the constructor, literal
//! sites, the legacy static properties (Annex B.2.4), and the collector's view.
//!
//! A RegExp object (`KIND_REGEXP`) keeps, in 16 bytes after its object part,
//! the compiled program (an `Rc<engine::Compiled>`, Rust-owned: freed by
//! [`finalize`] when the object dies) and its source string (a value, traced
//! with the object's cell). `lastIndex` is an ordinary own data property.
//! Compiled programs are shared: every evaluation of a literal site makes a
//! new object around the program compiled once for the site, and
//! `new RegExp(re)` shares `re`'s program when the flags are the same.
//!
//! * `proto.rs`: `RegExp.prototype` (exec, test, toString, flags getters, compile)
//! * `symbols.rs`: `RegExp.prototype[@@match/@@matchAll/@@replace/@@search/@@split]`
//! * `string_methods.rs`: the `String.prototype` methods that dispatch through them
//! * `template.rs`: tagged-template objects and `String.raw`
//! * `engine.rs`: the matcher (regress)

pub mod engine;
mod proto;
mod string_methods;
mod symbols;
mod template;

use crate::abi::heap::{KIND_REGEXP, KIND_REGEXP_STRING_ITER};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::error::ErrorKind;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods::{self, Desc};
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, CONFIGURABLE, OBJECT_SIZE, WRITABLE};
use crate::object::shape::Shape;
use crate::text::string;
use engine::{Compiled, Match};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub use proto::regexp_exec;
pub use template::kiln_template_object;

/// The fields after a RegExp object's object part.
#[repr(C)]
struct Fields {
    /// `Rc::into_raw` of the compiled program (null only while constructing).
    program: *const Compiled,
    /// The pattern text as given (a string value).
    source: Value,
}

const EXTRA: usize = std::mem::size_of::<Fields>();

fn fields(o: Value) -> &'static mut Fields {
    // SAFETY: RegExp objects have `Fields` right after the object part.
    unsafe { &mut *((o.payload() as *mut u8).add(OBJECT_SIZE) as *mut Fields) }
}

/// Whether `v` is a RegExp object (has [[RegExpMatcher]]).
pub fn is_regexp_object(v: Value) -> bool {
    object::is_kind(v, KIND_REGEXP)
}

/// The compiled program of a RegExp object.
pub fn program(o: Value) -> &'static Compiled {
    // SAFETY: set at creation, kept alive by the object's Rc.
    unsafe { &*fields(o).program }
}

fn program_rc(o: Value) -> Rc<Compiled> {
    let p = fields(o).program;
    // SAFETY: `p` came from `Rc::into_raw` and the object still owns it.
    unsafe {
        Rc::increment_strong_count(p);
        Rc::from_raw(p)
    }
}

fn set_program(o: Value, c: Rc<Compiled>, source: Value) {
    let f = fields(o);
    let old = std::mem::replace(&mut f.program, Rc::into_raw(c));
    f.source = source;
    if !old.is_null() {
        // SAFETY: the object owned one count of the old program.
        unsafe { drop(Rc::from_raw(old)) };
    }
}

/// The pattern text a RegExp object was created from.
pub fn source(o: Value) -> Value {
    fields(o).source
}

/// Pattern and canonical flags of a compiled program.
type ProgramKey = (Vec<u16>, String);

thread_local! {
    /// Interned keys and intrinsics this module uses (traced by [`trace_roots`]).
    static STATE: RefCell<State> = RefCell::new(State::new());
    /// Compiled programs of the literal sites, by site number.
    static SITES: RefCell<HashMap<i64, Rc<Compiled>>> = RefCell::new(HashMap::new());
    /// Recently compiled `new RegExp(string)` programs (pattern, flags).
    static RECENT: RefCell<HashMap<ProgramKey, Rc<Compiled>>> = RefCell::new(HashMap::new());
    static LAST_INDEX: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
}

struct State {
    proto: Value,
    ctor: Value,
    exec: Value,
    iter_proto: Value,
    /// The legacy statics: the subject and the captures of the last
    /// successful built-in exec (index 0: the whole match).
    legacy_subject: Value,
    legacy: Vec<Option<(usize, usize)>>,
    /// Template objects by tagged-template site.
    templates: HashMap<i64, Value>,
    /// Every other value this module must keep (interned keys).
    keep: Vec<Value>,
}

impl State {
    fn new() -> State {
        let u = Value::UNDEFINED;
        State {
            proto: u,
            ctor: u,
            exec: u,
            iter_proto: u,
            legacy_subject: u,
            legacy: vec![],
            templates: HashMap::new(),
            keep: vec![],
        }
    }
}

/// `%RegExp.prototype%`.
pub fn regexp_prototype() -> Value {
    realm::get();
    STATE.with(|s| s.borrow().proto)
}

fn regexp_constructor() -> Value {
    realm::get();
    STATE.with(|s| s.borrow().ctor)
}

fn original_exec() -> Value {
    STATE.with(|s| s.borrow().exec)
}

/// The interned key `lastIndex`.
#[inline]
pub fn last_index_key() -> Key {
    let v = LAST_INDEX.with(|c| c.get());
    if v.is_undefined() {
        let k = key::intern_str("lastIndex");
        LAST_INDEX.with(|c| c.set(k));
        return Key::Named(k);
    }
    Key::Named(v)
}

/// The interned key `name`, cached (this module's hot property names).
pub fn k(name: &'static str) -> Key {
    key::from_str(name)
}

/// Records a successful built-in match for `RegExp.$1` and friends.
fn record_legacy(subject: Value, m: &Match) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.legacy_subject = subject;
        s.legacy.clear();
        s.legacy.push(Some((m.start, m.end)));
        s.legacy.extend_from_slice(&m.captures);
    });
}

/// Collector: the intrinsics, caches and legacy match state of this module.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    m.value(LAST_INDEX.with(|c| c.get()));
    STATE.with(|s| {
        let s = s.borrow();
        for v in [s.proto, s.ctor, s.exec, s.iter_proto, s.legacy_subject] {
            m.value(v);
        }
        s.templates.values().for_each(|v| m.value(*v));
        s.keep.iter().for_each(|v| m.value(*v));
    });
}

/// Collector: a RegExp's fields are traced with its cell (the source is a
/// value in it; the program holds no heap values).
pub fn trace(_m: &mut crate::gc::mark::Marker, _o: Value) {}

/// Collector: frees a dead RegExp's share of its compiled program.
pub fn finalize(o: Value) {
    if object::is_kind(o, KIND_REGEXP) {
        let f = fields(o);
        let p = std::mem::replace(&mut f.program, std::ptr::null());
        if !p.is_null() {
            // SAFETY: the dead object owned one count of its program.
            unsafe { drop(Rc::from_raw(p)) };
        }
    }
}

/// RegExpAlloc: a RegExp object with prototype `proto` and `lastIndex`.
fn alloc(proto: Value, c: Rc<Compiled>, source: Value) -> Value {
    internal_methods::mark_proto(proto);
    let o = object::alloc(KIND_REGEXP, Shape::root(proto), EXTRA, 1);
    set_program(o, c, source);
    let _ = internal_methods::define_own(
        o,
        last_index_key(),
        Desc::data(Value::number(0.0), WRITABLE),
        false,
    );
    o
}

fn syntax_error(message: &str) -> exception::Exc {
    exception::throw_error(ErrorKind::SyntaxError, message)
}

/// Compiles `pattern` with the flags text `flags` (constructor errors).
fn compile(pattern: &[u16], flags: &[u16]) -> JsResult<Rc<Compiled>> {
    let f = engine::parse_flags(flags)
        .map_err(|()| syntax_error(&engine::invalid_flags_message(flags)))?;
    let key = (pattern.to_vec(), f.text());
    if let Some(c) = RECENT.with(|r| r.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let c = Rc::new(engine::compile(pattern, f).map_err(|e| syntax_error(&e.message))?);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() > 256 {
            r.clear();
        }
        r.insert(key, c.clone());
    });
    Ok(c)
}

fn to_string_or_empty(v: Value) -> JsResult<Value> {
    if v.is_undefined() {
        Ok(string::empty())
    } else {
        crate::exec::conv::to_string(v)
    }
}

/// RegExpInitialize(obj, pattern, flags) on an existing RegExp object.
fn initialize(o: Value, pattern: Value, flags: Value) -> JsResult<Value> {
    let p = to_string_or_empty(pattern)?;
    let f = to_string_or_empty(flags)?;
    let c = compile(string::units(p), string::units(f))?;
    set_program(o, c, p);
    set_last_index(o, Value::number(0.0))?;
    Ok(o)
}

/// RegExpCreate(P, F) with `%RegExp%`.
pub fn create(pattern: Value, flags: Value) -> JsResult<Value> {
    let p = to_string_or_empty(pattern)?;
    let f = to_string_or_empty(flags)?;
    let c = compile(string::units(p), string::units(f))?;
    Ok(alloc(regexp_prototype(), c, p))
}

/// `Set(R, "lastIndex", v, true)`.
pub fn set_last_index(o: Value, v: Value) -> JsResult<()> {
    if is_regexp_object(o) {
        let Key::Named(li) = last_index_key() else {
            unreachable!()
        };
        let ob = object::obj(o);
        if let Some(p) = ob.shape().find(li) {
            if p.attrs & WRITABLE != 0 && p.attrs & object::ACCESSOR == 0 {
                ob.set_slot(p.slot, v);
                return Ok(());
            }
        }
    }
    internal_methods::set(o, last_index_key(), v, o, true).map(|_| ())
}

/// `Get(R, "lastIndex")`.
pub fn get_last_index(o: Value) -> JsResult<Value> {
    if is_regexp_object(o) {
        let Key::Named(li) = last_index_key() else {
            unreachable!()
        };
        let ob = object::obj(o);
        if let Some(p) = ob.shape().find(li) {
            if p.attrs & object::ACCESSOR == 0 {
                return Ok(ob.slot(p.slot));
            }
        }
    }
    internal_methods::get_value(o, last_index_key())
}

/// ToLength(v).
pub fn to_length(v: Value) -> JsResult<usize> {
    let n = if v.is_number() {
        v.as_number()
    } else {
        crate::exec::conv::to_number(v)?
    };
    let n = crate::exec::conv::to_integer_or_infinity(n);
    Ok(if n <= 0.0 {
        0
    } else {
        n.min(9007199254740991.0) as usize
    })
}

/// IsRegExp(argument) (§7.2.8).
pub fn is_regexp(v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let m = internal_methods::get_value(v, Key::Named(realm::well_known("match")))?;
    if !m.is_undefined() {
        return Ok(crate::exec::conv::to_boolean(m));
    }
    Ok(is_regexp_object(v))
}

/// `RegExp(pattern, flags)` / `new RegExp(pattern, flags)` (§22.2.4.1).
fn construct(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let pattern_is_regexp = is_regexp(pattern)?;
    let new_target = if nt.is_undefined() {
        if pattern_is_regexp && flags.is_undefined() {
            let pc = internal_methods::get_value(pattern, k("constructor"))?;
            if pc == callee {
                return Ok(pattern);
            }
        }
        callee
    } else {
        nt
    };
    let proto = function::prototype_from(new_target, regexp_prototype())?;
    if is_regexp_object(pattern) {
        let src = source(pattern);
        if flags.is_undefined() {
            return Ok(alloc(proto, program_rc(pattern), src));
        }
        let f = crate::exec::conv::to_string(flags)?;
        let c = compile(string::units(src), string::units(f))?;
        let c = if c.flags == program(pattern).flags {
            program_rc(pattern)
        } else {
            c
        };
        return Ok(alloc(proto, c, src));
    }
    let (p, f) = if pattern_is_regexp {
        let src = internal_methods::get_value(pattern, k("source"))?;
        let f = if flags.is_undefined() {
            internal_methods::get_value(pattern, k("flags"))?
        } else {
            flags
        };
        (src, f)
    } else {
        (pattern, flags)
    };
    let p = to_string_or_empty(p)?;
    let f = to_string_or_empty(f)?;
    let c = compile(string::units(p), string::units(f))?;
    Ok(alloc(proto, c, p))
}

/// `get RegExp[@@species]`.
fn species(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this)
}

/// SpeciesConstructor(o, %RegExp%).
fn species_constructor(o: Value) -> JsResult<Value> {
    let c = internal_methods::get_value(o, k("constructor"))?;
    if c.is_undefined() {
        return Ok(regexp_constructor());
    }
    if !c.is_object() {
        return Err(exception::throw_type_error(
            "object.constructor is not an object",
        ));
    }
    let s = internal_methods::get_value(c, Key::Named(realm::well_known("species")))?;
    if s.is_nullish() {
        return Ok(regexp_constructor());
    }
    if function::is_constructor(s) {
        return Ok(s);
    }
    Err(exception::throw_type_error(
        "object.constructor[Symbol.species] is not a constructor",
    ))
}

/// `kiln_regexp_literal(site, pattern, flags)`: a regex literal's value.
/// The compiler validated the literal, so compiling cannot fail here.
#[no_mangle]
pub extern "C" fn kiln_regexp_literal(site: i64, pattern: Value, flags: Value) -> Value {
    let c = SITES.with(|s| s.borrow().get(&site).cloned());
    let c = match c {
        Some(c) => c,
        None => {
            let f = engine::parse_flags(string::units(flags)).unwrap_or_default();
            match engine::compile(string::units(pattern), f) {
                Ok(c) => {
                    let c = Rc::new(c);
                    SITES.with(|s| s.borrow_mut().insert(site, c.clone()));
                    c
                }
                Err(e) => return exception::ret(Err(syntax_error(&e.message))),
            }
        }
    };
    alloc(regexp_prototype(), c, pattern)
}

// ---- Annex B: RegExp.$1 … $9, lastMatch, lastParen, leftContext, rightContext, input ----

fn legacy_part(which: i32) -> Value {
    STATE.with(|s| {
        let s = s.borrow();
        if s.legacy.is_empty() || !s.legacy_subject.is_string() {
            return if which == -5 {
                Value::UNDEFINED
            } else {
                string::empty()
            };
        }
        let u = string::units(s.legacy_subject);
        let (ms, me) = s.legacy[0].expect("whole match");
        let sub = |r: Option<(usize, usize)>| {
            r.map_or_else(string::empty, |(a, b)| string::from_units(&u[a..b]))
        };
        match which {
            1..=9 => sub(s.legacy.get(which as usize).copied().flatten()),
            0 => sub(Some((ms, me))),
            -1 => {
                if s.legacy.len() > 1 {
                    sub(s.legacy[s.legacy.len() - 1])
                } else {
                    string::empty()
                }
            }
            -2 => string::from_units(&u[..ms]),
            -3 => string::from_units(&u[me..]),
            _ => s.legacy_subject,
        }
    })
}

fn legacy_getter(_: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let which = function::fun(callee).data.as_number() as i32;
    Ok(legacy_part(which))
}

fn legacy_input_setter(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = crate::exec::conv::to_string(arg(args, 0))?;
    STATE.with(|st| st.borrow_mut().legacy_subject = s);
    Ok(Value::UNDEFINED)
}

fn define_accessor(o: Value, k: Key, get: Value, set: Value) {
    let d = Desc {
        get: Some(get),
        set: Some(set),
        enumerable: Some(false),
        configurable: Some(true),
        ..Desc::default()
    };
    let _ = internal_methods::define_own(o, k, d, false);
}

fn install_legacy(ctor: Value) {
    let names: &[(&str, i32)] = &[
        ("input", -5),
        ("$_", -5),
        ("lastMatch", 0),
        ("$&", 0),
        ("lastParen", -1),
        ("$+", -1),
        ("leftContext", -2),
        ("$`", -2),
        ("rightContext", -3),
        ("$'", -3),
        ("$1", 1),
        ("$2", 2),
        ("$3", 3),
        ("$4", 4),
        ("$5", 5),
        ("$6", 6),
        ("$7", 7),
        ("$8", 8),
        ("$9", 9),
    ];
    for &(name, which) in names {
        let g = function::new_native(&format!("get {name}"), 0, legacy_getter, 0);
        function::fun(g).data = Value::number(which as f64);
        let s = if which == -5 {
            function::new_native(&format!("set {name}"), 1, legacy_input_setter, 0)
        } else {
            Value::UNDEFINED
        };
        define_accessor(ctor, key::from_str(name), g, s);
    }
}

/// Defines the method `[Symbol.<sym>]` on `o`.
fn symbol_method(o: Value, sym: &'static str, length: u32, f: function::NativeFn) {
    let fv = function::new_native(&format!("[Symbol.{sym}]"), length, f, 0);
    let _ = internal_methods::define_own(
        o,
        Key::Named(realm::well_known(sym)),
        Desc::data(fv, WRITABLE | CONFIGURABLE),
        false,
    );
}

pub fn install(r: &Realm) {
    let proto = realm::new_object(r.object_prototype);
    let ctor = realm::constructor("RegExp", 2, construct, proto);
    realm::define(r.global, "RegExp", ctor, WRITABLE | CONFIGURABLE);
    let g = function::new_native("get [Symbol.species]", 0, species, 0);
    define_accessor(
        ctor,
        Key::Named(realm::well_known("species")),
        g,
        Value::UNDEFINED,
    );
    install_legacy(ctor);
    let exec = proto::install(proto);
    symbols::install(proto);
    let iter_proto = symbols::install_iterator(r);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.proto = proto;
        s.ctor = ctor;
        s.exec = exec;
        s.iter_proto = iter_proto;
    });
    string_methods::install(r);
    template::install(r);
}

/// Console: `/source/flags` of a RegExp object (what Node prints).
pub fn display(o: Value) -> Option<String> {
    if !is_regexp_object(o) {
        return None;
    }
    let src = engine::escape_source(string::units(source(o)));
    Some(format!(
        "/{}/{}",
        String::from_utf16_lossy(&src),
        program(o).flags.text()
    ))
}
