//! `WeakRef` and `FinalizationRegistry` (ES2021), on the collector's weak
//! tables: a weak reference's target and a registry's targets and unregister
//! tokens are held in Rust-side boxes the conservative scan never sees, and
//! the collector clears them once marking (ephemerons included) found them
//! dead.
//!
//! - `deref()` adds its target to the *kept-alive* list (the spec's
//!   AddToKeptObjects), emptied when the task queues drain (ClearKeptObjects):
//!   a target read in one synchronous run cannot vanish before it ends.
//! - A registry whose targets died moves their held values to its pending
//!   list and joins the dirty list; the event loop's drain calls the cleanup
//!   callback once per held value (HostEnqueueFinalizationRegistryCleanupJob:
//!   as V8's posted task, after the microtasks, before the next macrotask).
//! - What can be held weakly (CanBeHeldWeakly): objects and symbols not in
//!   the `Symbol.for` registry — also the rule for WeakMap keys and WeakSet
//!   values (`collections` asks [`can_be_held_weakly`]).
//!
//! When a collection runs is the collector's business, as in Node: programs
//! observe only that a dead target eventually reads `undefined` and that
//! each held value reaches the cleanup callback at most once.

use crate::abi::heap::{KIND_FINALIZATION_REGISTRY, KIND_WEAK_REF};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key;
use crate::object::ordinary::{self as object, CONFIGURABLE, OBJECT_SIZE, WRITABLE};
use crate::object::shape::Shape;
use std::cell::{Cell, RefCell};

/// What a `WeakRef` holds (behind the word after its object part).
struct WeakBox {
    target: Value,
}

/// One `register(target, held, token)` of a registry (`token` is
/// undefined when none was given or it died).
struct Registration {
    target: Value,
    held: Value,
    token: Value,
}

/// What a `FinalizationRegistry` holds.
struct RegistryBox {
    cleanup: Value,
    cells: Vec<Registration>,
    /// Held values of dead targets, not yet passed to `cleanup`.
    pending: Vec<Value>,
}

thread_local! {
    static WEAK_REF_PROTO: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
    static REGISTRY_PROTO: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
    /// Targets `deref()` returned since the queues last drained.
    static KEPT: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Registries with pending held values.
    static DIRTY: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Whether `v` may be a weak reference's target, a registry's target or
/// token, a WeakMap key or a WeakSet value.
pub fn can_be_held_weakly(v: Value) -> bool {
    v.is_object() || (key::is_symbol(v) && !crate::builtins::symbol::is_registered(v))
}

fn box_slot<T>(o: Value) -> *mut *mut T {
    // SAFETY: both kinds have 8 extra bytes after the object part.
    unsafe { (o.payload() as *mut u8).add(OBJECT_SIZE) as *mut *mut T }
}

fn boxed<T>(o: Value, kind: u8) -> Option<&'static mut T> {
    if !object::is_kind(o, kind) {
        return None;
    }
    // SAFETY: set at construction to a leaked Box of this kind's type.
    unsafe { (*box_slot::<T>(o)).as_mut() }
}

fn alloc<T>(kind: u8, proto: Value, b: T) -> Value {
    internal_methods::mark_proto(proto);
    let o = object::alloc(kind, Shape::root(proto), 8, 0);
    // SAFETY: the extra word of the fresh object.
    unsafe { *box_slot(o) = Box::into_raw(Box::new(b)) };
    o
}

fn weak_ref_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(exception::throw_type_error(
            "Constructor WeakRef requires 'new'",
        ));
    }
    let target = arg(args, 0);
    if !can_be_held_weakly(target) {
        return Err(exception::throw_type_error("WeakRef: invalid target"));
    }
    let proto = function::prototype_from(nt, WEAK_REF_PROTO.with(Cell::get))?;
    let o = alloc(KIND_WEAK_REF, proto, WeakBox { target });
    keep(target);
    Ok(o)
}

fn deref(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let Some(b) = boxed::<WeakBox>(this, KIND_WEAK_REF) else {
        return Err(incompatible("WeakRef.prototype.deref", this));
    };
    let t = b.target;
    keep(t);
    Ok(t)
}

fn incompatible(method: &str, this: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Method {method} called on incompatible receiver {}",
        crate::exec::conv::display_string_short(this)
    ))
}

/// AddToKeptObjects.
fn keep(target: Value) {
    if !target.is_undefined() {
        KEPT.with(|k| k.borrow_mut().push(target));
    }
}

fn registry_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(exception::throw_type_error(
            "Constructor FinalizationRegistry requires 'new'",
        ));
    }
    let cleanup = arg(args, 0);
    if !function::is_function(cleanup) {
        return Err(exception::throw_type_error(
            "FinalizationRegistry: cleanup must be callable",
        ));
    }
    let proto = function::prototype_from(nt, REGISTRY_PROTO.with(Cell::get))?;
    Ok(alloc(
        KIND_FINALIZATION_REGISTRY,
        proto,
        RegistryBox {
            cleanup,
            cells: Vec::new(),
            pending: Vec::new(),
        },
    ))
}

fn this_registry(this: Value, method: &str) -> JsResult<&'static mut RegistryBox> {
    boxed::<RegistryBox>(this, KIND_FINALIZATION_REGISTRY)
        .ok_or_else(|| incompatible(&format!("FinalizationRegistry.prototype.{method}"), this))
}

fn invalid_token(token: Value) -> exception::Exc {
    exception::throw_type_error(&format!(
        "Invalid unregisterToken ('{}')",
        crate::exec::conv::display_string_short(token)
    ))
}

fn register(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let r = this_registry(this, "register")?;
    let (target, held, token) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !can_be_held_weakly(target) {
        return Err(exception::throw_type_error(
            "FinalizationRegistry.prototype.register: invalid target",
        ));
    }
    if target == held {
        return Err(exception::throw_type_error(
            "FinalizationRegistry.prototype.register: target and holdings must not be same",
        ));
    }
    if !token.is_undefined() && !can_be_held_weakly(token) {
        return Err(invalid_token(token));
    }
    r.cells.push(Registration {
        target,
        held,
        token,
    });
    Ok(Value::UNDEFINED)
}

fn unregister(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let r = this_registry(this, "unregister")?;
    let token = arg(args, 0);
    if !can_be_held_weakly(token) {
        return Err(invalid_token(token));
    }
    let before = r.cells.len();
    r.cells.retain(|c| c.token != token);
    Ok(Value::bool(r.cells.len() != before))
}

pub fn install(r: &Realm) {
    let proto = realm::new_object(r.object_prototype);
    let ctor = realm::constructor("WeakRef", 1, weak_ref_ctor, proto);
    realm::define(r.global, "WeakRef", ctor, WRITABLE | CONFIGURABLE);
    realm::method(proto, "deref", 0, deref);
    realm::define_tag_property(proto, "WeakRef");
    WEAK_REF_PROTO.with(|p| p.set(proto));

    let proto = realm::new_object(r.object_prototype);
    let ctor = realm::constructor("FinalizationRegistry", 1, registry_ctor, proto);
    realm::define(
        r.global,
        "FinalizationRegistry",
        ctor,
        WRITABLE | CONFIGURABLE,
    );
    realm::method(proto, "register", 2, register);
    realm::method(proto, "unregister", 1, unregister);
    realm::define_tag_property(proto, "FinalizationRegistry");
    REGISTRY_PROTO.with(|p| p.set(proto));
}

// ---- the event loop's view ----

/// ClearKeptObjects: the task queues drained.
pub fn clear_kept() {
    KEPT.with(|k| k.borrow_mut().clear());
}

/// The next cleanup call due: a registry's callback and one held value
/// (removed from the registry's pending list).
pub fn pop_cleanup() -> Option<(Value, Value)> {
    DIRTY.with(|d| {
        let mut d = d.borrow_mut();
        while let Some(&reg) = d.last() {
            if let Some(r) = boxed::<RegistryBox>(reg, KIND_FINALIZATION_REGISTRY) {
                if let Some(held) = r.pending.pop() {
                    return Some((r.cleanup, held));
                }
            }
            d.pop();
        }
        None
    })
}

// ---- the collector's view ----

/// Collector: the prototypes, the kept-alive targets and the dirty registries.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    m.value(WEAK_REF_PROTO.with(Cell::get));
    m.value(REGISTRY_PROTO.with(Cell::get));
    KEPT.with(|k| k.borrow().iter().for_each(|v| m.value(*v)));
    DIRTY.with(|d| d.borrow().iter().for_each(|v| m.value(*v)));
}

/// Collector: a registry holds its callback and held values strongly; both
/// kinds join the weak tables, cleared once marking ends.
pub fn trace(m: &mut crate::gc::mark::Marker, o: Value, kind: u8) {
    if kind == KIND_FINALIZATION_REGISTRY {
        if let Some(r) = boxed::<RegistryBox>(o, kind) {
            m.value(r.cleanup);
            r.cells.iter().for_each(|c| m.value(c.held));
            r.pending.iter().for_each(|v| m.value(*v));
        }
    }
    m.weak_tables.push(o);
}

/// Collector: forgets the targets (and tokens) marking found dead; a
/// registry's dead targets make their held values pending.
pub fn clear_dead(o: Value, kind: u8) {
    let live = |v: Value| v.is_undefined() || crate::gc::is_marked(v);
    if kind == KIND_WEAK_REF {
        if let Some(b) = boxed::<WeakBox>(o, kind) {
            if !live(b.target) {
                b.target = Value::UNDEFINED;
            }
        }
        return;
    }
    let Some(r) = boxed::<RegistryBox>(o, kind) else {
        return;
    };
    let had = r.pending.len();
    let mut i = 0;
    while i < r.cells.len() {
        if live(r.cells[i].target) {
            if !live(r.cells[i].token) {
                r.cells[i].token = Value::UNDEFINED;
            }
            i += 1;
        } else {
            let c = r.cells.swap_remove(i);
            r.pending.push(c.held);
        }
    }
    if had == 0 && !r.pending.is_empty() {
        DIRTY.with(|d| d.borrow_mut().push(o));
    }
}

/// Collector: frees a dead weak reference's or registry's box.
pub fn finalize(o: Value, kind: u8) {
    if kind == KIND_WEAK_REF {
        drop_box::<WeakBox>(o);
    } else {
        drop_box::<RegistryBox>(o);
    }
}

fn drop_box<T>(o: Value) {
    let slot = box_slot::<T>(o);
    // SAFETY: the slot holds a leaked Box<T> of this kind (or null).
    unsafe {
        if !(*slot).is_null() {
            drop(Box::from_raw(*slot));
            *slot = std::ptr::null_mut();
        }
    }
}
