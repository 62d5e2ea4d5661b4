//! `Map` and `Set`: insertion-ordered hash tables keyed by SameValueZero,
//! and their (live) iterators.
//!
//! A Map or Set object keeps its [`Table`] header (`table.rs`) in the 32
//! bytes after its object part, its entries in a collector cell. Entries are
//! kept in insertion order with tombstones for deleted ones, so an iterator
//! is an index into that list and sees entries added while it runs, as the
//! spec requires.

mod table;

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::internal_methods;
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, obj, CONFIGURABLE, WRITABLE};
use crate::object::shape::Shape;
use crate::text::string;
pub use table::Table;

pub use crate::abi::heap::{
    KIND_COLLECTION_ITER, KIND_MAP, KIND_SET, KIND_WEAK_MAP, KIND_WEAK_SET,
};

/// The table of a Map, Set, WeakMap or WeakSet object.
pub fn table(o: Value) -> Option<&'static mut Table> {
    let kind = if o.is_object() { obj(o).kind() } else { 0 };
    if !matches!(kind, KIND_MAP | KIND_SET | KIND_WEAK_MAP | KIND_WEAK_SET) {
        return None;
    }
    Some(table::of(o))
}

fn new_collection(kind: u8, proto: Value) -> Value {
    internal_methods::mark_proto(proto);
    let o = object::alloc(kind, Shape::root(proto), table::TABLE_SIZE, 2);
    *table::of(o) = Table::EMPTY;
    o
}

fn this_table(this: Value, kind: u8, method: &str) -> JsResult<&'static mut Table> {
    if object::is_kind(this, kind) {
        if let Some(t) = table(this) {
            return Ok(t);
        }
    }
    let class = match kind {
        KIND_MAP => "Map",
        KIND_SET => "Set",
        KIND_WEAK_MAP => "WeakMap",
        _ => "WeakSet",
    };
    Err(exception::throw_type_error(&format!(
        "Method {class}.prototype.{method} called on incompatible receiver {}",
        crate::exec::conv::display_string_short(this)
    )))
}

/// The values an iterable argument of the constructors (or spread, for-of)
/// yields, for the iterables kiln knows: arrays, strings, Maps, Sets and their
/// iterators.
pub fn iterable_values(v: Value) -> Option<Vec<Value>> {
    if !pristine(v) {
        return None;
    }
    if object::is_kind(v, KIND_MAP) {
        // The entries first: making the pairs allocates.
        let pairs: Vec<(Value, Value)> = table(v)?.iter().collect();
        return Some(
            pairs
                .into_iter()
                .map(|(k, v)| realm::new_array(&[k, v]))
                .collect(),
        );
    }
    if object::is_kind(v, KIND_SET) {
        let t = table(v)?;
        return Some(t.iter().map(|e| e.0).collect());
    }
    if object::is_kind(v, KIND_COLLECTION_ITER) {
        let mut out = vec![];
        while let Some(x) = iter_next(v) {
            out.push(x);
        }
        return Some(out);
    }
    None
}

/// The Map, Set, WeakMap and WeakSet constructors: a new collection filled
/// from an iterable through its own `set` / `add` method.
fn construct(kind: u8, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    let class = match kind {
        KIND_MAP => "Map",
        KIND_SET => "Set",
        KIND_WEAK_MAP => "WeakMap",
        _ => "WeakSet",
    };
    let set_like = matches!(kind, KIND_SET | KIND_WEAK_SET);
    if nt.is_undefined() {
        return Err(exception::throw_type_error(&format!(
            "Constructor {class} requires 'new'"
        )));
    }
    let own = internal_methods::get(callee, key::from_str("prototype"), callee)?;
    let proto = function::prototype_from(nt, own)?;
    let c = new_collection(kind, proto);
    let init = arg(args, 0);
    if init.is_nullish() {
        return Ok(c);
    }
    // The adder is looked up once and called for every entry (observable).
    let adder_name = if set_like { "add" } else { "set" };
    let adder = internal_methods::get_value(c, key::from_str(adder_name))?;
    if !function::is_function(adder) {
        return Err(exception::throw_type_error(&format!(
            "'{}' returned for property '{adder_name}' of object '#<{class}>' is not a function",
            crate::exec::conv::display_string_short(adder)
        )));
    }
    let add = |item: Value| -> JsResult<()> {
        if set_like {
            return function::call(adder, c, &[item]).map(|_| ());
        }
        if !item.is_object() {
            return Err(exception::throw_type_error(&format!(
                "Iterator value {} is not an entry object",
                crate::exec::conv::display_string_short(item)
            )));
        }
        let k = internal_methods::get_value(item, key::Key::Index(0))?;
        let v = internal_methods::get_value(item, key::Key::Index(1))?;
        function::call(adder, c, &[k, v]).map(|_| ())
    };
    // Arrays, strings and collections: their values first (not observable).
    let fast = match iterable_values(init) {
        Some(v) => Some(v),
        None if (object::is_array(init) || init.is_string()) && pristine(init) => {
            Some(crate::exec::iteration::spread_values(init)?.to_vec())
        }
        None => None,
    };
    if let Some(items) = fast {
        for item in items {
            add(item)?;
        }
        return Ok(c);
    }
    let Some(it) = crate::exec::iteration::get_iterator(init)? else {
        let what = if init.is_object() {
            crate::exec::conv::display_string_short(init)
        } else {
            format!(
                "{} {}",
                crate::exec::conv::type_of(init),
                crate::exec::conv::display_string(init)
            )
        };
        return Err(exception::throw_type_error(&format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        )));
    };
    // The protocol, one step at a time, closing the iterator on a throw.
    while let Some(item) = crate::exec::iteration::iterator_step(it)? {
        if add(item).is_err() {
            return Err(crate::exec::iteration::close_after_throw(it));
        }
    }
    Ok(c)
}

fn map_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    construct(KIND_MAP, args, nt, callee)
}

fn set_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    construct(KIND_SET, args, nt, callee)
}

fn map_get(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_table(this, KIND_MAP, "get")?;
    Ok(t.get(arg(args, 0)).unwrap_or(Value::UNDEFINED))
}

fn map_set(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, KIND_MAP, "set")?;
    table::set(this, arg(args, 0), arg(args, 1));
    Ok(this)
}

fn set_add(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    this_table(this, KIND_SET, "add")?;
    table::set(this, v, v);
    Ok(this)
}

fn kind_of(this: Value) -> u8 {
    if object::is_kind(this, KIND_SET) {
        KIND_SET
    } else {
        KIND_MAP
    }
}

fn has(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_table(this, kind_of(this), "has")?;
    Ok(Value::bool(t.find(table::hashed(arg(args, 0))).is_some()))
}

fn delete(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, kind_of(this), "delete")?;
    Ok(Value::bool(table::delete(this, arg(args, 0))))
}

fn clear(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, kind_of(this), "clear")?.clear();
    Ok(Value::UNDEFINED)
}

fn size(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_table(this, kind_of(this), "size")?;
    Ok(Value::number(t.size() as f64))
}

fn for_each(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let kind = kind_of(this);
    let t = this_table(this, kind, "forEach")?;
    let f = arg(args, 0);
    if !function::is_function(f) {
        return function::not_a_function(f);
    }
    // Positions stay put while the callbacks run (they may add, delete
    // and allocate); the table is found again after each call.
    let mut i = 0;
    t.looping += 1;
    while i < table::of(this).positions() {
        if let Some((k, v)) = table::of(this).entry(i) {
            if let Err(e) = function::call(f, arg(args, 1), &[v, k, this]) {
                table::of(this).looping -= 1;
                return Err(e);
            }
        }
        i += 1;
    }
    table::of(this).looping -= 1;
    Ok(Value::UNDEFINED)
}

// ---- iterators ----

/// An iterator: the collection, the next entry index, and what it yields;
/// kept in the iterator object right after its object part.
#[repr(C)]
struct IterState {
    collection: Value,
    next: usize,
    /// 0 keys, 1 values, 2 entries; 3 a string's code points (`next`
    /// counts code units).
    what: u8,
    done: bool,
}

fn iter_state(it: Value) -> &'static mut IterState {
    // SAFETY: iterators keep their IterState right after the object part.
    unsafe { &mut *((it.payload() as *mut u8).add(object::OBJECT_SIZE) as *mut IterState) }
}

/// The iteration intrinsics: %IteratorPrototype%, the built-in iterator
/// prototypes, and the functions the fast paths stand for (while a value's
/// `[Symbol.iterator]` and its iterator's `next` are still these, iterating
/// it natively is not observable).
#[derive(Clone, Copy)]
struct Intrinsics {
    iterator_proto: Value,
    array_iter: Value,
    map_iter: Value,
    set_iter: Value,
    string_iter: Value,
    iter_self: Value,
    array_values: Value,
    string_iterator: Value,
    map_entries: Value,
    set_values: Value,
    /// The `next` of each built-in iterator prototype.
    nexts: [Value; 4],
    /// The keys `pristine` looks up: `Symbol.iterator` and `"next"` (found
    /// once: looking them up by name hashes and may allocate).
    iterator_key: Value,
    next_key: Value,
}

const NO_INTRINSICS: Intrinsics = Intrinsics {
    iterator_proto: Value::UNDEFINED,
    array_iter: Value::UNDEFINED,
    map_iter: Value::UNDEFINED,
    set_iter: Value::UNDEFINED,
    string_iter: Value::UNDEFINED,
    iter_self: Value::UNDEFINED,
    array_values: Value::UNDEFINED,
    string_iterator: Value::UNDEFINED,
    map_entries: Value::UNDEFINED,
    set_values: Value::UNDEFINED,
    nexts: [Value::UNDEFINED; 4],
    iterator_key: Value::UNDEFINED,
    next_key: Value::UNDEFINED,
};

thread_local! {
    static INTRINSICS: std::cell::Cell<Intrinsics> = const { std::cell::Cell::new(NO_INTRINSICS) };
}

fn intrinsics() -> Intrinsics {
    INTRINSICS.with(|i| i.get())
}

/// %IteratorPrototype% (the generator and RegExp String Iterator
/// prototypes inherit it too).
pub fn iterator_prototype() -> Value {
    intrinsics().iterator_proto
}

/// The data property `k` that `v` (or its prototype chain) has, if it is
/// one: `None` for an accessor or no property (looked up without running
/// any code).
fn data_in_chain(mut o: Value, k: Key) -> Option<Value> {
    while o.is_object() {
        if let Some((v, attrs)) = internal_methods::get_own(o, k) {
            return (attrs & crate::object::ordinary::ACCESSOR == 0).then_some(v);
        }
        o = internal_methods::proto_of(o);
    }
    None
}

/// Whether iterating `v` (an array, string, Map, Set or built-in iterator)
/// natively is what the iteration protocol would do: its
/// `[Symbol.iterator]` and its iterator's `next` are the built-ins.
pub fn pristine(v: Value) -> bool {
    let i = intrinsics();
    if v.is_object() {
        if let Some(p) = protocol_cached(v, &i) {
            return p;
        }
    }
    let (start, iter_fn, holder) = if v.is_string() {
        (
            realm::get().string_prototype,
            i.string_iterator,
            i.string_iter,
        )
    } else if object::is_array(v) {
        (v, i.array_values, i.array_iter)
    } else if object::is_kind(v, KIND_MAP) {
        (v, i.map_entries, i.map_iter)
    } else if object::is_kind(v, KIND_SET) {
        (v, i.set_values, i.set_iter)
    } else if object::is_kind(v, KIND_COLLECTION_ITER) {
        (v, i.iter_self, v)
    } else {
        return false;
    };
    data_in_chain(start, Key::Named(i.iterator_key)) == Some(iter_fn)
        && data_in_chain(holder, Key::Named(i.next_key)).is_some_and(|n| i.nexts.contains(&n))
}

/// One remembered answer of [`protocol_cached`]: for objects without own
/// properties whose prototype is `proto` and whose kind is `kind`, in the
/// prototype epoch `epoch`, `[Symbol.iterator]` is the own data property
/// of `iter_holder` in slot `iter_slot`, and their iterator's `next` that of
/// `next_holder` in slot `next_slot`. Every object on both chains is
/// marked as a prototype, so any change to its shape (an added, deleted or
/// reconfigured property, a dictionary edit) bumps the epoch; a plain
/// assignment keeps the slot and is seen by reading it.
#[derive(Clone, Copy)]
struct Protocol {
    proto: u64,
    kind: u8,
    epoch: u64,
    iter_holder: u64,
    iter_slot: u32,
    next_holder: u64,
    next_slot: u32,
}

const NO_PROTOCOL: Protocol = Protocol {
    proto: 0,
    kind: 0,
    epoch: 0,
    iter_holder: 0,
    iter_slot: 0,
    next_holder: 0,
    next_slot: 0,
};

/// How many (prototype, kind) pairs [`protocol_cached`] remembers: arrays,
/// Maps, Sets, and iterators of the three and of others.
const PROTOCOLS: usize = 7;

thread_local! {
    static PROTOCOL_CACHE: [std::cell::Cell<Protocol>; PROTOCOLS] =
        const { [const { std::cell::Cell::new(NO_PROTOCOL) }; PROTOCOLS] };
}

/// Collector: forgets the remembered protocols (their objects may die and
/// their addresses be reused).
pub fn forget_protocols() {
    PROTOCOL_CACHE.with(|c| c.iter().for_each(|e| e.set(NO_PROTOCOL)));
}

/// [`pristine`] for an array, Map, Set or collection iterator `v` without
/// own named properties (every one a program iterates, usually): two slot
/// reads instead of walking two prototype chains. `None`: another value,
/// or nothing remembered for its prototype in this epoch (then the slots
/// are found and remembered, when both chains allow it).
fn protocol_cached(v: Value, i: &Intrinsics) -> Option<bool> {
    let ob = obj(v);
    let kind = ob.kind();
    let (iter_fn, next_from) = if object::is_array(v) {
        (i.array_values, i.array_iter)
    } else if kind == KIND_MAP {
        (i.map_entries, i.map_iter)
    } else if kind == KIND_SET {
        (i.set_values, i.set_iter)
    } else if kind == KIND_COLLECTION_ITER {
        (i.iter_self, Value::UNDEFINED)
    } else {
        return None;
    };
    let s = ob.shape();
    if !s.props.borrow().is_empty() || !s.proto.is_object() {
        return None;
    }
    let proto = s.proto;
    // An iterator finds `next` on its own prototype chain.
    let next_from = if next_from.is_object() {
        next_from
    } else {
        proto
    };
    let ep = internal_methods::epoch();
    // One entry per kind (and per built-in iterator prototype), so that
    // iterating a Set, which also asks about its iterator, does not evict.
    let at = if kind == KIND_COLLECTION_ITER {
        let iters = [i.map_iter, i.set_iter, i.array_iter];
        3 + iters.iter().position(|&p| p == proto).unwrap_or(3)
    } else if kind == KIND_MAP {
        1
    } else if kind == KIND_SET {
        2
    } else {
        0
    };
    let e = PROTOCOL_CACHE.with(|c| c[at].get());
    if e.proto == proto.0 && e.kind == kind && e.epoch == ep {
        let f = obj(Value(e.iter_holder)).slot(e.iter_slot);
        let n = obj(Value(e.next_holder)).slot(e.next_slot);
        return Some(f == iter_fn && i.nexts.contains(&n));
    }
    if let (Some((ih, is)), Some((nh, ns))) = (
        data_slot_in_protos(proto, i.iterator_key),
        data_slot_in_protos(next_from, i.next_key),
    ) {
        let e = Protocol {
            proto: proto.0,
            kind,
            epoch: ep,
            iter_holder: ih.0,
            iter_slot: is,
            next_holder: nh.0,
            next_slot: ns,
        };
        PROTOCOL_CACHE.with(|c| c[at].set(e));
    }
    None
}

/// The object on the chain from `o` holding `key` as an own data property,
/// and its slot, if every object on the way is an ordinary object marked as
/// a prototype (so that a change to any of them bumps the epoch).
fn data_slot_in_protos(mut o: Value, key: Value) -> Option<(Value, u32)> {
    while o.is_object() {
        let ob = obj(o);
        if ob.kind() == crate::abi::heap::KIND_PROXY
            || !ob.has_flag(crate::object::ordinary::FLAG_IS_PROTO)
        {
            return None;
        }
        if let Some(p) = ob.shape().find(key) {
            return (!p.is_accessor()).then_some((o, p.slot));
        }
        o = ob.shape().proto;
    }
    None
}

fn new_iter(collection: Value, what: u8) -> Value {
    let i = intrinsics();
    let proto = if collection.is_string() {
        i.string_iter
    } else if object::is_kind(collection, KIND_MAP) {
        i.map_iter
    } else if object::is_kind(collection, KIND_SET) {
        i.set_iter
    } else {
        i.array_iter
    };
    let extra = std::mem::size_of::<IterState>();
    let it = object::alloc(KIND_COLLECTION_ITER, Shape::root(proto), extra, 0);
    if let Some(t) = table(collection) {
        t.note_iterator();
    }
    *iter_state(it) = IterState {
        collection,
        next: 0,
        what,
        done: false,
    };
    it
}

/// The iterator `for (x of v)` uses for a Map (entries), Set (values) or
/// collection iterator (itself).
pub fn for_of_iterator(v: Value) -> Option<Value> {
    if !pristine(v) {
        None
    } else if object::is_kind(v, KIND_MAP) {
        Some(new_iter(v, 2))
    } else if object::is_kind(v, KIND_SET) {
        Some(new_iter(v, 1))
    } else if object::is_kind(v, KIND_COLLECTION_ITER) {
        Some(v)
    } else {
        None
    }
}

/// The next value of a collection iterator, if any.
pub fn iter_next(it: Value) -> Option<Value> {
    let st = iter_state(it);
    if st.done {
        return None;
    }
    if st.what == 3 {
        let units = string::units(st.collection);
        let at = st.next;
        let Some(&hi) = units.get(at) else {
            st.done = true;
            return None;
        };
        let pair = (0xD800..0xDC00).contains(&hi)
            && units
                .get(at + 1)
                .is_some_and(|lo| (0xDC00..0xE000).contains(lo));
        st.next += if pair { 2 } else { 1 };
        return Some(string::from_units(&units[at..st.next]));
    }
    if !object::is_kind(st.collection, KIND_MAP) && !object::is_kind(st.collection, KIND_SET) {
        // An array iterator: by index, reading the length each time.
        let a = st.collection;
        let len = crate::builtins::array::length_of(a).ok()?;
        if (st.next as u64) >= len {
            st.done = true;
            return None;
        }
        let i = st.next;
        st.next += 1;
        let v = internal_methods::get_value(a, key::Key::Index(i as u32)).ok()?;
        let k = Value::number(i as f64);
        return Some(match st.what {
            0 => k,
            1 => v,
            _ => realm::new_array(&[k, v]),
        });
    }
    let t = table(st.collection)?;
    st.next = st.next.max(t.first_live());
    while st.next < t.positions() {
        let i = st.next;
        st.next += 1;
        if let Some((k, v)) = t.entry(i) {
            return Some(match st.what {
                0 => k,
                1 => v,
                _ => realm::new_array(&[k, v]),
            });
        }
    }
    st.done = true;
    None
}

fn iter_next_native(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !object::is_kind(this, KIND_COLLECTION_ITER) {
        return Err(exception::throw_type_error(&format!(
            "next method called on incompatible receiver {}",
            crate::exec::conv::display_string_short(this)
        )));
    }
    // An Array Iterator over a typed array whose buffer was detached.
    let st = iter_state(this);
    if !st.done
        && crate::object::typed_array::is_typed_array(st.collection)
        && crate::object::typed_array::view_detached(st.collection)
    {
        return Err(crate::builtins::binary::detached(
            "Array Iterator.prototype.next",
        ));
    }
    let r = realm::new_plain_object();
    let (value, done) = match iter_next(this) {
        Some(v) => (v, false),
        None => (Value::UNDEFINED, true),
    };
    internal_methods::create_data_property(r, key::from_str("value"), value)?;
    internal_methods::create_data_property(r, key::from_str("done"), Value::bool(done))?;
    Ok(r)
}

fn keys(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, kind_of(this), "keys")?;
    Ok(new_iter(this, 0))
}

fn values(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, kind_of(this), "values")?;
    Ok(new_iter(this, 1))
}

fn entries(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, kind_of(this), "entries")?;
    Ok(new_iter(this, 2))
}

/// What an iterator prints as in `console.log` (`[Map Entries]`, ...), and
/// the values it has left (without consuming them).
pub fn iter_preview(it: Value) -> (String, Vec<Value>, bool) {
    let st = iter_state(it);
    if st.what == 3 {
        return ("String Iterator".to_owned(), vec![], false);
    }
    let is_map = object::is_kind(st.collection, KIND_MAP);
    if !is_map && !object::is_kind(st.collection, KIND_SET) {
        return ("Array Iterator".to_owned(), vec![], false);
    }
    let label = match (is_map, st.what) {
        (true, 0) => "Map Iterator",
        (true, 1) => "Map Iterator",
        (true, _) => "Map Entries",
        (false, 2) => "Set Entries",
        _ => "Set Iterator",
    };
    let mut out = vec![];
    if let (false, Some(t)) = (st.done, table(st.collection)) {
        for e in (st.next..t.positions()).filter_map(|i| t.entry(i)) {
            match st.what {
                0 => out.push(e.0),
                1 => out.push(e.1),
                _ => {
                    out.push(e.0);
                    out.push(e.1);
                }
            }
        }
    }
    (label.to_owned(), out, st.what == 2)
}

/// `%IteratorPrototype%[Symbol.iterator]`: an iterator is its own iterable.
fn iter_self(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(this)
}

fn array_iter(this: Value, what: u8, name: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(exception::throw_type_error(&format!(
            "Array.prototype.{name} called on null or undefined"
        )));
    }
    let o = crate::builtins::object::to_object(this)?;
    Ok(new_iter(o, what))
}

/// A new Array Iterator over `o` (`what`: 0 keys, 1 values, 2 entries), for
/// the typed arrays' `keys`/`values`/`entries`.
pub fn array_iterator(o: Value, what: u8) -> Value {
    new_iter(o, what)
}

fn array_keys(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    array_iter(this, 0, "keys")
}

fn array_values(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    array_iter(this, 1, "values")
}

fn array_entries(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    array_iter(this, 2, "entries")
}

fn weak_map_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    construct(KIND_WEAK_MAP, args, nt, callee)
}

fn weak_set_ctor(_: Value, args: &[Value], nt: Value, callee: Value) -> JsResult<Value> {
    construct(KIND_WEAK_SET, args, nt, callee)
}

fn weak_kind(this: Value) -> u8 {
    if object::is_kind(this, KIND_WEAK_SET) {
        KIND_WEAK_SET
    } else {
        KIND_WEAK_MAP
    }
}

fn weak_get(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_table(this, KIND_WEAK_MAP, "get")?;
    Ok(t.get(arg(args, 0)).unwrap_or(Value::UNDEFINED))
}

fn weak_set(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, KIND_WEAK_MAP, "set")?;
    let k = arg(args, 0);
    if !crate::builtins::weakref::can_be_held_weakly(k) {
        return Err(exception::throw_type_error(
            "Invalid value used as weak map key",
        ));
    }
    table::set(this, k, arg(args, 1));
    Ok(this)
}

fn weak_add(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, KIND_WEAK_SET, "add")?;
    let k = arg(args, 0);
    if !crate::builtins::weakref::can_be_held_weakly(k) {
        return Err(exception::throw_type_error(
            "Invalid value used in weak set",
        ));
    }
    table::set(this, k, k);
    Ok(this)
}

fn weak_has(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_table(this, weak_kind(this), "has")?;
    Ok(Value::bool(t.find(table::hashed(arg(args, 0))).is_some()))
}

fn weak_delete(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    this_table(this, weak_kind(this), "delete")?;
    Ok(Value::bool(table::delete(this, arg(args, 0))))
}

pub fn install(r: &Realm) {
    crate::exec::iteration::register_collections(crate::exec::iteration::CollectionHooks {
        iterable_values,
        for_of_iterator,
        iter_next,
        pristine,
    });
    let wm_proto = realm::new_plain_object();
    let wm = realm::constructor("WeakMap", 0, weak_map_ctor, wm_proto);
    realm::define(r.global, "WeakMap", wm, WRITABLE | CONFIGURABLE);
    realm::method(wm_proto, "get", 1, weak_get);
    realm::method(wm_proto, "set", 2, weak_set);
    realm::method(wm_proto, "has", 1, weak_has);
    realm::method(wm_proto, "delete", 1, weak_delete);
    let ws_proto = realm::new_plain_object();
    let ws = realm::constructor("WeakSet", 0, weak_set_ctor, ws_proto);
    realm::define(r.global, "WeakSet", ws, WRITABLE | CONFIGURABLE);
    realm::method(ws_proto, "add", 1, weak_add);
    realm::method(ws_proto, "has", 1, weak_has);
    realm::method(ws_proto, "delete", 1, weak_delete);

    let map_proto = realm::new_plain_object();
    let map = realm::constructor("Map", 0, map_ctor, map_proto);
    realm::define(r.global, "Map", map, WRITABLE | CONFIGURABLE);
    realm::method(map_proto, "get", 1, map_get);
    realm::method(map_proto, "set", 2, map_set);
    realm::method(map_proto, "has", 1, has);
    realm::method(map_proto, "delete", 1, delete);
    realm::method(map_proto, "clear", 0, clear);
    realm::method(map_proto, "forEach", 1, for_each);
    realm::method(map_proto, "keys", 0, keys);
    realm::method(map_proto, "values", 0, values);
    realm::method(map_proto, "entries", 0, entries);
    realm::accessor(map_proto, "size", size, None);

    let set_proto = realm::new_plain_object();
    let set = realm::constructor("Set", 0, set_ctor, set_proto);
    realm::define(r.global, "Set", set, WRITABLE | CONFIGURABLE);
    realm::method(set_proto, "add", 1, set_add);
    realm::method(set_proto, "has", 1, has);
    realm::method(set_proto, "delete", 1, delete);
    realm::method(set_proto, "clear", 0, clear);
    realm::method(set_proto, "forEach", 1, for_each);
    let v = realm::method(set_proto, "values", 0, values);
    realm::define(set_proto, "keys", v, WRITABLE | CONFIGURABLE);
    realm::method(set_proto, "entries", 0, entries);
    realm::accessor(set_proto, "size", size, None);

    for (p, tag) in [
        (map_proto, "Map"),
        (set_proto, "Set"),
        (wm_proto, "WeakMap"),
        (ws_proto, "WeakSet"),
    ] {
        realm::define_tag_property(p, tag);
    }
    // %IteratorPrototype% and the built-in iterator prototypes.
    let it = crate::builtins::symbol::well_known("iterator");
    let def = |o: Value, f: Value| {
        let _ = internal_methods::define_own(
            o,
            key::Key::Named(it),
            internal_methods::Desc::data(f, WRITABLE | CONFIGURABLE),
            false,
        );
    };
    let iterator_proto = realm::new_plain_object();
    let iter_self_fn = function::new_native("[Symbol.iterator]", 0, iter_self, 0);
    def(iterator_proto, iter_self_fn);
    let mut nexts = [Value::UNDEFINED; 4];
    let mut iter_proto = |i: usize, tag: &str| {
        let p = realm::new_object(iterator_proto);
        nexts[i] = realm::method(p, "next", 0, iter_next_native);
        realm::define_tag_property(p, tag);
        p
    };
    let map_iter = iter_proto(0, "Map Iterator");
    let set_iter = iter_proto(1, "Set Iterator");
    let array_iter = iter_proto(2, "Array Iterator");
    let string_iter = iter_proto(3, "String Iterator");
    // Prototypes (of iterators): changes to their shapes bump the epoch
    // `protocol_cached` relies on.
    for p in [iterator_proto, map_iter, set_iter, array_iter, string_iter] {
        internal_methods::mark_proto(p);
    }
    let string_iterator = function::new_native("[Symbol.iterator]", 0, string_iterator, 0);
    def(r.string_prototype, string_iterator);
    realm::method(r.array_prototype, "keys", 0, array_keys);
    realm::method(r.array_prototype, "values", 0, array_values);
    realm::method(r.array_prototype, "entries", 0, array_entries);
    // The iteration protocol: collections, arrays and iterators are iterable.
    let entries_fn = internal_methods::get(map_proto, key::from_str("entries"), map_proto)
        .unwrap_or(Value::UNDEFINED);
    def(map_proto, entries_fn);
    let values_fn = internal_methods::get(set_proto, key::from_str("values"), set_proto)
        .unwrap_or(Value::UNDEFINED);
    def(set_proto, values_fn);
    let array_values_fn = internal_methods::get(
        r.array_prototype,
        key::from_str("values"),
        r.array_prototype,
    )
    .unwrap_or(Value::UNDEFINED);
    def(r.array_prototype, array_values_fn);
    INTRINSICS.with(|i| {
        i.set(Intrinsics {
            iterator_proto,
            array_iter,
            map_iter,
            set_iter,
            string_iter,
            iter_self: iter_self_fn,
            array_values: array_values_fn,
            string_iterator,
            map_entries: entries_fn,
            set_values: values_fn,
            nexts,
            iterator_key: realm::well_known("iterator"),
            next_key: key::intern_str("next"),
        })
    });
}

/// `String.prototype[Symbol.iterator]`: a String Iterator over the code
/// points of `ToString(this)`.
fn string_iterator(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(exception::throw_type_error(
            "String.prototype[Symbol.iterator] called on null or undefined",
        ));
    }
    let s = crate::exec::conv::to_string(this)?;
    Ok(new_iter(s, 3))
}

// ---- the collector's view ----

/// Collector: marks the entries of a Map or Set; notes a weak collection,
/// whose entries are ephemerons (see [`trace_ephemerons`]), and a table
/// to revisit after marking (see [`compact_tables`]).
pub fn trace(m: &mut crate::gc::mark::Marker, o: Value, kind: u8) {
    match kind {
        KIND_MAP | KIND_SET => {
            let t = table::of(o);
            table::trace(m, t);
            if table::wants_after_mark(t) {
                m.compactable.push(o);
            }
        }
        KIND_WEAK_MAP | KIND_WEAK_SET => m.weak_tables.push(o),
        KIND_COLLECTION_ITER => {
            if let Some(t) = table(iter_state(o).collection) {
                table::saw_iterator(t, m.epoch);
            }
        }
        _ => {}
    }
}

/// Collector, after marking: forgets the iterator flag of the tables
/// listed while marking that no live iterator (seen in collection `epoch`)
/// uses, and compacts those with many deleted entries that nothing
/// depends on the positions of.
pub fn compact_tables(tables: &[Value], epoch: u64) {
    for &o in tables {
        table::after_mark(table::of(o), epoch);
    }
}

/// Collector: marks the value of every entry of weak collection `o` whose
/// key is marked (an ephemeron: the key keeps the value alive, the table does not).
/// (The collector lists weak references here too: they have no table.)
pub fn trace_ephemerons(m: &mut crate::gc::mark::Marker, o: Value) {
    if let Some(t) = table(o) {
        table::trace_ephemerons(m, t);
    }
}

/// Collector: drops the entries of weak collection `o` whose keys died.
pub fn clear_dead_keys(o: Value) {
    if let Some(t) = table(o) {
        table::clear_dead_keys(t);
    }
}

/// Collector: the iterator prototypes this module keeps.
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    let i = intrinsics();
    for v in [
        i.iterator_proto,
        i.array_iter,
        i.map_iter,
        i.set_iter,
        i.string_iter,
        i.iter_self,
        i.array_values,
        i.string_iterator,
        i.map_entries,
        i.set_values,
        i.iterator_key,
        i.next_key,
    ]
    .iter()
    .chain(i.nexts.iter())
    {
        m.value(*v);
    }
}
