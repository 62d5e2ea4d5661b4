//! Shapes (hidden classes): an object's prototype and the layout of its named properties.
//!
//! Objects built the same way share a shape. A shape is reached from the
//! *root* shape of a prototype by *transitions*, one per added property (key +
//! attributes); each shape lists its properties in insertion order with their
//! slot numbers, so that finding a key's slot is a scan (≤ 8 properties) or a
//! hash lookup, and inline caches can remember "shape S → slot i".
//!
//! Shared shapes are immutable apart from their transition table and lazily
//! built index, and immortal (they are few: one per distinct construction
//! path). An object that deletes a property other than its last one, changes
//! attributes, or grows past [`MAX_FAST_PROPERTIES`] moves to *dictionary
//! mode*: it gets a private shape of its own that is edited in place and that
//! inline caches never record.

use crate::abi::value::Value;
use crate::object::ordinary::ACCESSOR;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Objects with more named properties than this go to dictionary mode.
pub const MAX_FAST_PROPERTIES: usize = 128;
/// Shapes with more properties than this get a hash index.
const LINEAR_SCAN: usize = 8;

/// One named property of a shape.
#[derive(Clone, Copy, Debug)]
pub struct Prop {
    /// An interned string or a symbol; HOLE marks a deleted dictionary entry.
    pub key: Value,
    pub attrs: u8,
    pub slot: u32,
}

impl Prop {
    pub fn is_accessor(&self) -> bool {
        self.attrs & ACCESSOR != 0
    }
}

pub struct Shape {
    /// The prototype of objects with this shape (an object or null).
    pub proto: Value,
    /// Properties in insertion order.
    pub props: RefCell<Vec<Prop>>,
    /// key bits → position in `props` (large shapes, dictionaries).
    index: RefCell<Option<HashMap<u64, u32, BitsHash>>>,
    transitions: RefCell<Vec<(u64, u8, &'static Shape)>>,
    /// Dictionary shapes belong to one object and are edited in place.
    pub dict: bool,
    /// Slots used (dictionaries never reuse the slots of deleted entries).
    pub slot_count: Cell<u32>,
    /// Number of deleted entries in a dictionary.
    deleted: Cell<u32>,
}

thread_local! {
    static ROOTS: RefCell<HashMap<u64, &'static Shape, BitsHash>> =
        const { RefCell::new(HashMap::with_hasher(BitsHash)) };
    /// Every shared shape (the collector marks their prototypes and keys).
    static SHARED: RefCell<Vec<&'static Shape>> = const { RefCell::new(Vec::new()) };
}

/// Shared shapes are immortal (inline caches and transition tables point at
/// them); dictionaries are freed with the object that owns them.
/// Hashing for maps keyed by value bits (pointers): one multiplication
/// instead of SipHash (the keys are not attacker-chosen strings).
#[derive(Clone, Copy, Default)]
pub struct BitsHash;

impl std::hash::BuildHasher for BitsHash {
    type Hasher = BitsHasher;
    fn build_hasher(&self) -> BitsHasher {
        BitsHasher(0)
    }
}

#[derive(Default)]
pub struct BitsHasher(u64);

impl std::hash::Hasher for BitsHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0 ^ x)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
    fn write_u32(&mut self, x: u32) {
        self.write_u64(x as u64);
    }
}

fn leak(s: Shape) -> &'static Shape {
    let dict = s.dict;
    let s = Box::leak(Box::new(s));
    if !dict {
        SHARED.with(|v| v.borrow_mut().push(s));
    }
    s
}

/// Collector: marks the prototypes and keys of every shared shape (they
/// are immortal, so what they name must stay valid).
pub fn trace_shared(m: &mut crate::gc::mark::Marker) {
    // A shared shape lists its parent's properties plus one, and every
    // parent is shared too: marking each one's last key marks them all.
    SHARED.with(|v| {
        for s in v.borrow().iter() {
            m.value(s.proto);
            if let Some(p) = s.props.borrow().last() {
                m.value(p.key);
            }
        }
    });
}

impl Shape {
    fn new(proto: Value, props: Vec<Prop>, dict: bool) -> Shape {
        let slot_count = props.iter().map(|p| p.slot + 1).max().unwrap_or(0);
        let s = Shape {
            proto,
            props: RefCell::new(props),
            index: RefCell::new(None),
            transitions: RefCell::new(Vec::new()),
            dict,
            slot_count: Cell::new(slot_count),
            deleted: Cell::new(0),
        };
        if dict {
            s.rebuild_index();
        }
        s
    }

    /// The shared empty shape of objects whose prototype is `proto`.
    pub fn root(proto: Value) -> &'static Shape {
        ROOTS.with(|r| {
            *r.borrow_mut()
                .entry(proto.0)
                .or_insert_with(|| leak(Shape::new(proto, Vec::new(), false)))
        })
    }

    /// Collector: marks this shape's prototype and keys.
    pub fn trace(&self, m: &mut crate::gc::mark::Marker) {
        m.value(self.proto);
        for p in self.props.borrow().iter() {
            m.value(p.key);
        }
    }

    /// How many properties objects starting from this shape get, when
    /// every shape after it so far has had exactly one transition (0 when
    /// there are none, or they branch).
    pub fn single_chain_len(&self) -> u32 {
        let mut n = 0;
        let mut s = self;
        loop {
            let t = s.transitions.borrow();
            if t.len() != 1 || n >= 64 {
                return n;
            }
            let next = t[0].2;
            drop(t);
            s = next;
            n += 1;
        }
    }

    /// Number of live properties.
    pub fn len(&self) -> usize {
        self.props.borrow().len() - self.deleted.get() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn rebuild_index(&self) {
        let props = self.props.borrow();
        let mut m = HashMap::with_capacity_and_hasher(props.len(), BitsHash);
        for (i, p) in props.iter().enumerate() {
            if p.key != Value::HOLE {
                m.insert(p.key.0, i as u32);
            }
        }
        *self.index.borrow_mut() = Some(m);
    }

    /// The property with `key`, if any.
    pub fn find(&self, key: Value) -> Option<Prop> {
        let props = self.props.borrow();
        if !self.dict && props.len() <= LINEAR_SCAN {
            return props.iter().find(|p| p.key == key).copied();
        }
        if self.index.borrow().is_none() {
            drop(props);
            self.rebuild_index();
            return self.find(key);
        }
        let idx = self.index.borrow();
        let i = *idx.as_ref().expect("index").get(&key.0)?;
        Some(props[i as usize])
    }

    /// The shape after adding `key` with `attrs` (a fresh slot). Shared
    /// shapes transition (cached); dictionaries are edited and returned as is.
    pub fn add(&'static self, key: Value, attrs: u8) -> &'static Shape {
        if self.dict {
            let slot = self.slot_count.get();
            self.slot_count.set(slot + 1);
            let mut props = self.props.borrow_mut();
            props.push(Prop { key, attrs, slot });
            let pos = props.len() as u32 - 1;
            drop(props);
            if let Some(m) = self.index.borrow_mut().as_mut() {
                m.insert(key.0, pos);
            }
            return self;
        }
        if let Some(&(_, _, s)) = self
            .transitions
            .borrow()
            .iter()
            .find(|(k, a, _)| *k == key.0 && *a == attrs)
        {
            return s;
        }
        let mut props = self.props.borrow().clone();
        let slot = self.slot_count.get();
        props.push(Prop { key, attrs, slot });
        let pos = props.len() as u32 - 1;
        let dict = props.len() > MAX_FAST_PROPERTIES;
        let next = leak(Shape::new(self.proto, props, dict));
        // An object built one property at a time would rebuild the index
        // of every shape on its way (quadratic): the new shape takes this
        // one's index over (this one rebuilds it if it is searched again).
        if !dict {
            if let Some(mut m) = self.index.borrow_mut().take() {
                m.insert(key.0, pos);
                *next.index.borrow_mut() = Some(m);
            }
        }
        if dict {
            // Too many properties for shared shapes: a dictionary (not cached).
            return next;
        }
        self.transitions.borrow_mut().push((key.0, attrs, next));
        next
    }

    /// A private dictionary copy of this shape (same slots), optionally with a
    /// different prototype.
    pub fn to_dict(&self, proto: Value) -> &'static Shape {
        let props: Vec<Prop> = self
            .props
            .borrow()
            .iter()
            .filter(|p| p.key != Value::HOLE)
            .copied()
            .collect();
        let s = leak(Shape::new(proto, props, true));
        s.slot_count
            .set(s.slot_count.get().max(self.slot_count.get()));
        s
    }

    /// Dictionaries: removes `key`.
    pub fn dict_remove(&self, key: Value) {
        debug_assert!(self.dict);
        let Some(pos) = self
            .index
            .borrow_mut()
            .as_mut()
            .and_then(|m| m.remove(&key.0))
        else {
            return;
        };
        self.props.borrow_mut()[pos as usize].key = Value::HOLE;
        self.deleted.set(self.deleted.get() + 1);
        if self.deleted.get() as usize > 16
            && self.deleted.get() as usize * 2 > self.props.borrow().len()
        {
            self.props.borrow_mut().retain(|p| p.key != Value::HOLE);
            self.deleted.set(0);
            self.rebuild_index();
        }
    }

    /// Dictionaries: changes the attributes of `key`.
    pub fn dict_set_attrs(&self, key: Value, attrs: u8) {
        debug_assert!(self.dict);
        let Some(&pos) = self.index.borrow().as_ref().and_then(|m| m.get(&key.0)) else {
            return;
        };
        self.props.borrow_mut()[pos as usize].attrs = attrs;
    }

    /// The shared shape that lists the same properties (with the same slots and
    /// attributes) over prototype `proto`, or None if the slots would differ.
    pub fn with_proto(&self, proto: Value) -> Option<&'static Shape> {
        let mut s = Shape::root(proto);
        for p in self.props.borrow().iter().filter(|p| p.key != Value::HOLE) {
            s = s.add(p.key, p.attrs);
            if s.dict || s.find(p.key).map(|q| q.slot) != Some(p.slot) {
                return None;
            }
        }
        Some(s)
    }

    /// The parent-free list of live properties in insertion order.
    pub fn live_props(&self) -> Vec<Prop> {
        self.props
            .borrow()
            .iter()
            .filter(|p| p.key != Value::HOLE)
            .copied()
            .collect()
    }

    /// The shape without its last property, if `key` is the last one added
    /// (deleting the newest property keeps the object in fast mode).
    pub fn without_last(&'static self, key: Value) -> Option<&'static Shape> {
        if self.dict {
            return None;
        }
        let props = self.props.borrow();
        let last = props.last()?;
        if last.key != key {
            return None;
        }
        let mut s = Shape::root(self.proto);
        for p in &props[..props.len() - 1] {
            s = s.add(p.key, p.attrs);
        }
        Some(s)
    }
}
