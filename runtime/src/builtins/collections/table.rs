//! The hash table of a `Map`, `Set`, `WeakMap` or `WeakSet`: insertion
//! ordered, keyed by SameValueZero, stored in one collector cell.
//!
//! Hand-rolled (a deterministic hash table after Tyler Close's design, as
//! V8's `OrderedHashTable`) rather than a crate's map because of three
//! things no general-purpose map offers together: entries must stay in
//! insertion order with *stable positions* (an iterator is an index and
//! must see entries added while it runs), the storage must be a heap cell
//! (so that a table's bytes count in the collector's budget and a new
//! table costs no system allocation, no entry in the Rust-allocation
//! table and no finalizer), and the collector must be able to walk and
//! compact it in place, without allocating, after marking.
//!
//! The [`Table`] header lives in the collection object itself (the 32
//! bytes after its object part). Its storage is one `KIND_RAW` cell the
//! collector never scans (the header's `data` word, an interior pointer to
//! it, keeps it alive):
//!
//! ```text
//! entries [(key, value); cap]   a deleted entry's key is the hole
//! hashes  [u32; cap]            each entry's hash
//! chain   [u32; cap]            the next entry of the same bucket (NONE ends)
//! buckets [u32; cap]            the first entry of each bucket
//! ```
//!
//! Map and Set entries are traced precisely by the collections' trace hook
//! (live entries only: a deleted entry retains nothing); weak tables'
//! entries are ephemerons. Keys hash by their SameValueZero identity:
//! numbers by value (`-0` is `+0`, one NaN), strings by content, BigInts
//! by value, anything else by reference.
//!
//! **Allocation and the collector.** Growing allocates, and a collection
//! may compact a table in place (see [`after_mark`]), so nothing here holds
//! a reference to a table across an allocation: the functions that may
//! allocate take the collection object and find its table again after.
//! Code that walks entries by position while calling JavaScript or
//! allocating raises [`Table::looping`] so that neither growth nor the
//! collector renumbers them meanwhile.

use crate::abi::heap::{HEADER_SIZE, KIND_RAW};
use crate::abi::value::Value;
use crate::object::ordinary as object;
use crate::text::string;

/// No entry (an empty bucket, the end of a chain).
const NONE: u32 = u32::MAX;

/// The capacity of a table's first storage.
const MIN_CAP: u32 = 4;

/// Bytes of storage per entry of capacity: key and value, hash, chain, bucket.
const BYTES_PER_ENTRY: usize = 16 + 4 + 4 + 4;

/// A collection's table header, in the collection object after its object part.
#[repr(C)]
pub struct Table {
    /// The payload of the storage cell (null until the first insertion).
    data: *mut u8,
    /// Entries the storage has room for (a power of two) and entries used
    /// (deleted ones included).
    cap: u32,
    len: u32,
    /// Entries not deleted.
    live: u32,
    /// Running loops that walk entries by position (`forEach`, copies):
    /// while non-zero, positions must not change.
    pub looping: u16,
    /// Set when an iterator over the table is created; cleared after a
    /// collection that found no live iterator of it. Positions may only
    /// change while it is clear.
    may_iterate: u16,
    /// The collection (its number's low 32 bits) in which a live iterator
    /// of this table was last seen.
    iterated: u32,
    /// Every position below this one is deleted (iterators skip to it: a
    /// Map used as a queue does not walk its deleted head each step).
    first_live: u32,
}

/// Bytes a collection object keeps after its object part for its table.
pub const TABLE_SIZE: usize = std::mem::size_of::<Table>();
const _: () = assert!(TABLE_SIZE == 32);

/// The table of collection object `o` (any kind with a table; the caller checks).
#[inline]
pub fn of(o: Value) -> &'static mut Table {
    // SAFETY: collections keep their table header right after the object part.
    unsafe { &mut *((o.payload() as *mut u8).add(object::OBJECT_SIZE) as *mut Table) }
}

#[inline]
fn mix(x: u64) -> u32 {
    ((x ^ (x >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

/// The hash of a string's contents (four code units at a time).
fn hash_units(u: &[u16]) -> u32 {
    let mut h: u64 = u.len() as u64;
    let mut chunks = u.chunks_exact(4);
    for c in &mut chunks {
        let w = c[0] as u64 | (c[1] as u64) << 16 | (c[2] as u64) << 32 | (c[3] as u64) << 48;
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
    for &c in chunks.remainder() {
        h = (h.rotate_left(5) ^ c as u64).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
    mix(h)
}

/// The word that identifies a BigInt key within ±2^46 by its value (a word
/// no other key uses: the special-constant tag with the payload's top bit
/// set); larger BigInts hash by their low bits and compare by value.
#[inline]
fn bigint_ident(k: Value) -> Option<u64> {
    let x = crate::exec::bigint::to_i64(k).filter(|x| x.unsigned_abs() < 1 << 46)?;
    Some(crate::abi::value::UNDEFINED | 1 << 47 | (x as u64 & 0x7FFF_FFFF_FFFF))
}

/// A key ready for lookups: its hash and the value to store (numbers
/// normalised: `-0` as `+0`, one NaN). Hashing a rope flattens it (which
/// may allocate): call this before finding a table.
#[derive(Clone, Copy)]
pub struct Hashed {
    hash: u32,
    key: Value,
}

#[inline]
pub fn hashed(k: Value) -> Hashed {
    if k.is_number() {
        let x = k.as_number();
        let key = Value::number(if x == 0.0 { 0.0 } else { x });
        return Hashed {
            hash: mix(key.0),
            key,
        };
    }
    if k.is_string() {
        return Hashed {
            hash: hash_units(string::units(k)),
            key: k,
        };
    }
    // A BigInt hashes by its value: within ±2^46 its identifying word,
    // else its low 64 bits (`same` compares the whole value).
    let word = if crate::exec::bigint::is_bigint(k) {
        bigint_ident(k).unwrap_or_else(|| crate::exec::bigint::low_u64(k).rotate_left(17))
    } else {
        k.0
    };
    Hashed {
        hash: mix(word),
        key: k,
    }
}

/// SameValueZero of a stored key and a probe, both normalised by
/// [`hashed`] (the deleted marker equals nothing).
#[inline]
fn same(stored: Value, probe: Value) -> bool {
    if stored == probe {
        return true;
    }
    if stored.is_string() {
        // Both hashed already: a rope's flat text is cached, so this never allocates.
        return probe.is_string()
            && string::len(stored) == string::len(probe)
            && string::units(stored) == string::units(probe);
    }
    crate::exec::bigint::is_bigint(stored)
        && crate::exec::bigint::is_bigint(probe)
        && crate::exec::bigint::equals(stored, probe)
}

impl Table {
    /// A table with no storage.
    pub const EMPTY: Table = Table {
        data: std::ptr::null_mut(),
        cap: 0,
        len: 0,
        live: 0,
        looping: 0,
        may_iterate: 0,
        iterated: 0,
        first_live: 0,
    };

    /// Entries not deleted (`size`).
    #[inline]
    pub fn size(&self) -> usize {
        self.live as usize
    }

    /// Positions used, deleted entries included (iterators stop here).
    #[inline]
    pub fn positions(&self) -> usize {
        self.len as usize
    }

    #[inline]
    fn entries(&self) -> *mut (Value, Value) {
        self.data as *mut (Value, Value)
    }
    #[inline]
    fn hashes(&self) -> *mut u32 {
        // SAFETY: inside the storage (see the module docs).
        unsafe { self.data.add(16 * self.cap as usize) as *mut u32 }
    }
    #[inline]
    fn chain(&self) -> *mut u32 {
        // SAFETY: as above.
        unsafe { self.data.add(20 * self.cap as usize) as *mut u32 }
    }
    #[inline]
    fn buckets(&self) -> *mut u32 {
        // SAFETY: as above.
        unsafe { self.data.add(24 * self.cap as usize) as *mut u32 }
    }

    /// The first position that may hold a live entry (all before it are deleted).
    #[inline]
    pub fn first_live(&self) -> usize {
        self.first_live as usize
    }

    /// The entry at position `i` (`None` if deleted or past the end).
    #[inline]
    pub fn entry(&self, i: usize) -> Option<(Value, Value)> {
        if i >= self.len as usize {
            return None;
        }
        // SAFETY: i < len <= cap.
        let e = unsafe { *self.entries().add(i) };
        (e.0 != Value::HOLE).then_some(e)
    }

    /// The live entries, in order. Not to be held across allocations.
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        (0..self.len as usize).filter_map(|i| self.entry(i))
    }

    /// The position of key `k`, if present.
    #[inline]
    pub fn find(&self, k: Hashed) -> Option<usize> {
        if self.live == 0 {
            return None;
        }
        // SAFETY: bucket and chain entries are positions below len.
        unsafe {
            let mut i = *self.buckets().add((k.hash & (self.cap - 1)) as usize);
            while i != NONE {
                let e = self.entries().add(i as usize);
                if *self.hashes().add(i as usize) == k.hash && same((*e).0, k.key) {
                    return Some(i as usize);
                }
                i = *self.chain().add(i as usize);
            }
        }
        None
    }

    /// The value of key `k`, if present.
    #[inline]
    pub fn get(&self, k: Value) -> Option<Value> {
        let k = hashed(k);
        // SAFETY: find returns positions below len.
        self.find(k).map(|i| unsafe { (*self.entries().add(i)).1 })
    }

    /// Whether positions may change now (no iterator or positional loop).
    fn may_renumber(&self) -> bool {
        self.may_iterate == 0 && self.looping == 0
    }

    /// Deletes entry `i` (a tombstone: positions do not move).
    fn remove_at(&mut self, i: usize) {
        // SAFETY: i < len.
        unsafe { *self.entries().add(i) = (Value::HOLE, Value::UNDEFINED) };
        self.live -= 1;
        if i == self.first_live as usize {
            while self.first_live < self.len && self.entry(self.first_live as usize).is_none() {
                self.first_live += 1;
            }
        }
    }

    /// Appends an entry (room checked by the caller).
    fn push(&mut self, k: Hashed, v: Value) {
        debug_assert!(self.len < self.cap);
        let i = self.len;
        // SAFETY: i < cap.
        unsafe {
            *self.entries().add(i as usize) = (k.key, v);
            *self.hashes().add(i as usize) = k.hash;
            let b = self.buckets().add((k.hash & (self.cap - 1)) as usize);
            *self.chain().add(i as usize) = *b;
            *b = i;
        }
        self.len += 1;
        self.live += 1;
    }

    /// Rebuilds the buckets and chains of the first `len` entries.
    fn rehash(&mut self) {
        // SAFETY: all within the storage (cap entries).
        unsafe {
            std::slice::from_raw_parts_mut(self.buckets(), self.cap as usize).fill(NONE);
            for i in 0..self.len {
                if (*self.entries().add(i as usize)).0 == Value::HOLE {
                    continue;
                }
                let h = *self.hashes().add(i as usize);
                let b = self.buckets().add((h & (self.cap - 1)) as usize);
                *self.chain().add(i as usize) = *b;
                *b = i;
            }
        }
    }

    /// Moves the live entries down over the deleted ones (renumbering
    /// positions: only while [`Table::may_renumber`]) and rehashes.
    fn compact(&mut self) {
        let mut to = 0;
        // SAFETY: positions below len.
        unsafe {
            for i in 0..self.len as usize {
                let e = *self.entries().add(i);
                if e.0 == Value::HOLE {
                    continue;
                }
                *self.entries().add(to) = e;
                *self.hashes().add(to) = *self.hashes().add(i);
                to += 1;
            }
            for i in to..self.len as usize {
                *self.entries().add(i) = (Value::HOLE, Value::UNDEFINED);
            }
        }
        self.len = to as u32;
        self.first_live = 0;
        self.rehash();
    }

    /// Deletes every entry (`clear`).
    pub fn clear(&mut self) {
        if self.data.is_null() {
            return;
        }
        if self.may_renumber() {
            self.len = 0;
        } else {
            for i in 0..self.len as usize {
                // SAFETY: i < len.
                unsafe { *self.entries().add(i) = (Value::HOLE, Value::UNDEFINED) };
            }
        }
        self.first_live = self.len;
        self.live = 0;
        self.rehash();
    }

    /// Notes that an iterator over this table exists (see `may_iterate`).
    pub fn note_iterator(&mut self) {
        self.may_iterate = 1;
    }
}

/// A new storage cell for `cap` entries; returns its payload.
fn new_storage(cap: u32) -> *mut u8 {
    let bytes = HEADER_SIZE as usize + BYTES_PER_ENTRY * cap as usize;
    // SAFETY: a fresh cell of `bytes` bytes; its payload follows the header.
    unsafe { (crate::gc::alloc(KIND_RAW, 0, bytes) as *mut u8).add(HEADER_SIZE as usize) }
}

/// Makes room in `o`'s table for one more entry: compacts it in place when
/// half its positions are deleted and nothing depends on positions, else
/// moves it to storage twice as large (allocating: may collect).
fn make_room(o: Value) {
    let t = of(o);
    if t.len < t.cap {
        return;
    }
    if t.may_renumber() && t.live <= t.len / 2 && t.cap > 0 {
        t.compact();
        return;
    }
    let cap = (t.cap * 2).max(MIN_CAP);
    let data = new_storage(cap);
    // The allocation may have collected (and compacted this table): read it again.
    let t = of(o);
    if t.len < t.cap {
        return; // compacted meanwhile; the fresh storage is garbage
    }
    // SAFETY: the old storage holds `len` entries and hashes; the new one
    // has room for `cap >= len` of each.
    unsafe {
        if !t.data.is_null() {
            std::ptr::copy_nonoverlapping(t.entries(), data as *mut (Value, Value), t.len as usize);
            std::ptr::copy_nonoverlapping(
                t.hashes(),
                data.add(16 * cap as usize) as *mut u32,
                t.len as usize,
            );
        }
    }
    t.data = data;
    t.cap = cap;
    t.rehash();
}

/// Sets key `k` of `o`'s table to `v` (Map `set`, Set `add`); may allocate.
pub fn set(o: Value, k: Value, v: Value) {
    let k = hashed(k);
    if let Some(i) = of(o).find(k) {
        // SAFETY: a position below len.
        unsafe { (*of(o).entries().add(i)).1 = v };
        return;
    }
    make_room(o);
    of(o).push(k, v);
}

/// Deletes key `k` from `o`'s table; whether it was there. Moves a table
/// that fell under a quarter full to smaller storage when positions may
/// change (allocating: may collect).
pub fn delete(o: Value, k: Value) -> bool {
    let k = hashed(k);
    let t = of(o);
    let Some(i) = t.find(k) else { return false };
    t.remove_at(i);
    if t.cap > 4 * MIN_CAP && t.live < t.cap / 4 && t.may_renumber() {
        shrink(o);
    }
    true
}

/// Moves `o`'s live entries to storage half as large.
fn shrink(o: Value) {
    let cap = of(o).cap / 2;
    let data = new_storage(cap);
    let t = of(o);
    if !t.may_renumber() || t.live > cap / 2 || t.cap <= cap {
        return;
    }
    let mut to = 0;
    // SAFETY: reads below the old len, writes below live <= cap.
    unsafe {
        for i in 0..t.len as usize {
            let e = *t.entries().add(i);
            if e.0 == Value::HOLE {
                continue;
            }
            *(data as *mut (Value, Value)).add(to) = e;
            *(data.add(16 * cap as usize) as *mut u32).add(to) = *t.hashes().add(i);
            to += 1;
        }
    }
    t.data = data;
    t.cap = cap;
    t.len = to as u32;
    t.first_live = 0;
    t.rehash();
}

// ---- the collector's view ----

/// Collector: marks the live entries of a Map or Set table.
pub fn trace(m: &mut crate::gc::mark::Marker, t: &Table) {
    for (k, v) in t.iter() {
        m.value(k);
        m.value(v);
    }
}

/// Collector: whether the table needs [`after_mark`] (an iterator flag to
/// clear or enough tombstones to compact).
pub fn wants_after_mark(t: &Table) -> bool {
    t.may_iterate != 0 || t.len - t.live > 16.max(t.live)
}

/// Collector, while marking: a live iterator of the table was seen.
pub fn saw_iterator(t: &mut Table, epoch: u64) {
    t.iterated = epoch as u32;
}

/// Collector, after marking (no allocation): forgets the iterator flag of
/// a table no live iterator was seen for, and compacts a table with many
/// deleted entries when nothing depends on positions.
pub fn after_mark(t: &mut Table, epoch: u64) {
    if t.iterated != epoch as u32 {
        t.may_iterate = 0;
    }
    if t.may_renumber() && t.len - t.live > 16.max(t.live) {
        t.compact();
    }
}

/// Collector: marks the value of every entry whose key is marked (an
/// ephemeron: the key keeps the value alive, the table does not).
pub fn trace_ephemerons(m: &mut crate::gc::mark::Marker, t: &Table) {
    for (k, v) in t.iter() {
        if crate::gc::is_marked(k) {
            m.value(v);
        }
    }
}

/// Collector: deletes the entries whose keys died and compacts (weak tables
/// are never iterated).
pub fn clear_dead_keys(t: &mut Table) {
    for i in 0..t.len as usize {
        if let Some((k, _)) = t.entry(i) {
            if !crate::gc::is_marked(k) {
                t.remove_at(i);
            }
        }
    }
    if t.looping == 0 && t.len != t.live {
        t.compact();
    }
}
