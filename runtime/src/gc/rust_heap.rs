//! The runtime's Rust allocations, tracked so that the collector can scan
//! the ones the stack points to.
//!
//! Runtime code keeps values in ordinary Rust containers while it calls
//! JavaScript or allocates: a `Vec<Value>` of arguments, a parser's stack of
//! half-built arrays, a sort's scratch copy. Their buffers are Rust heap
//! blocks the stack only points *to*. In executables the runtime installs
//! [`Tracking`] as the global allocator: it records every live block's start
//! and size in an open-addressing table (allocated from the system allocator,
//! behind a spin lock: JS runs on one thread, the others only start and join
//! it). When the collector finds a stack (or data-segment) word that is the
//! start of such a block, it scans the block conservatively as well, and the
//! blocks *it* points to, transitively. Blocks owned by heap objects (sparse
//! maps, collection tables, dictionary shapes) are not roots: objects trace
//! those precisely.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The global allocator of kiln executables (see the module docs).
pub struct Tracking;

const EMPTY: usize = 0;
const GONE: usize = 1;

struct Table {
    /// `cap` (start, size) pairs; start EMPTY or GONE marks a free entry.
    slots: *mut (usize, usize),
    cap: usize,
    used: usize,
}

static LOCK: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Set while [`untracked`] runs: this thread's blocks are not recorded.
    static UNTRACKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` without recording the blocks this thread allocates meanwhile.
/// For scratch work that holds no JavaScript values and frees (or hands
/// out, value-free) its own blocks: a regex engine's backtracking stacks
/// and capture lists cost a table insertion and removal each otherwise.
/// A block freed or resized inside `f` must have been allocated inside it
/// (outside, freeing an unrecorded block just finds no entry).
pub fn untracked<R>(f: impl FnOnce() -> R) -> R {
    let was = UNTRACKED.with(|u| u.replace(true));
    let r = f();
    UNTRACKED.with(|u| u.set(was));
    r
}

#[inline]
fn tracking() -> bool {
    !UNTRACKED.with(|u| u.get())
}
/// Lowest block start and highest block end ever recorded (a quick filter).
static LO: AtomicUsize = AtomicUsize::new(usize::MAX);
static HI: AtomicUsize = AtomicUsize::new(0);
static mut TABLE: Table = Table {
    slots: std::ptr::null_mut(),
    cap: 0,
    used: 0,
};

fn with_table<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    while LOCK
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        std::hint::spin_loop();
    }
    // SAFETY: the lock gives exclusive access to TABLE.
    let r = f(unsafe { &mut *std::ptr::addr_of_mut!(TABLE) });
    LOCK.store(false, Ordering::Release);
    r
}

#[inline]
fn hash(p: usize) -> usize {
    (p >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Table {
    fn slot_layout(cap: usize) -> Layout {
        Layout::array::<(usize, usize)>(cap).expect("allocation table size")
    }

    /// Rehashes into a table sized for the live entries: twice as big when
    /// they fill half of it, else the same size (dropping tombstones, so
    /// endless alloc/free cycles do not grow it).
    fn grow(&mut self) {
        let mut live = 0;
        for i in 0..self.cap {
            // SAFETY: i < cap.
            if unsafe { (*self.slots.add(i)).0 } > GONE {
                live += 1;
            }
        }
        let cap = if live * 2 >= self.cap {
            (self.cap * 2).max(1024)
        } else {
            self.cap.max(1024)
        };
        // SAFETY: non-zero size; zeroed entries are EMPTY.
        let slots = unsafe { System.alloc_zeroed(Self::slot_layout(cap)) } as *mut (usize, usize);
        if slots.is_null() {
            crate::sys::output::out_of_memory();
        }
        let (old, old_cap) = (self.slots, self.cap);
        self.slots = slots;
        self.cap = cap;
        self.used = 0;
        for i in 0..old_cap {
            // SAFETY: i < old_cap.
            let (p, n) = unsafe { *old.add(i) };
            if p > GONE {
                self.insert(p, n);
            }
        }
        if !old.is_null() {
            // SAFETY: allocated above with this layout (previous capacity).
            unsafe { System.dealloc(old as *mut u8, Self::slot_layout(old_cap)) };
        }
    }

    fn insert(&mut self, p: usize, n: usize) {
        // Under the table lock: plain loads and stores suffice.
        if p < LO.load(Ordering::Relaxed) {
            LO.store(p, Ordering::Relaxed);
        }
        if p + n > HI.load(Ordering::Relaxed) {
            HI.store(p + n, Ordering::Relaxed);
        }
        if (self.used + 1) * 4 > self.cap * 3 {
            self.grow();
        }
        let mask = self.cap - 1;
        let mut i = hash(p) & mask;
        loop {
            // SAFETY: i < cap.
            let e = unsafe { &mut *self.slots.add(i) };
            if e.0 <= GONE {
                if e.0 == EMPTY {
                    self.used += 1;
                }
                *e = (p, n);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    fn find(&self, p: usize) -> Option<*mut (usize, usize)> {
        if self.cap == 0 {
            return None;
        }
        let mask = self.cap - 1;
        let mut i = hash(p) & mask;
        loop {
            // SAFETY: i < cap.
            let e = unsafe { self.slots.add(i) };
            match unsafe { (*e).0 } {
                EMPTY => return None,
                q if q == p => return Some(e),
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn remove(&mut self, p: usize) {
        if let Some(e) = self.find(p) {
            // SAFETY: a valid entry of the table.
            unsafe { (*e).0 = GONE };
        }
    }
}

/// The size of the live Rust block starting exactly at `p`, if any.
pub fn block_at(p: usize) -> Option<usize> {
    if !p.is_multiple_of(8) || p < LO.load(Ordering::Relaxed) || p >= HI.load(Ordering::Relaxed) {
        return None;
    }
    // SAFETY: entries found are valid.
    with_table(|t| t.find(p).map(|e| unsafe { (*e).1 }))
}

// SAFETY: forwards to the system allocator; the table only records blocks.
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: forwarded contract.
        let p = unsafe { System.alloc(l) };
        if p.is_null() {
            crate::sys::output::out_of_memory();
        }
        if tracking() {
            with_table(|t| t.insert(p as usize, l.size()));
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        // SAFETY: forwarded contract.
        let p = unsafe { System.alloc_zeroed(l) };
        if p.is_null() {
            crate::sys::output::out_of_memory();
        }
        if tracking() {
            with_table(|t| t.insert(p as usize, l.size()));
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if tracking() {
            with_table(|t| t.remove(p as usize));
        }
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if !tracking() {
            // SAFETY: forwarded contract.
            let q = unsafe { System.realloc(p, l, n) };
            if q.is_null() {
                crate::sys::output::out_of_memory();
            }
            return q;
        }
        with_table(|t| t.remove(p as usize));
        // SAFETY: forwarded contract.
        let q = unsafe { System.realloc(p, l, n) };
        if q.is_null() {
            crate::sys::output::out_of_memory();
        }
        let (at, size) = if q.is_null() { (p, l.size()) } else { (q, n) };
        with_table(|t| t.insert(at as usize, size));
        q
    }
}
