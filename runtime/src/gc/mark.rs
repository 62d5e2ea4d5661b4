//! Marking: the worklist, conservative words, and how each kind of heap thing is traced.
//!
//! Every heap thing is traced *within exact bounds* (the collector knows
//! where each cell starts and ends) and, past the fixed object part whose
//! layout is known, its words are read *conservatively*:
//! any word that is a NaN-boxed pointer or a raw (possibly interior) pointer
//! into an allocated cell marks that cell. Stale words (a truncated array's
//! old elements, a dictionary's deleted slots) therefore only retain, never
//! dangle, and raw pointers compiled code and the runtime keep in objects
//! (`slots`, `elements`, rope text, bound-function records, mapped
//! `arguments` cells) need no special casing. What the words
//! cannot show — the Rust-side parts some objects own (sparse elements,
//! dictionary shapes, collection tables) — is traced
//! by [`trace_attachments`], which each owning module provides.

use super::hooks::{self, Hooks};
use super::space::{Space, KIND_FREE};
use crate::abi::heap::{
    has_object_part, FLAG_OWNS_RUST, FLAG_ROPE, KIND_ERROR, KIND_GENERATOR, KIND_MAP,
};
use crate::abi::heap::{Header, HEADER_SIZE, KIND_STRING};
use crate::abi::layout::{OBJECT_SIZE, OBJ_ELEMENTS_OFFSET, OBJ_SLOTS_OFFSET};
use crate::abi::value::{Value, PAYLOAD_MASK, TAG_FIRST_NON_NUMBER};

/// `Header::gc` bit of a marked thing.
pub const MARK: u8 = 2;

/// Queued cells at which root scanning stops to drain the queue.
const ROOT_DRAIN: usize = 1 << 14;

/// Cells in flight between their prefetch and their visit (see [`Marker::drain`]).
const FIFO: usize = 8;

#[inline(always)]
fn prefetch(h: *mut Header) {
    // SAFETY: prefetching never faults, whatever the address.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch(h as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
}

/// A cell found by the marker: its start, size and region id.
#[derive(Clone, Copy)]
struct Found {
    h: *mut Header,
    size: u32,
    region: u32,
}

impl Default for Found {
    fn default() -> Found {
        Found {
            h: std::ptr::null_mut(),
            size: 0,
            region: 0,
        }
    }
}

pub struct Marker<'a> {
    pub space: &'a Space,
    /// Cells found but not yet visited (possibly free or already marked:
    /// their headers are read only when visited, after a prefetch).
    stack: Vec<Found>,
    /// Cells popped from `stack` and prefetched, visited in FIFO order.
    fifo: [Found; FIFO],
    fifo_head: usize,
    fifo_len: usize,
    /// WeakMap / WeakSet objects reached (their entries are ephemerons).
    pub weak_tables: Vec<Value>,
    /// Map / Set objects whose tables are revisited after marking (iterator flags, compaction).
    pub compactable: Vec<Value>,
    /// The number of this collection.
    pub epoch: u64,
    /// Bytes marked.
    pub marked_bytes: usize,
    /// Cells marked per region id (a block with none is free as a whole).
    pub live_cells: Vec<u32>,
    /// Rust blocks found from roots (see `rust_heap`), and those still to scan.
    rust_seen: std::collections::HashSet<usize>,
    rust_todo: Vec<(usize, usize)>,
    /// What the layers above the collector provide.
    hooks: &'static Hooks,
    /// The shared empty elements block's address (not a heap cell).
    empty_elements: usize,
    /// Rust blocks never scanned as roots (see [`Marker::ignore_block`]).
    ignored: Vec<usize>,
}

impl<'a> Marker<'a> {
    pub fn new(space: &'a Space, epoch: u64) -> Marker<'a> {
        let hooks = hooks::get();
        Marker {
            hooks,
            empty_elements: (hooks.empty_elements)(),
            space,
            compactable: Vec::new(),
            epoch,
            stack: Vec::with_capacity(1024),
            fifo: [Found::default(); FIFO],
            fifo_head: 0,
            fifo_len: 0,
            weak_tables: Vec::new(),
            marked_bytes: 0,
            live_cells: vec![0; space.regions.len()],
            rust_seen: std::collections::HashSet::new(),
            rust_todo: Vec::new(),
            ignored: Vec::new(),
        }
    }

    /// Never scans the Rust block starting at `p` as a root: the collector's
    /// own tables of heap cells, which a stale stack word may point at.
    pub fn ignore_block(&mut self, p: usize) {
        self.ignored.push(p);
    }

    /// A root word: marks the heap thing it points into, or, if it is the
    /// start of a live Rust block, notes that block for scanning.
    pub fn root_word(&mut self, w: u64) {
        let before = self.stack.len();
        self.word(w);
        if self.stack.len() != before || w >= TAG_FIRST_NON_NUMBER {
            return;
        }
        let p = w as usize;
        if let Some(size) = super::rust_heap::block_at(p) {
            if !self.ignored.contains(&p) && self.rust_seen.insert(p) {
                self.rust_todo.push((p, p + size));
            }
        }
    }

    /// Root words in `[from, to)`, then the Rust blocks they point to (one
    /// level: a `Vec<Value>` or a boxed struct held in a local; deeper Rust
    /// structures belong to objects, which trace them precisely).
    ///
    /// Found cells are queued unchecked, so a deep stack repeating the same
    /// pointers would queue them again and again: the queue is drained
    /// whenever it reaches [`ROOT_DRAIN`] entries. A Rust block is scanned
    /// only if it is still allocated when its turn comes: the marker's own
    /// buffers (its queue among them) are Rust blocks that may have been
    /// reallocated since a root pointed at them.
    pub fn root_range(&mut self, from: usize, to: usize) {
        for w in words(from, to) {
            self.root_word(w);
            if self.stack.len() >= ROOT_DRAIN {
                self.drain();
            }
        }
        while let Some((a, _)) = self.rust_todo.pop() {
            if let Some(size) = super::rust_heap::block_at(a) {
                self.range(a, a + size);
            }
        }
    }

    /// Marks whatever heap thing `w` points into, as a NaN-boxed value or a
    /// raw pointer: queues the cell containing it (see [`Marker::drain`]).
    #[inline]
    pub fn word(&mut self, w: u64) {
        let p = if w >= TAG_FIRST_NON_NUMBER {
            w & PAYLOAD_MASK
        } else {
            w
        } as usize;
        if let Some((h, size, region)) = self.space.find_cell(p) {
            self.stack.push(Found {
                h,
                size: size as u32,
                region: region as u32,
            });
        }
    }

    #[inline]
    pub fn value(&mut self, v: Value) {
        self.word(v.0);
    }

    /// Marks what every 8-byte word of `[from, to)` points into.
    pub fn range(&mut self, from: usize, to: usize) {
        for w in words(from, to) {
            self.word(w);
        }
    }

    /// Marks and traces until the worklist is empty.
    ///
    /// Reading a found cell's header is the cache miss that dominates
    /// marking, so cells go through a small FIFO: each one popped from the
    /// stack is prefetched and visited only `FIFO` pops later, when its
    /// header has (likely) arrived. Visiting skips free and already marked
    /// cells, marks the rest and traces them.
    pub fn drain(&mut self) {
        loop {
            let Found { h, size, region } = if let Some(c) = self.stack.pop() {
                prefetch(c.h);
                // The cell's last word (its inline slots) may be on the next line.
                prefetch((c.h as usize + c.size as usize - 8) as *mut Header);
                if self.fifo_len < FIFO {
                    self.fifo[(self.fifo_head + self.fifo_len) % FIFO] = c;
                    self.fifo_len += 1;
                    continue;
                }
                let oldest = std::mem::replace(&mut self.fifo[self.fifo_head], c);
                self.fifo_head = (self.fifo_head + 1) % FIFO;
                oldest
            } else if self.fifo_len > 0 {
                let oldest = self.fifo[self.fifo_head];
                self.fifo_head = (self.fifo_head + 1) % FIFO;
                self.fifo_len -= 1;
                oldest
            } else {
                return;
            };
            // SAFETY: `find_cell` returned a formatted cell of ours, allocated or free.
            unsafe {
                if (*h).kind == KIND_FREE || (*h).gc & MARK != 0 {
                    continue;
                }
                (*h).gc |= MARK;
            }
            self.marked_bytes += size as usize;
            self.live_cells[region as usize] += 1;
            self.trace(h, size as usize);
        }
    }

    fn trace(&mut self, h: *mut Header, size: usize) {
        // SAFETY: h is a marked, allocated cell of `size` bytes.
        let kind = unsafe { (*h).kind };
        if kind == crate::abi::heap::KIND_BIGINT || kind == crate::abi::heap::KIND_RAW {
            return; // a BigInt's digits are never pointers; raw bytes are traced by their owner
        }
        if kind == KIND_STRING {
            // Flat strings hold text only; ropes hold two strings and their
            // flattened copy (an interior pointer to a string).
            // SAFETY: as above.
            if unsafe { (*h).flags } & FLAG_ROPE != 0 {
                let base = h as usize + HEADER_SIZE as usize;
                self.range(base, base + 24);
            }
            return;
        }
        if has_object_part(kind) {
            // The object part's own words: `slots` and `elements` point at
            // storage cells (or into this cell, or at the static empty
            // elements block); the header and the shape are not heap
            // pointers.
            let (start, end) = (h as usize, h as usize + size);
            // SAFETY: cells of object kinds start with an Object part.
            let (slots, elements) = unsafe {
                (
                    *((start + OBJ_SLOTS_OFFSET as usize) as *const usize),
                    *((start + OBJ_ELEMENTS_OFFSET as usize) as *const usize),
                )
            };
            if slots < start || slots >= end {
                self.word(slots as u64);
            }
            if elements != self.empty_elements {
                self.word(elements as u64);
            }
            self.range(start + OBJECT_SIZE, end);
        } else {
            self.range(h as usize + HEADER_SIZE as usize, h as usize + size);
        }
        trace_attachments(self, h, kind);
    }
}

/// The 8-byte words of `[from, to)`, from `from` rounded up to 8. The caller
/// passes readable memory.
fn words(from: usize, to: usize) -> impl Iterator<Item = u64> {
    (from.next_multiple_of(8)..to.saturating_sub(7))
        .step_by(8)
        // SAFETY: inside the readable range the caller passed.
        .map(|p| unsafe { *(p as *const u64) })
}

/// Traces the Rust-side parts an object owns (they are not heap cells).
fn trace_attachments(m: &mut Marker, h: *mut Header, kind: u8) {
    if !has_object_part(kind) {
        return;
    }
    let v = Value::from_tagged_ptr(crate::abi::value::TAG_OBJECT, h);
    // SAFETY: h is an allocated cell (its header is readable).
    if unsafe { (*h).flags } & FLAG_OWNS_RUST != 0 {
        (m.hooks.trace_owned)(m, v);
    }
    if kind == KIND_GENERATOR {
        super::coro::trace(m, v);
    } else if kind >= KIND_MAP {
        (m.hooks.trace_collection)(m, v, kind);
    }
}

/// Frees the Rust-side parts of a dead object (sweeping).
///
/// # Safety
/// `h` must be an allocated, unmarked (dead) cell about to be freed.
#[inline]
pub unsafe fn finalize(h: *mut Header) {
    // SAFETY: guaranteed by the caller.
    let (kind, flags) = unsafe { ((*h).kind, (*h).flags) };
    let owns = flags & FLAG_OWNS_RUST != 0 || kind == KIND_ERROR || kind >= KIND_MAP;
    if !owns || !has_object_part(kind) {
        return;
    }
    let v = Value::from_tagged_ptr(crate::abi::value::TAG_OBJECT, h);
    let hooks = hooks::get();
    match kind {
        KIND_ERROR => (hooks.finalize_error)(v),
        KIND_GENERATOR => super::coro::finalize(v),
        k if k >= KIND_MAP => (hooks.finalize_collection)(v, kind),
        _ => {}
    }
    (hooks.finalize_owned)(v);
}
