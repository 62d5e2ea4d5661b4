//! The garbage collector: non-moving mark-sweep over size-class blocks, with
//! conservative roots (stack, registers, data segments) and a precisely
//! bounded heap.
//!
//! * Allocation ([`alloc`]) pops a free cell of the size class, or takes a
//!   large object for things over 8 KiB (`space.rs`).
//! * A collection starts when the bytes allocated since the last one exceed
//!   a budget: twice the live size for small heaps, half of it for large
//!   ones (at least [`MIN_THRESHOLD`]); see [`budget`].
//! * Marking (`mark.rs`) starts from the roots (`roots.rs`), then processes
//!   WeakMap/WeakSet entries as ephemerons, then drops dead interned strings.
//! * Sweeping (`sweep.rs`) frees dead large objects at once and sweeps
//!   blocks lazily: the allocator sweeps a block of a size class when that
//!   class's free list runs dry, and a collection first finishes the rest.
//!
//! Collection only ever runs on the JS thread after [`init`] (the process
//! entry); the compiler and unit tests use the allocator without collecting.
//!
//! Environment: `KILN_GC_STRESS=N` collects at every N-th allocation (1 =
//! every one); `KILN_GC_VERIFY=1` checks the heap's invariants after each
//! collection and poisons freed cells; `KILN_GC_STATS=1` prints statistics
//! at exit (`=2`: also a line per collection).

pub mod coro;
pub mod hooks;
pub mod mark;
pub mod roots;
pub mod rust_heap;
pub mod space;
mod sweep;
pub mod vec;
mod verify;

#[cfg(test)]
mod tests;

use crate::abi::heap::{Header, GC_HEAP, HEADER_SIZE};
use mark::{Marker, MARK};
use space::Space;
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Bytes allocated before the first collection, and the least between two
/// (V8's young generation is as large). 32 MiB would take another tenth off
/// binary-trees but put the 10^7-short-lived-objects loop over 64 MB of RSS.
pub const MIN_THRESHOLD: usize = 16 << 20;
/// Empty blocks kept (not released) after a sweep, for reuse: at least
/// this many, and as many as the next collection's allocation budget needs
/// (so a steady state does not return and refault pages).
const SPARE_BLOCKS: usize = 16;

/// Bytes to allocate before the next collection when `live` bytes survived:
/// twice the live size while the heap is small (fewer collections), half
/// the live size (at least 64 MiB) once it is large (the heap stays within
/// 1.5 times the live data). (Measured on binary-trees: twice the live
/// size takes a tenth off its time against 1.5 ×; 3 × gains nothing more at
/// depth 16 and puts depth 18's peak RSS above node's.)
fn budget(live: usize) -> usize {
    if live < GROW_FAST_BELOW {
        live * 2
    } else {
        (live / 2).max(GROW_FAST_BELOW)
    }
}

/// Live size below which the heap may grow to 3 times the live data (and
/// the least budget above it).
const GROW_FAST_BELOW: usize = 64 << 20;

#[derive(Default)]
struct Stats {
    collections: u64,
    total_pause: Duration,
    max_pause: Duration,
    peak_heap: usize,
    freed_bytes: u64,
}

struct Gc {
    space: Space,
    /// Where the JS stack begins (0: collection disabled).
    stack_top: usize,
    data: Vec<(usize, usize)>,
    threshold: usize,
    live: usize,
    /// The heap limit: live bytes beyond it are a fatal out-of-memory
    /// error, as in Node (see [`heap_limit`]).
    max_heap: usize,
    stress: u32,
    countdown: u32,
    verify: bool,
    print_stats: bool,
    /// `KILN_GC_STATS=2`: a line per collection.
    trace: bool,
    collecting: bool,
    /// Collections so far.
    epoch: u64,
    /// Empty blocks kept since the last marking (see `sweep`).
    empty_blocks: usize,
    /// Heap things owning Rust-side parts, alive at the last collection or
    /// allocated since.
    finalizable: Vec<*mut Header>,
    stats: Option<Stats>,
}

/// The JS thread's allocation fast-path state, for compiled code's inline
/// allocation (`kiln_alloc_state`, see `abi::DATA_ALLOC_STATE`); set by [`init`].
#[export_name = "kiln_alloc_state"]
pub static mut ALLOC_STATE: *mut space::AllocState = std::ptr::null_mut();

thread_local! {
    /// This thread's collector (created on first use, never dropped: a
    /// plain pointer keeps the thread-local access free of destructor checks).
    static GC: Cell<*mut Gc> = const { Cell::new(std::ptr::null_mut()) };
}

#[inline]
fn gc() -> *mut Gc {
    let p = GC.with(|g| g.get());
    if p.is_null() {
        return new_gc();
    }
    p
}

#[cold]
fn new_gc() -> *mut Gc {
    let g = Box::into_raw(Box::new(Gc {
        space: Space::new(),
        stack_top: 0,
        data: Vec::new(),
        threshold: MIN_THRESHOLD,
        max_heap: usize::MAX,
        live: 0,
        stress: 0,
        countdown: 0,
        verify: false,
        print_stats: false,
        trace: false,
        collecting: false,
        epoch: 0,
        empty_blocks: 0,
        finalizable: Vec::new(),
        stats: None,
    }));
    GC.with(|c| c.set(g));
    g
}

/// Enables collection on this thread, whose stack begins at `stack_top`,
/// with the layers above described by `hooks`; reads the `KILN_GC_*`
/// environment variables.
pub fn init(stack_top: usize, hooks: &'static hooks::Hooks) {
    hooks::register(hooks);
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty() && v != "0");
    // SAFETY: the JS thread's collector, not otherwise borrowed here.
    let g = unsafe { &mut *gc() };
    g.stack_top = stack_top;
    // SAFETY: written once, before any compiled code runs.
    unsafe { ALLOC_STATE = &mut g.space.hot };
    g.data = roots::data_segments();
    g.stress = match env("KILN_GC_STRESS").map(|v| v.parse::<u32>()) {
        None => 0,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            crate::sys::output::write_stderr(
                b"kiln: KILN_GC_STRESS must be a number (collect at every N-th allocation); ignored\n",
            );
            0
        }
    };
    g.countdown = g.stress;
    g.max_heap = heap_limit(std::env::var("KILN_MAX_HEAP").ok().as_deref());
    g.set_threshold(g.threshold.min(g.max_heap));
    g.verify = env("KILN_GC_VERIFY").is_some();
    g.print_stats = env("KILN_GC_STATS").is_some();
    g.trace = env("KILN_GC_STATS").as_deref() == Some("2");
    g.stats = Some(Stats::default());
}

/// The default heap limit: half the physical memory, at least 512 MiB and at
/// most 4 GiB (Node's default is about 4 GB on a 64-bit machine with enough
/// memory).
pub const DEFAULT_MAX_HEAP: usize = 4 << 30;

/// The heap limit for the value of `KILN_MAX_HEAP`: a number of megabytes
/// (like Node's `--max-old-space-size`), or of bytes / KiB / MiB / GiB with
/// a suffix `b`, `k`, `m`, `g` (`64m`, `2g`, `500000000b`); unset, empty or
/// unreadable: [`DEFAULT_MAX_HEAP`] bounded by the physical memory.
pub fn heap_limit(setting: Option<&str>) -> usize {
    if let Some(s) = setting.map(str::trim).filter(|s| !s.is_empty()) {
        let s = s.to_ascii_lowercase();
        let s = s
            .strip_suffix("ib")
            .or_else(|| s.strip_suffix('b').filter(|t| t.ends_with(['k', 'm', 'g'])))
            .unwrap_or(&s);
        let (digits, unit) = match s.as_bytes().last() {
            Some(b'k') => (&s[..s.len() - 1], 1usize << 10),
            Some(b'm') => (&s[..s.len() - 1], 1 << 20),
            Some(b'g') => (&s[..s.len() - 1], 1 << 30),
            Some(b'b') => (&s[..s.len() - 1], 1),
            _ => (s, 1 << 20),
        };
        match digits.trim().parse::<f64>() {
            Ok(n) if n > 0.0 => return ((n * unit as f64) as usize).max(1 << 20),
            _ => crate::sys::output::write_stderr(
                b"kiln: KILN_MAX_HEAP must be a size (megabytes, or with a suffix b/k/m/g); ignored\n",
            ),
        }
    }
    extern "C" {
        fn sysconf(name: i32) -> i64;
    }
    const SC_PAGESIZE: i32 = 30;
    const SC_PHYS_PAGES: i32 = 85;
    // SAFETY: plain libc queries.
    let phys = unsafe { sysconf(SC_PHYS_PAGES).max(0) as u64 * sysconf(SC_PAGESIZE).max(0) as u64 };
    if phys == 0 {
        return DEFAULT_MAX_HEAP;
    }
    ((phys / 2) as usize).clamp(512 << 20, DEFAULT_MAX_HEAP)
}

/// Allocates `size` bytes (8-aligned, zeroed) for a heap thing of `kind`.
/// The one allocation path: the garbage collector (collector) serves it from its
/// size-class free lists and may collect first.
#[inline]
pub fn alloc(kind: u8, aux: u32, size: usize) -> *mut Header {
    let (h, size) = fresh(kind, aux, size);
    alloc_header(h, size)
}

/// Like [`alloc`], but the caller writes every byte of the first `size`
/// (after the header) before allocating again; the rest of the cell is zeroed.
#[inline(always)]
pub fn alloc_uninit(kind: u8, aux: u32, size: usize) -> *mut Header {
    let (h, size) = fresh(kind, aux, size);
    alloc_header_uninit(h, size)
}

/// A new heap thing's header and its size rounded to whole words.
#[inline(always)]
fn fresh(kind: u8, aux: u32, size: usize) -> (Header, usize) {
    let h = Header {
        kind,
        gc: GC_HEAP,
        flags: 0,
        aux,
    };
    (h, size.max(HEADER_SIZE as usize).next_multiple_of(8))
}

/// Allocates `size` bytes (zeroed) for a heap thing with header `h`; may collect first.
#[inline]
pub fn alloc_header(h: Header, size: usize) -> *mut Header {
    alloc_zeroed_from(h, size, 0)
}

/// Like [`alloc`], but only the bytes from `size` to the end of the cell
/// are zeroed: the caller writes all of the first `size` bytes after the
/// header before it allocates again.
#[inline(always)]
pub fn alloc_header_uninit(h: Header, size: usize) -> *mut Header {
    alloc_zeroed_from(h, size, size)
}

#[inline(always)]
fn alloc_zeroed_from(h: Header, size: usize, zero_from: usize) -> *mut Header {
    // SAFETY: single-threaded; the collector is not otherwise borrowed here.
    let g = unsafe { &mut *gc() };
    // The fast path: a small cell from its free list while no collection
    // is due (`hot.limit` is 0 under KILN_GC_STRESS, so every allocation
    // takes the slow path and counts down).
    match g.space.try_alloc_small(size, true, zero_from) {
        Some(p) => with_header(p, h),
        None => alloc_slow(h, size),
    }
}

/// Writes header `h` into fresh cell `p` (registering things that own
/// Rust-side parts from birth); returns `p`.
#[inline(always)]
fn with_header(p: *mut Header, h: Header) -> *mut Header {
    // SAFETY: a fresh cell of at least HEADER_SIZE bytes.
    unsafe { p.write(Header { gc: GC_HEAP, ..h }) };
    if finalizable_kind(h.kind) {
        // SAFETY: the fresh cell's header, just written.
        register_finalizable(unsafe { &mut *p });
    }
    p
}

#[inline(never)]
fn alloc_slow(h: Header, size: usize) -> *mut Header {
    // SAFETY: single-threaded; `collect` is not re-entered (see `collecting`).
    let g = unsafe { &mut *gc() };
    if g.stack_top != 0 && !g.collecting {
        let due = if g.stress != 0 {
            g.countdown -= 1;
            if g.countdown == 0 {
                g.countdown = g.stress;
            }
            g.countdown == g.stress
        } else {
            g.space.hot.allocated >= g.threshold
        };
        if due {
            collect_now();
        }
        // A large allocation that would take the heap past its limit:
        // collect first, and fail like Node if it still does not fit.
        if size > g.max_heap / 32 && g.live + g.space.hot.allocated + size > g.max_heap {
            collect_now();
            // SAFETY: as above.
            let g = unsafe { &mut *gc() };
            if g.live + size > g.max_heap {
                crate::sys::output::out_of_memory();
            }
        }
    }
    // SAFETY: as above (the collection has finished).
    let g = unsafe { &mut *gc() };
    let p = loop {
        if let Some(p) = g.space.try_alloc(size) {
            break p;
        }
        // The class's free list is empty: sweep a block of it, or add one.
        let class = Space::class_of(size);
        if !sweep::sweep_next(g, class) {
            g.space.new_block(class);
        }
    };
    with_header(p, h)
}

impl Gc {
    /// Sets the allocation budget until the next collection.
    fn set_threshold(&mut self, threshold: usize) {
        self.threshold = threshold;
        self.space.hot.limit = if self.stress != 0 { 0 } else { threshold };
    }
}

/// Calls `f` with every formatted cell of the heap that is not free: the
/// live ones and dead ones not yet swept (so `f` may only write fields the
/// cell's own kind owns). For rare whole-heap fix-ups (detaching a buffer).
pub fn for_each_cell(mut f: impl FnMut(*mut Header)) {
    // SAFETY: single-threaded access to the collector.
    let g = unsafe { &mut *gc() };
    if g.stack_top == 0 {
        return;
    }
    for (id, r) in g.space.regions.iter().enumerate() {
        if r.start == 0 {
            continue;
        }
        let (step, end) = if r.is_large() {
            (usize::MAX, r.start + 1)
        } else {
            (r.cell as usize, g.space.formatted_end(id))
        };
        let mut c = r.start;
        while c < end {
            let h = c as *mut Header;
            // SAFETY: a formatted cell starts with a header.
            if unsafe { (*h).kind } != space::KIND_FREE {
                f(h);
            }
            c = c.saturating_add(step);
        }
    }
}

/// Runs a full collection now (no-op before [`init`] or while collecting).
#[inline(never)]
pub fn collect_now() {
    // SAFETY: single-threaded access to the collector.
    let g = unsafe { &mut *gc() };
    if g.stack_top == 0 || g.collecting {
        return;
    }
    g.collecting = true;
    let t0 = Instant::now();
    let before = g.space.heap_bytes;
    sweep::finish(g);
    let (marked, live_cells) = mark_all(g);
    finalize_dead(g);
    // What the last collection left plus what was allocated since, less
    // what survived.
    let freed = (g.live + g.space.hot.allocated).saturating_sub(marked);
    g.live = marked;
    if marked > g.max_heap {
        crate::sys::output::out_of_memory();
    }
    // Collect again before the heap passes its limit (but not in steps so
    // small that a heap near its limit is collected at every allocation).
    let room = (g.max_heap - marked).max(g.max_heap / 32);
    g.set_threshold(MIN_THRESHOLD.max(budget(marked)).min(room));
    sweep::start(g, live_cells);
    if g.verify {
        sweep::finish(g);
    }
    g.space.hot.allocated = 0;
    if g.verify {
        verify::check(&g.space);
    }
    let pause = t0.elapsed();
    if g.trace {
        let text = format!(
            "kiln gc: collection {}: {:.3} ms, {} KB live, {} KB freed, heap {} KB\n",
            g.epoch,
            pause.as_secs_f64() * 1000.0,
            marked >> 10,
            freed >> 10,
            g.space.heap_bytes >> 10
        );
        crate::sys::output::write_stderr(text.as_bytes());
    }
    if let Some(s) = g.stats.as_mut() {
        s.collections += 1;
        s.total_pause += pause;
        s.max_pause = s.max_pause.max(pause);
        s.peak_heap = s.peak_heap.max(before);
        s.freed_bytes += freed as u64;
    }
    g.collecting = false;
}

/// Marks everything reachable; the bytes marked and the live cells per region.
#[inline(never)]
fn mark_all(g: &mut Gc) -> (usize, Vec<u32>) {
    g.epoch += 1;
    let hooks = hooks::get();
    let mut m = Marker::new(&g.space, g.epoch);
    // The collector's own tables list heap cells (every large object's
    // start, every finalizable thing): a stale stack word pointing at one
    // must not make them all roots (the sieve kept 150 MB of dead arrays).
    m.ignore_block(g.space.regions.as_ptr() as usize);
    m.ignore_block(g.finalizable.as_ptr() as usize);
    coro::scan_running(&mut m, g.stack_top);
    for &(a, b) in &g.data {
        m.root_range(a, b);
    }
    roots::scan_runtime(&mut m);
    m.drain();
    // Ephemerons: a weak table's value is live only once its key is.
    loop {
        let before = m.marked_bytes;
        for t in m.weak_tables.clone() {
            (hooks.trace_ephemerons)(&mut m, t);
        }
        m.drain();
        if m.marked_bytes == before {
            break;
        }
    }
    for t in std::mem::take(&mut m.weak_tables) {
        (hooks.clear_dead_keys)(t);
    }
    (hooks.compact_tables)(&m.compactable, m.epoch);
    for after in hooks.after_mark {
        after();
    }
    (m.marked_bytes, std::mem::take(&mut m.live_cells))
}

/// `Header::gc` bit of a thing on the collector's finalizable list.
pub const FINALIZABLE: u8 = 4;

/// Registers a heap thing that owns (or is about to own) Rust-side parts
/// (see [`mark::finalize`]), to be finalized by the collection that finds it
/// dead. Registering twice is harmless; static things never die.
pub fn register_finalizable(h: &mut Header) {
    if h.gc & (FINALIZABLE | crate::abi::heap::GC_STATIC) != 0 {
        return;
    }
    h.gc |= FINALIZABLE;
    // SAFETY: single-threaded access to the collector.
    unsafe { (*gc()).finalizable.push(h) };
}

/// Whether things of `kind` own Rust-side parts from birth (errors' frames,
/// generators' stacks, weak references' boxes, RegExps' compiled programs).
/// Collections do not: their tables are heap cells.
#[inline(always)]
fn finalizable_kind(kind: u8) -> bool {
    matches!(
        kind,
        crate::abi::heap::KIND_ERROR
            | crate::abi::heap::KIND_GENERATOR
            | crate::abi::heap::KIND_WEAK_REF
            | crate::abi::heap::KIND_FINALIZATION_REGISTRY
            | crate::abi::heap::KIND_REGEXP
    )
}

/// Finalizes the registered things marking found dead (before any sweeping
/// can reuse their cells) and forgets them.
fn finalize_dead(g: &mut Gc) {
    g.finalizable.retain(|&h| {
        // SAFETY: registered things stay allocated until they are found dead here.
        let live = unsafe { (*h).gc & (MARK | crate::abi::heap::GC_STATIC) != 0 };
        if !live {
            // SAFETY: h is dead and about to be recycled.
            unsafe { mark::finalize(h) };
        }
        live
    });
}

/// Whether the heap thing `v` points to survived marking (static things always do).
pub fn is_marked(v: crate::abi::value::Value) -> bool {
    // SAFETY: called during a collection with values that point at heap things.
    let h = unsafe { crate::abi::heap::header_of(v) };
    unsafe { (*h).gc & (MARK | crate::abi::heap::GC_STATIC) != 0 }
}

/// The heap's size and the bytes in use (live after the last collection
/// plus allocated since), for `process.memoryUsage()`.
pub fn heap_figures() -> (usize, usize) {
    // SAFETY: single-threaded access to the collector.
    let g = unsafe { &*gc() };
    (g.space.heap_bytes, g.live + g.space.hot.allocated)
}

/// Prints `KILN_GC_STATS` figures to stderr (process exit).
pub fn report() {
    // SAFETY: single-threaded access to the collector.
    let g = unsafe { &mut *gc() };
    if !g.print_stats {
        return;
    }
    let Some(s) = g.stats.as_ref() else { return };
    let mb = |b: usize| b as f64 / (1 << 20) as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let text = format!(
        "kiln gc: {} collections, pause total {:.3} ms, max {:.3} ms; heap {:.2} MB now, \
         {:.2} MB peak, {:.2} MB live after the last collection; {:.1} MB freed\n",
        s.collections,
        ms(s.total_pause),
        ms(s.max_pause),
        mb(g.space.heap_bytes),
        mb(s.peak_heap.max(g.space.heap_bytes)),
        mb(g.live),
        s.freed_bytes as f64 / (1 << 20) as f64,
    );
    crate::sys::output::write_stderr(text.as_bytes());
}
