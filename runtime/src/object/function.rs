//! Function objects (compiled closures, native builtins, bound functions), calls and construction.
//!
//! A function object is an [`Object`] (so it has properties: `length` and
//! `name` in its first two slots, `prototype` created on first use) followed by
//!
//! ```text
//! +32 code    generic entry (see `abi`); natives: the compiler-emitted trampoline
//! +40 native  NativeFn for natives, else 0
//! +48 data    natives: a per-function datum; bound functions: their `Bound` record;
//!             class constructors: the field initialiser closure (or undefined)
//! +56 home    methods: the [[HomeObject]] `super` looks up from
//! +64 captures: [*mut Cell; as many as the closure captures]
//! ```
//!
//! The kind-specific header flags `FN_*` say what the function may do (be
//! constructed, be called without `new`, ...).

use crate::abi::heap::{self, Cell, KIND_ARGS, KIND_CELL, KIND_FUNCTION};
use crate::abi::value::Value;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::internal_methods;
use crate::object::key::Key;
use crate::object::ordinary::{self as object, *};
use crate::object::shape::Shape;
use crate::text::string;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use crate::abi::layout::{
    CONSTRUCT_SITE_SIZE, CSITE_CELL_OFFSET, CSITE_CLASS_OFF_OFFSET, CSITE_F_OFFSET,
    CSITE_NT_SHAPE_OFFSET, CSITE_PROTO_OFFSET, CSITE_PROTO_OFF_OFFSET, CSITE_ROOT_OFFSET,
    CSITE_SLOTS_OFFSET, FN_ARROW, FN_BOUND, FN_CLASS, FN_CONSTRUCTOR, FN_DERIVED, FN_LAZY_PROTO,
    FN_NATIVE, FN_STRICT, FUNCTION_CAPTURES_OFFSET, FUNCTION_CODE_OFFSET, FUNCTION_DATA_OFFSET,
    FUNCTION_HOME_OFFSET, FUNCTION_NATIVE_OFFSET,
};

/// A builtin implemented in Rust: `(this, args, new_target, callee)`;
/// `new_target` is undefined for a plain call.
pub type NativeFn = fn(Value, &[Value], Value, Value) -> JsResult<Value>;

#[repr(C)]
pub struct Function {
    pub obj: Object,
    pub code: *const u8,
    pub native: Option<NativeFn>,
    pub data: Value,
    pub home: Value,
}

const _: () = {
    assert!(std::mem::offset_of!(Function, code) == FUNCTION_CODE_OFFSET as usize);
    assert!(std::mem::offset_of!(Function, native) == FUNCTION_NATIVE_OFFSET as usize);
    assert!(std::mem::offset_of!(Function, data) == FUNCTION_DATA_OFFSET as usize);
    assert!(std::mem::offset_of!(Function, home) == FUNCTION_HOME_OFFSET as usize);
    assert!(std::mem::size_of::<Function>() == FUNCTION_CAPTURES_OFFSET as usize);
};

/// The compiler-emitted `kiln_js_call(callee, this, argc, argv, new_target) -> Val`.
pub type JsCall = unsafe extern "C" fn(Value, Value, i64, *const Value, Value) -> Value;

static JS_CALL: AtomicUsize = AtomicUsize::new(0);
static NATIVE_ENTRY: AtomicUsize = AtomicUsize::new(0);

/// Installs the compiler-emitted entry points: `kiln_js_call` and the native
/// trampoline (the generic entry every native function object carries).
pub fn set_entries(call: JsCall, native_entry: usize) {
    JS_CALL.store(call as usize, Ordering::Relaxed);
    NATIVE_ENTRY.store(native_entry, Ordering::Relaxed);
}

/// The generic entry of native function objects (the compiler-emitted trampoline).
pub fn native_entry() -> *const u8 {
    NATIVE_ENTRY.load(Ordering::Relaxed) as *const u8
}

/// Whether `v` is a function object.
#[inline]
pub fn is_function(v: Value) -> bool {
    object::is_kind(v, KIND_FUNCTION)
}

/// The function part of a function object.
pub fn fun(v: Value) -> &'static mut Function {
    debug_assert!(is_function(v));
    // SAFETY: function values point at a live Function.
    unsafe { &mut *(v.payload() as *mut Function) }
}

/// Whether `v` has the header flag `f` (false for non-functions).
pub fn has_flag(v: Value, f: u16) -> bool {
    is_function(v) && obj(v).has_flag(f)
}

/// IsConstructor.
pub fn is_constructor(v: Value) -> bool {
    has_flag(v, FN_CONSTRUCTOR)
}

/// The shape every fresh function starts with: `length`, then `name`.
fn base_shape(proto: Value) -> &'static Shape {
    let keys = &realm::get().keys;
    Shape::root(proto)
        .add(keys.length, CONFIGURABLE)
        .add(keys.name, CONFIGURABLE)
}

/// Allocates a function object. `flags` are `FN_*` bits; a constructor that
/// is not a class gets its `prototype` lazily.
pub fn new_function(code: usize, name: Value, length: f64, ncaptures: usize, flags: u16) -> Value {
    let shape = base_shape(realm::get().function_prototype);
    let extra = FUNCTION_CAPTURES_OFFSET as usize - OBJECT_SIZE + 8 * ncaptures;
    let f = object::alloc(KIND_FUNCTION, shape, extra, 3);
    let o = obj(f);
    o.header.flags = flags;
    if flags & FN_CONSTRUCTOR != 0 && flags & (FN_CLASS | FN_NATIVE | FN_BOUND) == 0 {
        o.header.flags |= FN_LAZY_PROTO;
    }
    o.set_slot(0, Value::number(length));
    o.set_slot(
        1,
        if name.is_string() {
            name
        } else {
            string::empty()
        },
    );
    let fu = fun(f);
    fu.code = code as *const u8;
    fu.data = Value::UNDEFINED;
    fu.home = Value::UNDEFINED;
    f
}

/// A native function object.
pub fn new_native(name: &str, length: u32, f: NativeFn, flags: u16) -> Value {
    let v = new_function(
        NATIVE_ENTRY.load(Ordering::Relaxed),
        crate::object::key::intern_str(name),
        length as f64,
        0,
        flags | FN_NATIVE | FN_STRICT,
    );
    fun(v).native = Some(f);
    v
}

/// Whether the function still has to create its `prototype`.
pub fn has_lazy_prototype(f: Value) -> bool {
    obj(f).has_flag(FN_LAZY_PROTO)
}

/// Creates a function's `prototype` object (with `constructor` pointing back).
pub fn materialize_prototype(f: Value) {
    obj(f).set_flag(FN_LAZY_PROTO, false);
    let r = realm::get();
    let p = crate::exec::realm::new_object(r.object_prototype);
    let _ = internal_methods::add_own(
        p,
        Key::Named(r.keys.constructor),
        f,
        WRITABLE | CONFIGURABLE,
        false,
    );
    let _ = internal_methods::add_own(f, Key::Named(r.keys.prototype), p, WRITABLE, false);
}

/// The `name` own property's value if it is a string (else "").
pub fn name(v: Value) -> Value {
    match internal_methods::get_own(v, Key::Named(realm::get().keys.name)) {
        Some((n, a)) if a & ACCESSOR == 0 && n.is_string() => n,
        _ => string::empty(),
    }
}

/// `Function.prototype.toString`: a compiled function's source text as the
/// program wrote it; `function name() { [native code] }` for the others.
pub fn source_text(v: Value) -> Value {
    let f = fun(v);
    if f.native.is_none() && !f.code.is_null() {
        if let Some(text) = crate::exec::frames::function_source(f.code) {
            return string::from_str(text);
        }
    }
    let name = string::to_rust(name(v));
    let text = if has_flag(v, FN_CLASS) {
        format!("class {name} {{ }}")
    } else {
        format!("function {name}() {{ [native code] }}")
    };
    string::from_str(&text)
}

/// A bound function's target, `this` and leading arguments. Bound functions
/// keep them in an `Args` cell `[target, this, args...]` that their `data`
/// field points to (so the collector traces them like any cell).
pub struct Bound {
    pub target: Value,
    pub this: Value,
    pub args: &'static [Value],
}

/// The bound record of a bound function.
pub fn bound(f: Value) -> Bound {
    let rec = fun(f).data;
    // SAFETY: `data` of a bound function points at its Args record (see `bind`).
    let all = unsafe {
        let p = rec.payload() as *mut heap::Header;
        std::slice::from_raw_parts(
            (p as *const u8).add(heap::ARGS_VALUES_OFFSET as usize) as *const Value,
            (*p).aux as usize,
        )
    };
    Bound {
        target: all[0],
        this: all[1],
        args: &all[2..],
    }
}

/// Function.prototype.bind.
pub fn bind(target: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    if !is_function(target) {
        return Err(exception::throw_type_error(
            "Bind must be called on a function",
        ));
    }
    let r = realm::get();
    // The spec's order: [[GetPrototypeOf]], HasOwnProperty(target, "length"), Get.
    let proto = internal_methods::get_prototype_of(target)?;
    let has_len = internal_methods::get_own_property(target, Key::Named(r.keys.length))?.is_some();
    let tl = if has_len {
        internal_methods::get(target, Key::Named(r.keys.length), target)?
    } else {
        Value::UNDEFINED
    };
    let len = if has_len && tl.is_number() {
        let l = crate::exec::conv::to_integer_or_infinity(tl.as_number());
        (l - args.len() as f64).max(0.0)
    } else {
        0.0
    };
    let tn = internal_methods::get(target, Key::Named(r.keys.name), target)?;
    let tn = if tn.is_string() {
        string::to_rust(tn)
    } else {
        String::new()
    };
    let flags = obj(target).header.flags & FN_CONSTRUCTOR;
    let b = new_function(
        NATIVE_ENTRY.load(Ordering::Relaxed),
        string::from_str(&format!("bound {tn}")),
        len,
        0,
        flags | FN_BOUND | FN_NATIVE,
    );
    let rec = kiln_new_args(args.len() as i64 + 2) as *mut heap::Header;
    // SAFETY: the record has room for the target, `this` and the arguments.
    unsafe {
        let vals = (rec as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize) as *mut Value;
        vals.write(target);
        vals.add(1).write(this);
        std::ptr::copy_nonoverlapping(args.as_ptr(), vals.add(2), args.len());
    }
    fun(b).data = Value::from_tagged_ptr(crate::abi::value::TAG_OBJECT, rec);
    fun(b).native = Some(call_bound);
    internal_methods::set_proto(b, proto);
    Ok(b)
}

fn call_bound(_this: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let b = bound(callee);
    let mut all: GcVec<Value> = GcVec::with_capacity(b.args.len() + args.len());
    all.extend_from_slice(bound(callee).args);
    all.extend_from_slice(args);
    if nt.is_undefined() {
        call(b.target, b.this, &all)
    } else {
        let nt = if nt == callee { b.target } else { nt };
        construct(b.target, &all, nt)
    }
}

/// Throws `TypeError: <what> is not a function`.
pub fn not_a_function<T>(callee: Value) -> JsResult<T> {
    let text = crate::exec::conv::display_string_short(callee);
    Err(exception::throw_type_error(&format!(
        "{text} is not a function"
    )))
}

/// Calls `callee` with `this` and `args` (runs JS via `kiln_js_call`).
pub fn call(callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    call_with(callee, this, args, Value::UNDEFINED)
}

/// Calls `callee` with `this`, `args` and `new_target` `nt` (no construct checks).
pub fn call_with(callee: Value, this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !is_function(callee) {
        return not_a_function(callee);
    }
    if let Some(n) = fun(callee).native {
        if nt.is_undefined() && has_flag(callee, FN_CLASS) {
            return Err(class_call_error(callee));
        }
        return n(this, args, nt, callee);
    }
    let f = JS_CALL.load(Ordering::Relaxed);
    if f == 0 {
        return Err(exception::throw_type_error(
            "cannot call JS functions from the runtime here",
        ));
    }
    // SAFETY: only `set_entries` stores a non-zero value, a valid JsCall.
    let f: JsCall = unsafe { std::mem::transmute::<usize, JsCall>(f) };
    // SAFETY: kiln_js_call accepts any function value and `args.len()` values.
    let r = unsafe { f(callee, this, args.len() as i64, args.as_ptr(), nt) };
    if exception::is_exception(r) {
        Err(exception::Exc)
    } else {
        Ok(r)
    }
}

/// `TypeError: Class constructor X cannot be invoked without 'new'`.
pub fn class_call_error(f: Value) -> exception::Exc {
    let n = string::to_rust(name(f));
    if n.is_empty() {
        return exception::throw_type_error("Class constructors cannot be invoked without 'new'");
    }
    exception::throw_type_error(&format!(
        "Class constructor {n} cannot be invoked without 'new'"
    ))
}

/// The `this` a `[[Construct]]` of `f` with `new_target` starts from: a new
/// ordinary object whose prototype is `new_target.prototype` for base
/// constructors written in JS; HOLE for derived constructors and natives
/// (they create their own). Throws if `f` is not a constructor.
pub fn construct_this(f: Value, nt: Value) -> JsResult<Value> {
    if !is_constructor(f) {
        let text = crate::exec::conv::display_string_short(f);
        return Err(exception::throw_type_error(&format!(
            "{text} is not a constructor"
        )));
    }
    if obj(f).has_flag(FN_DERIVED | FN_NATIVE) {
        return Ok(Value::HOLE);
    }
    if let Some(o) = construct_cached(f, nt) {
        return Ok(o);
    }
    let proto = prototype_from(nt, realm::get().object_prototype)?;
    let o = realm::new_object(proto);
    if nt.is_object() {
        let ob = obj(nt);
        if let Some(p) = ob.shape().find(realm::get().keys.prototype) {
            if p.attrs & ACCESSOR == 0 && !ob.shape().dict && ob.slot(p.slot) == proto {
                let i = cache_index(f, nt);
                CONSTRUCT_CACHE.with(|c| {
                    c[i].set(ConstructCache {
                        f: f.0,
                        nt: nt.0,
                        nt_shape: ob.shape,
                        slot: p.slot,
                        proto: proto.0,
                        root: obj(o).shape,
                        count: 0,
                        slots: DEFAULT_SLOTS,
                    })
                });
            }
        }
    }
    Ok(o)
}

/// `new F` in a loop: the object `construct_this(f, nt)` makes, from the
/// construct cache entry of where `nt` keeps `prototype` (its shape and slot) and
/// the root shape of objects made from it; `None` on a miss.
#[inline(always)]
fn construct_cached(f: Value, nt: Value) -> Option<Value> {
    let i = cache_index(f, nt);
    let mut e = CONSTRUCT_CACHE.with(|c| c[i].get());
    if e.f != f.0
        || e.nt != nt.0
        || !std::ptr::eq(obj(nt).shape, e.nt_shape)
        || obj(nt).slot(e.slot).0 != e.proto
    {
        return None;
    }
    // Slack tracking: after a few constructions, size new objects for the
    // properties constructors have been adding (a single chain of
    // transitions from the root shape).
    if e.count < SLACK_CONSTRUCTIONS {
        e.count += 1;
        if e.count == SLACK_CONSTRUCTIONS {
            // SAFETY: cached root shapes are shared, hence immortal.
            let n = unsafe { &*e.root }.single_chain_len();
            e.slots = if n == 0 { DEFAULT_SLOTS } else { n.min(16) };
        }
        CONSTRUCT_CACHE.with(|c| c[i].set(e));
    }
    // SAFETY: as above.
    Some(object::alloc(
        object::KIND_OBJECT,
        unsafe { &*e.root },
        0,
        e.slots,
    ))
}

/// Inline slots of objects from a constructor not yet tracked.
const DEFAULT_SLOTS: u32 = 4;
/// Constructions after which the slot count is fitted to the transitions.
const SLACK_CONSTRUCTIONS: u32 = 8;

/// See `construct_this`: one constructor's prototype and instance root shape.
#[derive(Clone, Copy)]
struct ConstructCache {
    /// The constructor (checked to be a base constructor written in JS).
    f: u64,
    nt: u64,
    nt_shape: *const Shape,
    slot: u32,
    proto: u64,
    root: *const Shape,
    /// Constructions served from this entry, and the inline slots to give.
    count: u32,
    slots: u32,
}

/// Entries of the construct cache: direct-mapped by `(f, new_target)`, so
/// that programs constructing several classes in turn (and derived classes,
/// whose `super()` constructs the base with the derived `new.target`) keep
/// an entry each instead of evicting one another.
const CONSTRUCT_CACHE_SIZE: usize = 64;

thread_local! {
    static CONSTRUCT_CACHE: [std::cell::Cell<ConstructCache>; CONSTRUCT_CACHE_SIZE] = const {
        [const { std::cell::Cell::new(EMPTY_CONSTRUCT_CACHE) }; CONSTRUCT_CACHE_SIZE]
    };
}

/// The construct cache entry of `new f` with new target `nt`.
#[inline(always)]
fn cache_index(f: Value, nt: Value) -> usize {
    let x = (f.0 ^ nt.0.rotate_left(17)) >> 4;
    (x ^ (x >> 6) ^ (x >> 12)) as usize % CONSTRUCT_CACHE_SIZE
}

/// No entry: `f` and `nt` match no value (an object tag with an impossible payload).
const EMPTY_CONSTRUCT_CACHE: ConstructCache = ConstructCache {
    f: u64::MAX,
    nt: u64::MAX,
    nt_shape: std::ptr::null(),
    slot: 0,
    proto: 0,
    root: std::ptr::null(),
    count: 0,
    slots: DEFAULT_SLOTS,
};

/// Collector: empties the construct cache entries whose functions or
/// prototypes died (a new function at the same address must not hit them).
pub fn sweep_construct_cache() {
    CONSTRUCT_CACHE.with(|c| {
        for slot in c {
            let e = slot.get();
            if e.f != u64::MAX
                && ![e.f, e.nt, e.proto]
                    .into_iter()
                    .all(|v| crate::gc::is_marked(Value(v)))
            {
                slot.set(EMPTY_CONSTRUCT_CACHE);
            }
        }
    });
}

/// GetPrototypeFromConstructor: `nt.prototype` if an object, else `fallback`.
pub fn prototype_from(nt: Value, fallback: Value) -> JsResult<Value> {
    if !nt.is_object() {
        return Ok(fallback);
    }
    let p = internal_methods::get(nt, Key::Named(realm::get().keys.prototype), nt)?;
    if p.is_object() {
        internal_methods::mark_proto(p);
        Ok(p)
    } else {
        Ok(fallback)
    }
}

/// [[Construct]]: `new f(...args)` with `new_target`.
pub fn construct(f: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let this = construct_this(f, nt)?;
    let r = call_with(f, this, args, nt)?;
    Ok(if r.is_object() { r } else { this })
}

/// `kiln_make_closure(code, name, length, ncaptures, flags)`.
#[no_mangle]
pub extern "C" fn kiln_make_closure(
    code: i64,
    name: Value,
    length: i64,
    ncaptures: i64,
    flags: i64,
) -> Value {
    new_function(
        code as usize,
        name,
        length.max(0) as f64,
        ncaptures.max(0) as usize,
        flags as u16,
    )
}

/// `kiln_construct_this(f, new_target, text)`: `text` (a string, the
/// callee's source) names `f` in the "is not a constructor" TypeError.
#[no_mangle]
pub extern "C" fn kiln_construct_this(f: Value, nt: Value, text: Value) -> Value {
    if let Some(o) = construct_cached(f, nt) {
        return o;
    }
    construct_this_slow(f, nt, text)
}

#[inline(never)]
fn construct_this_slow(f: Value, nt: Value, text: Value) -> Value {
    if !is_constructor(f) && text.is_string() {
        let t = string::to_rust(text);
        return exception::throw_type_error(&format!("{t} is not a constructor")).into();
    }
    exception::ret(construct_this(f, nt))
}

/// A `new F(...)` site of compiled code: when `f` is the constructor and
/// its `prototype` is still `proto` (in the slot at byte offset `proto_off`
/// of its shape `nt_shape`), the new object is a plain object of shape
/// `root` with `slots` inline slots in a cell of `cell` bytes (size class
/// `class_off / 8`), which compiled code allocates and initializes inline
/// (`gc::space::AllocState`). When `f` (with its low bit set) is a derived
/// class constructor, the other words are zero and `this` is the hole.
/// Filled by `kiln_construct_site`; all zero until then. The words are roots (a data segment), so `f` and `proto`
/// cannot die and be replaced by others at the same addresses.
#[repr(C)]
pub struct ConstructSite {
    pub f: u64,
    pub nt_shape: u64,
    pub proto_off: u64,
    pub proto: u64,
    pub root: u64,
    pub slots: u64,
    pub cell: u64,
    pub class_off: u64,
}

const _: () = {
    assert!(std::mem::size_of::<ConstructSite>() == CONSTRUCT_SITE_SIZE as usize);
    assert!(std::mem::offset_of!(ConstructSite, nt_shape) == CSITE_NT_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, proto_off) == CSITE_PROTO_OFF_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, proto) == CSITE_PROTO_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, root) == CSITE_ROOT_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, slots) == CSITE_SLOTS_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, cell) == CSITE_CELL_OFFSET as usize);
    assert!(std::mem::offset_of!(ConstructSite, class_off) == CSITE_CLASS_OFF_OFFSET as usize);
};

#[no_mangle]
pub extern "C" fn kiln_construct_site(f: Value, text: Value, site: i64) -> Value {
    let r = kiln_construct_this(f, f, text);
    if r == Value::HOLE && has_flag(f, FN_DERIVED) && !has_flag(f, FN_NATIVE) {
        // A derived class constructor (a flag functions never lose): compiled
        // code takes the hole for `this` without calling (see `ConstructSite`).
        // SAFETY: the compiler passes the address of one of its sites.
        let s = unsafe { &mut *(site as usize as *mut ConstructSite) };
        s.f = f.0 | 1;
        return r;
    }
    let e = CONSTRUCT_CACHE.with(|c| c[cache_index(f, f)].get());
    // Only a settled entry (slack tracking done) for exactly this `new f`.
    if r.is_object() && e.f == f.0 && e.nt == f.0 && e.count >= SLACK_CONSTRUCTIONS {
        let size = object::OBJECT_SIZE + 8 * e.slots as usize;
        // SAFETY: the compiler passes the address of one of its sites.
        let s = unsafe { &mut *(site as usize as *mut ConstructSite) };
        *s = ConstructSite {
            f: e.f,
            nt_shape: e.nt_shape as u64,
            proto_off: 8 * e.slot as u64,
            proto: e.proto,
            root: e.root as u64,
            slots: e.slots as u64,
            cell: crate::gc::space::Space::rounded(size) as u64,
            class_off: 8 * crate::gc::space::Space::class_of(size) as u64,
        };
    }
    r
}

/// The arguments of a generic-convention call as one list: `a0..a2` (the
/// first `argc` of them) then the overflow `Args` block `rest`.
pub fn generic_args(argc: i64, a0: Value, a1: Value, a2: Value, rest: i64) -> GcVec<Value> {
    let n = argc.max(0) as usize;
    let mut args: GcVec<Value> = [a0, a1, a2].into_iter().take(n).collect();
    if n > crate::abi::REG_ARGS && rest != 0 {
        // SAFETY: the generic convention passes argc - REG_ARGS values in `rest`.
        let extra = unsafe {
            std::slice::from_raw_parts(
                (rest as usize as *const u8).add(heap::ARGS_VALUES_OFFSET as usize) as *const Value,
                n - crate::abi::REG_ARGS,
            )
        };
        args.extend_from_slice(extra);
    }
    args
}

/// `kiln_call_native(callee, argc, this, a0, a1, a2, rest, new_target)`: the
/// body of the native trampoline.
#[no_mangle]
pub extern "C" fn kiln_call_native(
    callee: Value,
    argc: i64,
    this: Value,
    a0: Value,
    a1: Value,
    a2: Value,
    rest: i64,
    nt: Value,
) -> Value {
    // Up to REG_ARGS arguments stay in an array on this frame (the
    // collector scans it); more are gathered into a heap vector.
    let n = argc.max(0) as usize;
    let small = [a0, a1, a2];
    let big;
    let args: &[Value] = if n <= crate::abi::REG_ARGS {
        &small[..n]
    } else {
        big = generic_args(argc, a0, a1, a2, rest);
        &big
    };
    let Some(native) = fun(callee).native else {
        return exception::throw_type_error("not a native function").into();
    };
    if nt.is_undefined() && has_flag(callee, FN_CLASS) {
        return class_call_error(callee).into();
    }
    let r = native(this, args, nt, callee);
    // The receiver, callee and arguments stay on this frame while the native
    // runs (so natives may keep only pointers into what they own).
    std::hint::black_box((&small, args, this, callee, nt));
    exception::ret(r)
}

/// `kiln_new_cell(init)`: allocates a cell holding `init`; returns its address.
#[no_mangle]
pub extern "C" fn kiln_new_cell(init: Value) -> i64 {
    let p = crate::gc::alloc(KIND_CELL, 0, std::mem::size_of::<Cell>()) as *mut Cell;
    // SAFETY: fresh allocation of a Cell.
    unsafe { (*p).value = init };
    p as i64
}

/// `kiln_new_args(n)`: allocates an `Args` block for `n` values (initialised to
/// `undefined`); returns its address.
#[no_mangle]
pub extern "C" fn kiln_new_args(n: i64) -> i64 {
    let n = n.max(0) as usize;
    let p = crate::gc::alloc(
        KIND_ARGS,
        n as u32,
        heap::ARGS_VALUES_OFFSET as usize + 8 * n,
    );
    // SAFETY: the block holds `n` values after the header.
    unsafe {
        let vals = (p as *mut u8).add(heap::ARGS_VALUES_OFFSET as usize) as *mut Value;
        for i in 0..n {
            vals.add(i).write(Value::UNDEFINED);
        }
    }
    p as i64
}
