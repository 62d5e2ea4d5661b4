//! Property access from compiled code: the inline-cache records and the entry
//! points behind them (`o.x`, `o[k]`, assignments, `in`, `delete`,
//! `instanceof`, object and array literals).
//!
//! Each `o.name` site owns an [`IcSite`] in the program's writable data: up
//! to [`IC_WAYS`] entries `(shape, holder, slot offset, epoch)`. Compiled code
//! checks entry 0 inline (a shape compare, then one load through the slots
//! pointer); a miss calls `kiln_get_named`/`kiln_set_named`, which check the
//! other entries, then do the full lookup and record it (the newest entry
//! moves to the front). A site that has seen more shapes than it holds goes
//! *megamorphic* and stops recording. See docs/ARCHITECTURE.md.
//!
//! Entry kinds: `holder == 0` an own data property of the receiver; `holder`
//! an object on the prototype chain whose slot holds the value (valid while
//! the prototype epoch equals `epoch`); a store entry with `holder != 0` is an
//! *add* transition to shape `holder`. `shape` is the receiver's shape with
//! bit 1 set when `holder != 0` ([`IC_NOT_OWN`]), so compiled code takes an
//! own hit with one compare and no look at `holder`, and bit 0 set for
//! accessors, so no inline check (which compares with aligned shape
//! pointers) takes them; the runtime path calls the accessor.

use crate::abi::value::Value;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::gc::vec::GcVec;
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj, Object, ACCESSOR, KIND_ARRAY, WRITABLE};
use crate::object::shape::Shape;
use crate::text::string;

pub use crate::abi::layout::{
    IC_ENTRY_SIZE, IC_EPOCH_OFFSET, IC_HOLDER_OFFSET, IC_NOT_OWN, IC_SHAPE_OFFSET, IC_SITE_SIZE,
    IC_SLOT_OFFSET, IC_WAYS, IC_WAYS_SIZE,
};

/// One inline-cache entry (32 bytes; offsets are part of the ABI).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct IcEntry {
    pub shape: u64,
    pub holder: u64,
    /// Byte offset of the slot in the holder's slots.
    pub slot_off: u64,
    pub epoch: u64,
}

/// One property-access site.
#[repr(C)]
#[derive(Debug, Default)]
pub struct IcSite {
    pub ways: [IcEntry; IC_WAYS],
    /// The interned key (0 until first use).
    pub key: u64,
    /// Misses that found the site full; past a threshold it stops recording.
    pub misses: u64,
}

/// Bit of [`IcEntry::shape`] marking accessor entries (runtime path only).
const IC_ACCESSOR: u64 = 1;
const MEGAMORPHIC: u64 = 64;

const _: () = {
    assert!(std::mem::size_of::<IcEntry>() == IC_ENTRY_SIZE as usize);
    assert!(std::mem::offset_of!(IcEntry, holder) == IC_HOLDER_OFFSET as usize);
    assert!(std::mem::offset_of!(IcEntry, slot_off) == IC_SLOT_OFFSET as usize);
    assert!(std::mem::offset_of!(IcEntry, epoch) == IC_EPOCH_OFFSET as usize);
    assert!(std::mem::size_of::<IcSite>() == IC_SITE_SIZE as usize);
};

/// The site's interned key (interning `key` on first use).
fn site_key(site: &mut IcSite, key: Value) -> Value {
    if site.key == 0 {
        site.key = key::intern(key).0;
    }
    Value(site.key)
}

fn record(site: &mut IcSite, e: IcEntry) {
    if site.misses >= MEGAMORPHIC {
        return;
    }
    if site.ways.iter().all(|w| w.shape != 0) {
        site.misses += 1;
    }
    site.ways.copy_within(0..IC_WAYS - 1, 1);
    site.ways[0] = e;
}

fn shape_bits(o: &Object) -> u64 {
    o.shape as u64
}

fn cacheable(holder: Value, k: Value) -> bool {
    let ho = obj(holder);
    !(ho.shape().dict || crate::exec::error::is_error(holder) && k == realm::get().keys.stack)
}

/// `o.name` through the inline cache `site`.
pub fn get_named(v: Value, name: Value, site: &mut IcSite) -> JsResult<Value> {
    if v.is_nullish() {
        return Err(nullish_read(v, Key::Named(name)));
    }
    let k = site_key(site, name);
    let sb = receiver_bits(v);
    let ep = internal_methods::epoch();
    if let Some(r) = cached_read(site, v, sb, ep) {
        return r;
    }
    if !v.is_object() {
        // A primitive's own properties (a string's `length`) are not cached;
        // hits on its prototype chain are, under its stand-in shape.
        let r = internal_methods::get_value(v, Key::Named(k));
        if sb != 0 && !(v.is_string() && k == realm::get().keys.length) {
            if let Some((holder, _, attrs)) =
                internal_methods::lookup(internal_methods::proto_for_primitive(v), Key::Named(k))
            {
                record_hit(site, sb, v, holder, k, attrs, ep);
            }
        }
        return r;
    }
    let o = obj(v);
    if o.kind() == KIND_ARRAY && k == realm::get().keys.length {
        return Ok(Value::number(o.length() as f64));
    }
    // A proxy (the receiver or on its chain) runs its `get` trap; nothing
    // found through a proxy is ever recorded.
    let (holder, val, attrs) = match internal_methods::lookup_or_proxy(v, Key::Named(k)) {
        Ok(Some(found)) => found,
        Ok(None) => return Ok(Value::UNDEFINED),
        Err(p) => return crate::object::proxy::get(p, Key::Named(k), v),
    };
    if !o.shape().dict {
        record_hit(site, sb, v, holder, k, attrs, ep);
    }
    internal_methods::read_found(val, attrs, v)
}

/// The read a recorded entry of `site` gives for receiver `v` (whose shape
/// bits are `sb`), if one applies.
fn cached_read(site: &IcSite, v: Value, sb: u64, ep: u64) -> Option<JsResult<Value>> {
    let w = site.ways.iter().find(|w| {
        w.shape & !(IC_ACCESSOR | IC_NOT_OWN) == sb
            && w.shape != 0
            && (w.holder == 0 || w.epoch == ep)
    })?;
    // Own entries are only recorded for objects.
    let base = if w.holder == 0 { v.payload() } else { w.holder };
    // SAFETY: the entry was recorded for this shape (and, for a holder,
    // its shape is unchanged since: the epoch), so the slot exists.
    let val = unsafe {
        let b = &*(base as *const Object);
        *((b.slots as *const u8).add(w.slot_off as usize) as *const Value)
    };
    Some(if w.shape & IC_ACCESSOR != 0 {
        internal_methods::read_found(val, ACCESSOR, v)
    } else {
        Ok(val)
    })
}

/// Records in `site` that `k` on a receiver `v` with shape bits `sb` was
/// found on `holder` (`v` itself or an object on its prototype chain).
fn record_hit(site: &mut IcSite, sb: u64, v: Value, holder: Value, k: Value, attrs: u8, ep: u64) {
    if !cacheable(holder, k) {
        return;
    }
    let Some(p) = obj(holder).shape().find(k) else {
        return;
    };
    let accessor = if attrs & ACCESSOR != 0 {
        IC_ACCESSOR
    } else {
        0
    };
    let (not_own, holder) = if holder == v {
        (0, 0)
    } else {
        (IC_NOT_OWN, holder.payload())
    };
    record(
        site,
        IcEntry {
            shape: sb | accessor | not_own,
            holder,
            slot_off: 8 * p.slot as u64,
            epoch: ep,
        },
    );
}

/// Stand-ins for a shape in the entries of primitive receivers: four static
/// bytes per primitive type (addresses with the low two bits, the entry
/// flags, clear; never a real shape's).
#[repr(align(4))]
struct PrimitiveShapes([u8; 12]);
static PRIMITIVE_SHAPES: PrimitiveShapes = PrimitiveShapes([0; 12]);

/// The shape bits entries for receiver `v` are recorded under: an object's
/// shape, or the stand-in of a string, number or boolean (0: not cached).
fn receiver_bits(v: Value) -> u64 {
    let base = PRIMITIVE_SHAPES.0.as_ptr() as u64;
    if v.is_object() {
        shape_bits(obj(v))
    } else if v.is_string() {
        base
    } else if v.is_number() {
        base + 4
    } else if v.is_bool() {
        base + 8
    } else {
        0
    }
}

/// `o.name = val` through the inline cache `site`.
pub fn set_named(
    v: Value,
    name: Value,
    val: Value,
    site: &mut IcSite,
    strict: bool,
) -> JsResult<()> {
    if !v.is_object() {
        return set_primitive(v, key::from_string(name), strict);
    }
    let k = site_key(site, name);
    let o = obj(v);
    let sb = shape_bits(o);
    let ep = internal_methods::epoch();
    for w in &site.ways {
        if w.shape & !IC_NOT_OWN == sb && sb != 0 {
            if w.holder == 0 {
                // SAFETY: recorded for this shape: a writable own data slot.
                unsafe { *((o.slots as *mut u8).add(w.slot_off as usize) as *mut Value) = val };
                return Ok(());
            }
            if w.epoch == ep && o.extensible() {
                let slot = (w.slot_off / 8) as u32;
                o.reserve_slot(slot);
                o.set_slot(slot, val);
                // SAFETY: `holder` of an add entry is the shape after the transition.
                internal_methods::set_shape(o, unsafe { &*(w.holder as *const Shape) });
                return Ok(());
            }
        }
    }
    let before = o.shape;
    let own = o.shape().find(k);
    internal_methods::set(v, Key::Named(k), val, v, strict)?;
    let o = obj(v);
    // SAFETY: shapes are immortal.
    let before_shape = unsafe { &*before };
    if before_shape.dict || o.shape().dict {
        return Ok(());
    }
    match own {
        Some(p) if p.attrs & ACCESSOR == 0 && p.attrs & WRITABLE != 0 && o.shape == before => {
            record(
                site,
                IcEntry {
                    shape: sb,
                    holder: 0,
                    slot_off: 8 * p.slot as u64,
                    epoch: ep,
                },
            );
        }
        None if o.shape != before => {
            if let Some(p) = o.shape().find(k) {
                if p.attrs == object::DEFAULT_ATTRS && o.kind() != KIND_ARRAY {
                    record(
                        site,
                        IcEntry {
                            shape: sb | IC_NOT_OWN,
                            holder: o.shape as u64,
                            slot_off: 8 * p.slot as u64,
                            epoch: internal_methods::epoch(),
                        },
                    );
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn set_primitive(v: Value, k: Key, strict: bool) -> JsResult<()> {
    if v.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "Cannot set properties of {} (setting '{}')",
            if v.is_null() { "null" } else { "undefined" },
            k.display()
        )));
    }
    // Setters on the primitive's prototype chain run; everything else is
    // dropped (TypeError in strict code).
    let p = internal_methods::proto_for_primitive(v);
    if let Some((_, pv, a)) = p
        .is_object()
        .then(|| internal_methods::lookup(p, k))
        .flatten()
    {
        if a & ACCESSOR != 0 && !object::accessor(pv).set.is_undefined() {
            return function::call(object::accessor(pv).set, v, &[]).map(|_| ());
        }
    }
    let own_string_prop = v.is_string()
        && match k {
            Key::Index(i) => (i as usize) < string::len(v),
            Key::Named(n) => n == internal_methods::length_key(),
        };
    if strict && own_string_prop {
        return Err(exception::throw_type_error(&format!(
            "Cannot assign to read only property '{}' of string '{}'",
            k.display(),
            string::to_rust(v)
        )));
    }
    if strict {
        return Err(exception::throw_type_error(&format!(
            "Cannot create property '{}' on {} '{}'",
            k.display(),
            conv::type_of(v),
            conv::display_string(v)
        )));
    }
    Ok(())
}

fn nullish_read(v: Value, k: Key) -> exception::Exc {
    let what = if v.is_null() { "null" } else { "undefined" };
    exception::throw_type_error(&format!(
        "Cannot read properties of {what} (reading '{}')",
        k.display()
    ))
}

/// `v[key]`. A null or undefined `v` throws before the key is converted
/// (an object key's `toString` does not run; V8 then names no key).
pub fn get_elem(v: Value, key: Value) -> JsResult<Value> {
    if v.is_nullish() {
        if key.is_object() {
            let what = if v.is_null() { "null" } else { "undefined" };
            return Err(exception::throw_type_error(&format!(
                "Cannot read properties of {what}"
            )));
        }
        let k = key::to_key(key)?;
        return Err(nullish_read(v, k));
    }
    let k = key::to_key(key)?;
    internal_methods::get_value(v, k)
}

/// `v[key] = val`.
pub fn set_elem(v: Value, key: Value, val: Value, strict: bool) -> JsResult<()> {
    if v.is_nullish() {
        if key.is_object() {
            // Thrown before the key is converted, naming it as V8 does.
            // (V8 names a plain object `#<Object>` and an array not at all.)
            let what = if v.is_null() { "null" } else { "undefined" };
            let msg = if object::is_array(key) {
                format!("Cannot set properties of {what}")
            } else {
                format!(
                    "Cannot set properties of {what} (setting '{}')",
                    internal_methods::describe(key)
                )
            };
            return Err(exception::throw_type_error(&msg));
        }
        let k = key::to_key(key)?;
        return set_primitive(v, k, strict);
    }
    let k = key::to_key(key)?;
    if !v.is_object() {
        return set_primitive(v, k, strict);
    }
    if let Key::Index(i) = k {
        if object::store_dense_element(v, i, val) {
            return Ok(());
        }
    }
    internal_methods::set(v, k, val, v, strict).map(|_| ())
}

/// `kiln_get_named(v, name, site)`.
#[no_mangle]
pub extern "C" fn kiln_get_named(v: Value, name: Value, site: i64) -> Value {
    // SAFETY: compiled code passes its own IC site.
    let site = unsafe { &mut *(site as usize as *mut IcSite) };
    exception::ret(get_named(v, name, site))
}

/// `kiln_set_named(v, name, val, site, strict)`: returns `val` (or EXCEPTION).
#[no_mangle]
pub extern "C" fn kiln_set_named(
    v: Value,
    name: Value,
    val: Value,
    site: i64,
    strict: i64,
) -> Value {
    // SAFETY: compiled code passes its own IC site.
    let site = unsafe { &mut *(site as usize as *mut IcSite) };
    exception::ret(set_named(v, name, val, site, strict != 0).map(|_| val))
}

/// `kiln_get_elem(v, key)`.
#[no_mangle]
pub extern "C" fn kiln_get_elem(v: Value, key: Value) -> Value {
    exception::ret(get_elem(v, key))
}

/// `kiln_set_elem(v, key, val, strict)`: returns `val` (or EXCEPTION).
#[no_mangle]
pub extern "C" fn kiln_set_elem(v: Value, key: Value, val: Value, strict: i64) -> Value {
    exception::ret(set_elem(v, key, val, strict != 0).map(|_| val))
}

/// `kiln_delete(v, key, strict)`: `delete v[key]` as a boolean value.
#[no_mangle]
pub extern "C" fn kiln_delete(v: Value, key: Value, strict: i64) -> Value {
    exception::ret((|| {
        // ToObject of the base comes before the key's conversion.
        if v.is_nullish() {
            return Err(exception::throw_type_error(
                "Cannot convert undefined or null to object",
            ));
        }
        let k = key::to_key(key)?;
        if v.is_string() {
            let fixed = match k {
                Key::Index(i) => (i as usize) < string::len(v),
                Key::Named(n) => n == internal_methods::length_key(),
            };
            if fixed {
                if strict != 0 {
                    return Err(exception::throw_type_error(&format!(
                        "Cannot delete property '{}' of [object String]",
                        k.display()
                    )));
                }
                return Ok(Value::FALSE);
            }
        }
        if !v.is_object() {
            return Ok(Value::TRUE);
        }
        internal_methods::delete(v, k, strict != 0).map(Value::bool)
    })())
}

/// `kiln_in(key, o)`: `key in o`.
#[no_mangle]
pub extern "C" fn kiln_in(key: Value, o: Value) -> Value {
    exception::ret((|| {
        if !o.is_object() {
            let k = conv::display_string(key);
            return Err(exception::throw_type_error(&format!(
                "Cannot use 'in' operator to search for '{k}' in {}",
                conv::display_string(o)
            )));
        }
        let k = key::to_key(key)?;
        Ok(Value::bool(internal_methods::has_property(o, k)?))
    })())
}

/// InstanceofOperator: `f[Symbol.hasInstance]` if `f` has one, else
/// OrdinaryHasInstance.
pub fn instance_of(v: Value, f: Value) -> JsResult<bool> {
    if !f.is_object() {
        return Err(exception::throw_type_error(
            "Right-hand side of 'instanceof' is not an object",
        ));
    }
    if let Some(p) = instance_of_cached(f) {
        return proto_chain_has(v, p);
    }
    let sym = realm::well_known("hasInstance");
    if sym.tag() == crate::abi::value::TAG_SYMBOL {
        let h = internal_methods::get(f, Key::Named(sym), f)?;
        if h == ORDINARY_HAS_INSTANCE.with(|o| o.get()) {
            // `Function.prototype[Symbol.hasInstance]`, as it would run.
            let r = instance_of_ordinary(v, f);
            if r.is_ok() {
                remember_instance_of(f, sym);
            }
            return r;
        }
        if !h.is_nullish() {
            if !function::is_function(h) {
                return Err(exception::throw_type_error(&format!(
                    "{} is not a function",
                    conv::type_and_value(h)
                )));
            }
            let r = function::call(h, f, &[v])?;
            return Ok(conv::to_boolean(r));
        }
    }
    instance_of_ordinary(v, f)
}

thread_local! {
    /// `Function.prototype[Symbol.hasInstance]` (`builtins::function`).
    static ORDINARY_HAS_INSTANCE: std::cell::Cell<Value> =
        const { std::cell::Cell::new(Value::UNDEFINED) };
}

/// Records `Function.prototype[Symbol.hasInstance]`, which `instanceof`
/// runs natively while a constructor inherits it.
pub fn set_ordinary_has_instance(f: Value) {
    ORDINARY_HAS_INSTANCE.with(|o| o.set(f));
}

/// The value recorded by [`set_ordinary_has_instance`] (a GC root).
pub fn ordinary_has_instance() -> Value {
    ORDINARY_HAS_INSTANCE.with(|o| o.get())
}

/// OrdinaryHasInstance (with the callable check of InstanceofOperator).
pub fn instance_of_ordinary(v: Value, f: Value) -> JsResult<bool> {
    if !function::is_function(f) {
        return Err(exception::throw_type_error(
            "Right-hand side of 'instanceof' is not callable",
        ));
    }
    if function::has_flag(f, function::FN_BOUND) {
        return instance_of(v, function::bound(f).target);
    }
    if !v.is_object() {
        return Ok(false);
    }
    let p = internal_methods::get(f, Key::Named(realm::get().keys.prototype), f)?;
    if !p.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Function has non-object prototype '{}' in instanceof check",
            conv::display_string(p)
        )));
    }
    proto_chain_has(v, p)
}

/// Whether `p` is on the prototype chain of `v` (false for a primitive).
fn proto_chain_has(v: Value, p: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let mut o = internal_methods::get_prototype_of(v)?;
    while o.is_object() {
        if o == p {
            return Ok(true);
        }
        o = internal_methods::get_prototype_of(o)?;
    }
    Ok(false)
}

/// A constructor `instanceof` has met: while `f` keeps the shape `shape`
/// (not a dictionary) and the prototype epoch is `epoch`, `f` inherits
/// `Function.prototype[Symbol.hasInstance]` (immutable: non-writable and
/// non-configurable, found through objects marked as prototypes, whose
/// shape changes bump the epoch), and its own data property `prototype` is
/// in slot `slot` (read each time: a function's is writable).
#[derive(Clone, Copy)]
struct InstanceOfEntry {
    f: u64,
    shape: *const Shape,
    epoch: u64,
    slot: u32,
}

const NO_INSTANCE_OF: InstanceOfEntry = InstanceOfEntry {
    f: u64::MAX,
    shape: std::ptr::null(),
    epoch: 0,
    slot: 0,
};

/// Entries of the `instanceof` cache (direct-mapped by constructor).
const INSTANCE_OF_ENTRIES: usize = 16;

thread_local! {
    static INSTANCE_OF_CACHE: [std::cell::Cell<InstanceOfEntry>; INSTANCE_OF_ENTRIES] =
        const { [const { std::cell::Cell::new(NO_INSTANCE_OF) }; INSTANCE_OF_ENTRIES] };
}

fn instance_of_index(f: Value) -> usize {
    (f.0 as usize >> 4) % INSTANCE_OF_ENTRIES
}

/// `f.prototype` (an object) when `v instanceof f` is OrdinaryHasInstance
/// with it, by the cache; `None` on a miss.
fn instance_of_cached(f: Value) -> Option<Value> {
    let e = INSTANCE_OF_CACHE.with(|c| c[instance_of_index(f)].get());
    if e.f != f.0 || e.epoch != internal_methods::epoch() || !std::ptr::eq(obj(f).shape, e.shape) {
        return None;
    }
    let p = obj(f).slot(e.slot);
    p.is_object().then_some(p)
}

/// After `v instanceof f` ran OrdinaryHasInstance: remembers `f` when the
/// cache's conditions hold (see [`InstanceOfEntry`]).
fn remember_instance_of(f: Value, has_instance: Value) {
    if !function::is_function(f) || function::has_flag(f, function::FN_BOUND) {
        return;
    }
    let shape = obj(f).shape();
    if shape.dict || shape.find(has_instance).is_some() {
        return;
    }
    let Some(pp) = shape.find(realm::get().keys.prototype) else {
        return;
    };
    if pp.is_accessor() {
        return;
    }
    let mut o = shape.proto;
    loop {
        if !o.is_object() {
            return;
        }
        let ob = obj(o);
        if ob.kind() == crate::abi::heap::KIND_PROXY
            || !ob.has_flag(crate::object::ordinary::FLAG_IS_PROTO)
        {
            return;
        }
        if let Some(h) = ob.shape().find(has_instance) {
            let immutable = h.attrs & (ACCESSOR | WRITABLE | object::CONFIGURABLE) == 0;
            if !immutable || ob.slot(h.slot) != ORDINARY_HAS_INSTANCE.with(|c| c.get()) {
                return;
            }
            break;
        }
        o = ob.shape().proto;
    }
    let e = InstanceOfEntry {
        f: f.0,
        shape,
        epoch: internal_methods::epoch(),
        slot: pp.slot,
    };
    INSTANCE_OF_CACHE.with(|c| c[instance_of_index(f)].set(e));
}

/// Collector: forgets the `instanceof` cache (its functions may die and
/// their addresses be reused).
pub fn forget_instance_of() {
    INSTANCE_OF_CACHE.with(|c| c.iter().for_each(|e| e.set(NO_INSTANCE_OF)));
}

/// `kiln_instanceof(v, f)`.
#[no_mangle]
pub extern "C" fn kiln_instanceof(v: Value, f: Value) -> Value {
    exception::ret(instance_of(v, f).map(Value::bool))
}

/// An object-literal site: the shape of its objects (0 until first use) and
/// its number of keys.
#[repr(C)]
pub struct LiteralSite {
    pub shape: u64,
    pub n: u64,
}

const _: () = {
    use crate::abi::layout::{LITERAL_SITE_N_OFFSET, LITERAL_SITE_SHAPE_OFFSET, LITERAL_SITE_SIZE};
    assert!(std::mem::size_of::<LiteralSite>() == LITERAL_SITE_SIZE as usize);
    assert!(std::mem::offset_of!(LiteralSite, shape) == LITERAL_SITE_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(LiteralSite, n) == LITERAL_SITE_N_OFFSET as usize);
};

/// `kiln_object_literal(site, argv)`: a plain object with the site's `n` keys
/// (distinct, non-index strings at `argv[0..n]`) set to the values at
/// `argv[n..2n]`.
#[no_mangle]
pub extern "C" fn kiln_object_literal(site: i64, argv: i64) -> Value {
    // SAFETY: compiled code passes its literal site and `n` values.
    let (site, keys, vals) = unsafe {
        let s = site as usize as *mut LiteralSite;
        let n = (*s).n as usize;
        let all = property_args(2 * n as i64, argv);
        (&mut *s, &all[..n], &all[n..])
    };
    let r = realm::get();
    if site.shape == 0 {
        let mut s = Shape::root(r.object_prototype);
        for k in keys {
            let ik = key::intern(*k);
            s = s.add(ik, object::DEFAULT_ATTRS);
        }
        site.shape = s as *const Shape as u64;
    }
    // SAFETY: recorded above; shapes are immortal.
    let shape = unsafe { &*(site.shape as *const Shape) };
    if shape.dict {
        let o = realm::new_plain_object();
        for (k, v) in keys.iter().zip(vals) {
            let _ = internal_methods::create_data_property(o, key::from_string(*k), *v);
        }
        return o;
    }
    let n = keys.len() as u32;
    let o = object::alloc(object::KIND_OBJECT, shape, 0, n.max(4));
    let ob = obj(o);
    for (i, v) in vals.iter().enumerate() {
        ob.set_slot(i as u32, *v);
    }
    o
}

/// # Safety
/// `argv` must point at `argc` values.
unsafe fn property_args<'a>(argc: i64, argv: i64) -> &'a [Value] {
    // SAFETY: guaranteed by the caller.
    unsafe { crate::abi::args(argc, argv) }
}

/// `kiln_new_object()`: `{}`.
#[no_mangle]
pub extern "C" fn kiln_new_object() -> Value {
    realm::new_plain_object()
}

/// `kiln_new_array(n, argv)`: an array of `n` values (HOLE = a hole).
#[no_mangle]
pub extern "C" fn kiln_new_array(n: i64, argv: i64) -> Value {
    // SAFETY: compiled code passes `n` values.
    let vals = unsafe { property_args(n, argv) };
    realm::new_array(vals)
}

/// `kiln_define_field(o, key, v)`: CreateDataPropertyOrThrow (literal and
/// class fields with computed keys, array spread).
#[no_mangle]
pub extern "C" fn kiln_define_field(o: Value, key: Value, v: Value) -> Value {
    exception::ret((|| {
        let k = key::to_key(key)?;
        if !internal_methods::create_data_property(o, k, v)? {
            return Err(exception::throw_type_error(&format!(
                "Cannot redefine property: {}",
                k.display()
            )));
        }
        Ok(o)
    })())
}

/// SetFunctionName for methods and accessors with computed keys.
fn name_method(f: Value, k: Key, prefix: &str) {
    if !function::is_function(f) {
        return;
    }
    let nk = Key::Named(realm::get().keys.name);
    let cur = internal_methods::get_own(f, nk)
        .map(|(v, _)| v)
        .unwrap_or(Value::UNDEFINED);
    if cur.is_string() && string::len(cur) > 0 {
        return;
    }
    let base = match k {
        Key::Named(v) if key::is_symbol(v) => {
            let d = key::symbol(v).description;
            if key::is_private(v) {
                string::to_rust(d)
            } else if d.is_string() {
                format!("[{}]", string::to_rust(d))
            } else {
                String::new()
            }
        }
        _ => k.display(),
    };
    let name = if prefix.is_empty() {
        base
    } else {
        format!("{prefix} {base}")
    };
    let _ = internal_methods::define_own(
        f,
        nk,
        internal_methods::Desc::data(string::from_str(&name), object::CONFIGURABLE),
        false,
    );
}

/// `kiln_define_method(o, key, f, kind, enumerable)`: defines a method
/// (kind 0), getter (1) or setter (2) on `o` (an object literal or a class
/// prototype/constructor) and makes `o` the function's home object.
#[no_mangle]
pub extern "C" fn kiln_define_method(
    o: Value,
    key: Value,
    f: Value,
    kind: i64,
    enumerable: i64,
) -> Value {
    exception::ret((|| {
        let k = key::to_key(key)?;
        if function::is_function(f) {
            function::fun(f).home = o;
        }
        let en = Some(enumerable != 0);
        let d = match kind {
            0 => {
                name_method(f, k, "");
                internal_methods::Desc {
                    value: Some(f),
                    writable: Some(true),
                    enumerable: en,
                    configurable: Some(true),
                    ..Default::default()
                }
            }
            1 => {
                name_method(f, k, "get");
                internal_methods::Desc {
                    get: Some(f),
                    enumerable: en,
                    configurable: Some(true),
                    ..Default::default()
                }
            }
            _ => {
                name_method(f, k, "set");
                internal_methods::Desc {
                    set: Some(f),
                    enumerable: en,
                    configurable: Some(true),
                    ..Default::default()
                }
            }
        };
        internal_methods::define_own(o, k, d, true)?;
        Ok(o)
    })())
}

/// `kiln_copy_props(target, source)`: CopyDataProperties (`{...source}`).
#[no_mangle]
pub extern "C" fn kiln_copy_props(target: Value, source: Value) -> Value {
    exception::ret((|| {
        if source.is_nullish() {
            return Ok(target);
        }
        if source.is_string() {
            for (i, u) in string::units(source).iter().enumerate() {
                internal_methods::create_data_property(
                    target,
                    Key::Index(i as u32),
                    string::from_unit(*u),
                )?;
            }
            return Ok(target);
        }
        if !source.is_object() {
            return Ok(target);
        }
        for &k in internal_methods::own_property_keys(source)?.iter() {
            if let Some(v) = internal_methods::enumerable_own_value(source, k)? {
                internal_methods::create_data_property(target, k, v)?;
            }
        }
        Ok(target)
    })())
}

/// `kiln_set_proto_literal(o, proto)`: `__proto__: proto` in a literal.
#[no_mangle]
pub extern "C" fn kiln_set_proto_literal(o: Value, proto: Value) -> Value {
    if proto.is_object() || proto.is_null() {
        internal_methods::set_proto(o, proto);
    }
    o
}

/// `kiln_for_in_keys(v)`: the keys a `for-in` over `v` visits (an array of
/// strings): own then inherited enumerable string keys, shadowed ones once
/// (through a proxy's `ownKeys`, `getOwnPropertyDescriptor` and
/// `getPrototypeOf` traps, which may throw).
#[no_mangle]
pub extern "C" fn kiln_for_in_keys(v: Value) -> Value {
    exception::ret(for_in_keys(v))
}

fn for_in_keys(v: Value) -> JsResult<Value> {
    let mut out: GcVec<Value> = GcVec::new();
    if v.is_string() {
        for i in 0..string::len(v) {
            out.push(string::from_str(&i.to_string()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut o = if v.is_object() { v } else { Value::NULL };
    while o.is_object() {
        for &k in internal_methods::own_property_keys(o)?.iter() {
            if matches!(k, Key::Named(s) if key::is_symbol(s)) {
                continue;
            }
            let kv = match k {
                Key::Index(i) => i.to_string(),
                Key::Named(s) => string::to_rust(s),
            };
            if !seen.insert(kv) {
                continue;
            }
            if internal_methods::is_enumerable_own(o, k)? {
                out.push(k.to_value());
            }
        }
        o = internal_methods::get_prototype_of(o)?;
    }
    Ok(realm::new_array(&out))
}

/// `kiln_sloppy_this(this)`: the `this` of sloppy-mode functions (undefined
/// and null become the global object).
#[no_mangle]
pub extern "C" fn kiln_sloppy_this(this: Value) -> Value {
    if this.is_nullish() {
        realm::get().global
    } else if this.is_object() {
        this
    } else {
        object::new_wrapper(this, internal_methods::proto_for_primitive(this))
    }
}
