//! Stackful coroutines: the stacks generators and async functions run on,
//! the context switch between them, and what the collector scans.
//!
//! **Copied stacks on shared homes.** A coroutine does not own a stack. It
//! runs on a *home*: one of at most [`HOMES_MAX`] `mmap`ed stacks of
//! [`STACK_SIZE`] bytes (a guard page at the bottom, pages committed as they
//! are touched), shared by every coroutine assigned to it. At most one
//! coroutine's frames are *in place* on a home (its occupant); the others
//! that share it keep the live part of their stack, `[sp, top)`, in a heap
//! buffer of exactly that size. Switching to a coroutine that is not in
//! place goes through a small switcher stack ([`kiln_coro_switch_via`]):
//! the home's occupant is copied out, the target's buffer copied back *at
//! the same addresses*, and the switch completes. Frames are always
//! restored where they were, so every pointer into a stack (saved frame
//! pointers, Rust references held across a switch) stays valid, and a
//! suspended coroutine costs its live frames (a few hundred bytes) instead
//! of a kernel mapping: millions can be suspended at once (see
//! docs/ARCHITECTURE.md, "Generators"). Deep recursion still ends on a home's
//! software limit (`kiln_stack_limit`, [`STACK_MARGIN`] above the guard
//! page), with the guard page behind it, exactly as on the JS thread.
//!
//! A new coroutine gets a free home if one exists (mapping one while fewer
//! than [`HOMES_MAX`] exist) that no coroutine in the running chain uses, so
//! generators that resume one another (a pipeline of generators, a for-of
//! over a generator) each stay in place and switch without copying;
//! otherwise homes are shared round-robin and switches copy.
//!
//! Switching saves the callee-saved registers on the old stack, stores its
//! stack pointer, loads the other one and pops that stack's registers
//! (`kiln_coro_switch`, below): about twenty instructions.
//!
//! **The collector's view.** The running stacks are scanned conservatively
//! as the JS thread's stack always was: the current one from the
//! collector's frame to its top, then each *resumer* (the coroutine or JS
//! thread stack that resumed the running one, [`Coro::resumer`]) from its
//! saved stack pointer to its top, or its buffer when it is not in place.
//! A *suspended* coroutine's stack (in place or in its buffer) is scanned
//! from the generator object that owns it ([`trace`]), so an abandoned
//! generator and its frames are collected.

use super::mark::Marker;
use crate::abi::heap::GEN_CORO_OFFSET;
use crate::abi::value::Value;
use std::cell::{Cell, RefCell};

/// Bytes reserved for each home stack (committed lazily).
pub const STACK_SIZE: usize = 4 << 20;
/// The inaccessible page at the bottom of each home.
const GUARD: usize = 4096;
/// Head-room kept below a coroutine's `kiln_stack_limit` for runtime code
/// and for constructing the `RangeError` itself.
pub const STACK_MARGIN: usize = 512 << 10;
/// Homes mapped at most (each is two kernel mappings).
const HOMES_MAX: usize = 64;
/// The stack the copying half of a switch runs on.
const SWITCHER_SIZE: usize = 64 << 10;

/// A stack coroutines run on (see the module docs).
struct Home {
    base: usize,
    /// The coroutine whose frames are in place (null: none).
    occupant: *mut Coro,
}

impl Home {
    fn top(&self) -> usize {
        self.base + STACK_SIZE
    }

    fn limit(&self) -> u64 {
        (self.base + GUARD + STACK_MARGIN) as u64
    }
}

/// One coroutine: its home and, while it is not executing, its stack pointer.
pub struct Coro {
    /// The saved stack pointer whenever this coroutine is not the one executing.
    sp: usize,
    home: *mut Home,
    /// What resumed it, while it runs (null: the JS thread's own stack).
    resumer: *mut Coro,
    /// `[sp, top)` of its stack while another coroutine occupies its home.
    saved: Option<Frames>,
    /// The `arg` its entry was started with (its generator object).
    owner: usize,
    /// What runs on it, for stack traces (see [`resumers`]): 0 a generator,
    /// [`TAG_ASYNC_FN`] an async function's body.
    pub tag: u8,
}

/// `Coro::tag` of an async function's body: stack traces go straight on
/// to its caller (no `g.next` frame, and the caller's frame of the async
/// function's own entry is not repeated).
pub const TAG_ASYNC_FN: u8 = 1;

impl Coro {
    /// Whether its frames are on its home now.
    fn in_place(&self) -> bool {
        // SAFETY: homes are never unmapped or freed.
        std::ptr::eq(unsafe { (*self.home).occupant }, self)
    }

    fn top(&self) -> usize {
        // SAFETY: as above.
        unsafe { (*self.home).top() }
    }

    /// Bytes this coroutine holds outside its home (its copied frames).
    pub fn saved_bytes(&self) -> usize {
        self.saved.as_ref().map_or(0, |b| b.len * 8)
    }
}

impl Drop for Coro {
    fn drop(&mut self) {
        // SAFETY: homes are never unmapped or freed.
        let h = unsafe { &mut *self.home };
        if std::ptr::eq(h.occupant, self) {
            h.occupant = std::ptr::null_mut();
        }
    }
}

/// A copy of a coroutine's live frames, from the system allocator: the
/// collector traces it through its `Coro` (it is no root, so the runtime's
/// tracking allocator need not record it, which would cost more than the
/// copy).
struct Frames {
    ptr: *mut usize,
    len: usize,
}

impl Frames {
    fn layout(len: usize) -> std::alloc::Layout {
        std::alloc::Layout::array::<usize>(len.max(1)).unwrap_or_else(|_| std::process::abort())
    }

    /// A copy of `len` words at `from`.
    ///
    /// # Safety
    /// `from` is readable for `len` words.
    unsafe fn copy_of(from: *const usize, len: usize) -> Frames {
        use std::alloc::GlobalAlloc;
        let pooled = if len <= POOL_WORDS {
            FRAME_POOL.with(|p| p.borrow_mut().get_mut(len).and_then(Vec::pop))
        } else {
            None
        };
        // SAFETY: a fresh block of `len` words (at least one).
        let ptr =
            pooled.unwrap_or_else(
                || unsafe { std::alloc::System.alloc(Self::layout(len)) } as *mut usize
            );
        if ptr.is_null() {
            std::process::abort();
        }
        // SAFETY: guaranteed by the caller; the block is fresh.
        unsafe { std::ptr::copy_nonoverlapping(from, ptr, len) };
        Frames { ptr, len }
    }

    fn as_ptr(&self) -> *const usize {
        self.ptr
    }
}

/// Frame copies of up to this many words are recycled (per exact size):
/// the system allocator is slow with millions of blocks of a few sizes
/// freed in bulk by the collector.
const POOL_WORDS: usize = 128;
/// Blocks kept per size.
const POOL_PER_SIZE: usize = 1024;

thread_local! {
    static FRAME_POOL: RefCell<Vec<Vec<*mut usize>>> = RefCell::new(vec![Vec::new(); POOL_WORDS + 1]);
}

impl Drop for Frames {
    fn drop(&mut self) {
        use std::alloc::GlobalAlloc;
        if self.len <= POOL_WORDS {
            let kept = FRAME_POOL.with(|p| {
                let mut p = p.borrow_mut();
                match p.get_mut(self.len) {
                    Some(v) if v.len() < POOL_PER_SIZE => {
                        v.push(self.ptr);
                        true
                    }
                    _ => false,
                }
            });
            if kept {
                return;
            }
        }
        // SAFETY: allocated by `copy_of` with this layout.
        unsafe { std::alloc::System.dealloc(self.ptr as *mut u8, Self::layout(self.len)) };
    }
}

/// The switching state of this thread.
struct State {
    /// The executing coroutine (null: the JS thread's own stack).
    current: Cell<*mut Coro>,
    /// The JS thread stack's saved stack pointer while a coroutine runs.
    main_sp: Cell<usize>,
    /// The program's `kiln_stack_limit` word.
    limit: Cell<*mut u64>,
    /// The top of the switcher stack (0 until first needed).
    switcher: Cell<usize>,
    /// Where the round-robin choice of a shared home starts.
    next_home: Cell<usize>,
}

thread_local! {
    static STATE: State = const {
        State {
            current: Cell::new(std::ptr::null_mut()),
            main_sp: Cell::new(0),
            limit: Cell::new(std::ptr::null_mut()),
            switcher: Cell::new(0),
            next_home: Cell::new(0),
        }
    };
    static HOMES: RefCell<Vec<*mut Home>> = const { RefCell::new(Vec::new()) };
}

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
    fn kiln_coro_switch(save: *mut usize, to: usize);
    fn kiln_coro_switch_via(save: *mut usize, to: usize, switcher: usize);
    fn kiln_coro_boot();
}

std::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl kiln_coro_switch",
    ".hidden kiln_coro_switch",
    "kiln_coro_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".p2align 4",
    ".globl kiln_coro_switch_via",
    ".hidden kiln_coro_switch_via",
    "kiln_coro_switch_via:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rdx",
    "mov rdi, rsi",
    "call {fix}",
    "mov rsp, rax",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".p2align 4",
    ".globl kiln_coro_boot",
    ".hidden kiln_coro_boot",
    "kiln_coro_boot:",
    "mov rdi, r12",
    "call r13",
    "ud2",
    fix = sym coro_fix,
);

/// The copying half of a switch to `to`, on the switcher stack: puts `to`'s
/// frames in place on its home (copying the occupant's out first); the
/// stack pointer to switch to.
extern "C" fn coro_fix(to: usize) -> usize {
    let to = to as *mut Coro;
    // SAFETY: `to` is a live coroutine that is not executing; every
    // coroutine but the one that just switched away has a valid `sp`, so
    // the occupant's live part is `[sp, top)`; nothing runs on the home now.
    unsafe {
        let h = &mut *(*to).home;
        let top = h.top();
        let o = h.occupant;
        if o == to {
            return (*to).sp;
        }
        let Some(buf) = (*to).saved.take() else {
            std::process::abort()
        };
        let sp = (*to).sp;
        debug_assert_eq!(sp, top - buf.len * 8);
        if !o.is_null() && (*o).sp == sp {
            // The same depth (the same suspension point, typically): swap
            // the frames with the buffer, which then is the occupant's.
            let (a, b) = (sp as *mut usize, buf.ptr);
            for i in 0..buf.len {
                std::ptr::swap(a.add(i), b.add(i));
            }
            (*o).saved = Some(buf);
        } else {
            if !o.is_null() {
                let osp = (*o).sp;
                (*o).saved = Some(Frames::copy_of(osp as *const usize, (top - osp) / 8));
            }
            std::ptr::copy_nonoverlapping(buf.as_ptr(), sp as *mut usize, buf.len);
        }
        h.occupant = to;
        (*to).sp
    }
}

/// Tells the coroutines where the program's `kiln_stack_limit` word is
/// (the process entry, before any JS runs).
pub fn set_limit_word(p: *mut u64) {
    STATE.with(|st| st.limit.set(p));
}

/// The current value of the program's `kiln_stack_limit` word: the limit of
/// whichever stack runs now (the JS thread's or a coroutine's); 0 before
/// the process entry set it.
pub fn stack_limit() -> u64 {
    STATE.with(|st| {
        let p = st.limit.get();
        if p.is_null() {
            0
        } else {
            // SAFETY: the program's limit word, valid for the process's life.
            unsafe { p.read() }
        }
    })
}

fn map(len: usize, guard: bool) -> Option<usize> {
    const PROT_RW: i32 = 3;
    const MAP_PRIVATE: i32 = 2;
    const MAP_ANONYMOUS: i32 = 0x20;
    const MAP_NORESERVE: i32 = 0x4000;
    const MAP_STACK: i32 = 0x20000;
    // SAFETY: an anonymous private mapping; the guard page is made inaccessible.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_RW,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
            -1,
            0,
        )
    };
    if p as isize == -1 || p.is_null() {
        return None;
    }
    if guard {
        // SAFETY: the first page of the fresh mapping.
        unsafe { mprotect(p, GUARD, 0) };
    }
    Some(p as usize)
}

/// Whether a coroutine of the running chain (the executing one and its
/// resumers) lives on home `h`.
fn in_chain(h: *mut Home) -> bool {
    let mut c = STATE.with(|st| st.current.get());
    while !c.is_null() {
        // SAFETY: the running chain's coroutines are live.
        unsafe {
            if (*c).home == h {
                return true;
            }
            c = (*c).resumer;
        }
    }
    false
}

/// A home for a new coroutine (see the module docs).
fn pick_home() -> Option<*mut Home> {
    HOMES.with(|homes| {
        let mut homes = homes.borrow_mut();
        // SAFETY: homes are never freed.
        if let Some(&h) = homes
            .iter()
            .find(|&&h| unsafe { (*h).occupant.is_null() } && !in_chain(h))
        {
            return Some(h);
        }
        if homes.len() < HOMES_MAX {
            if let Some(base) = map(STACK_SIZE, true) {
                let h = Box::into_raw(Box::new(Home {
                    base,
                    occupant: std::ptr::null_mut(),
                }));
                homes.push(h);
                return Some(h);
            }
        }
        if homes.is_empty() {
            return None;
        }
        let n = homes.len();
        let start = STATE.with(|st| st.next_home.get());
        let i = (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| !in_chain(homes[i]))
            .unwrap_or(start % n);
        STATE.with(|st| st.next_home.set(i + 1));
        Some(homes[i])
    })
}

/// A coroutine that, when first resumed, calls `entry(arg)` on its home
/// (`entry` never returns: it ends with [`exit`]). None if no home could
/// be mapped.
pub fn new(entry: extern "C" fn(usize) -> !, arg: usize, tag: u8) -> Option<*mut Coro> {
    let home = pick_home()?;
    // SAFETY: homes are never freed.
    let top = unsafe { (*home).top() };
    // The frame `kiln_coro_switch` pops: r15 r14 r13 r12 rbx rbp, then the
    // return address. `kiln_coro_boot` starts 16-byte aligned.
    let frame: [usize; 9] = [
        0,
        0,
        entry as *const () as usize,
        arg,
        0,
        0,
        kiln_coro_boot as *const () as usize,
        0,
        0,
    ];
    let sp = top - frame.len() * 8;
    // From the system allocator, as `Frames`: a `Coro` holds no values,
    // so the tracking allocator need not record it.
    let layout = std::alloc::Layout::new::<Coro>();
    // SAFETY: a fresh block for one `Coro`, written before use; homes are
    // never freed; a free home's top is unused.
    unsafe {
        let c = std::alloc::GlobalAlloc::alloc(&std::alloc::System, layout) as *mut Coro;
        if c.is_null() {
            return None;
        }
        c.write(Coro {
            sp,
            home,
            resumer: std::ptr::null_mut(),
            saved: None,
            owner: arg,
            tag,
        });
        if (*home).occupant.is_null() {
            // Starts in place (its first switch copies nothing).
            std::ptr::copy_nonoverlapping(frame.as_ptr(), sp as *mut usize, frame.len());
            (*home).occupant = c;
        } else {
            (*c).saved = Some(Frames::copy_of(frame.as_ptr(), frame.len()));
        }
        Some(c)
    }
}

/// Frees a coroutine made by [`new`] (not executing, not in the running chain).
///
/// # Safety
/// `c` came from [`new`] and is not used afterwards.
pub unsafe fn free(c: *mut Coro) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        std::ptr::drop_in_place(c);
        std::alloc::GlobalAlloc::dealloc(
            &std::alloc::System,
            c as *mut u8,
            std::alloc::Layout::new::<Coro>(),
        );
    }
}

/// Switches from the executing context (saving its stack pointer in
/// `save`) to `to`, copying frames first if `to` is not in place.
///
/// # Safety
/// `to` is live and not executing; `save` outlives the switch.
unsafe fn switch_to(save: *mut usize, to: *mut Coro) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        if (*to).in_place() {
            kiln_coro_switch(save, (*to).sp);
        } else {
            kiln_coro_switch_via(save, to as usize, switcher_top());
        }
    }
}

fn switcher_top() -> usize {
    STATE.with(|st| match st.switcher.get() {
        0 => {
            let base = map(SWITCHER_SIZE, true).unwrap_or_else(|| std::process::abort());
            st.switcher.set(base + SWITCHER_SIZE);
            base + SWITCHER_SIZE
        }
        t => t,
    })
}

/// Runs `c` until it suspends or exits.
///
/// # Safety
/// `c` is suspended (or new) and stays allocated until this returns.
pub unsafe fn resume(c: *mut Coro) {
    STATE.with(|st| {
        let limit_word = st.limit.get();
        // SAFETY: the program's limit word (null in unit tests).
        let saved_limit = if limit_word.is_null() {
            0
        } else {
            unsafe { *limit_word }
        };
        let cur = st.current.get();
        // SAFETY: guaranteed by the caller; homes are never freed.
        unsafe {
            (*c).resumer = cur;
            st.current.set(c);
            if !limit_word.is_null() {
                *limit_word = (*(*c).home).limit();
            }
            let save = if cur.is_null() {
                st.main_sp.as_ptr()
            } else {
                &raw mut (*cur).sp
            };
            switch_to(save, c);
        }
        st.current.set(cur);
        if !limit_word.is_null() {
            // SAFETY: as above.
            unsafe { *limit_word = saved_limit };
        }
    })
}

/// Switches from the executing coroutine back to its resumer, saving its
/// stack pointer in `save`.
///
/// # Safety
/// A coroutine is executing.
unsafe fn to_resumer(save: *mut usize) {
    STATE.with(|st| {
        // SAFETY: the executing coroutine and its resumer are live.
        unsafe {
            let r = (*st.current.get()).resumer;
            if r.is_null() {
                kiln_coro_switch(save, st.main_sp.get());
            } else {
                switch_to(save, r);
            }
        }
    })
}

/// Suspends the running coroutine `c` (switches back to its resumer);
/// returns when it is resumed again.
///
/// # Safety
/// `c` is the running coroutine.
pub unsafe fn suspend(c: *mut Coro) {
    // SAFETY: guaranteed by the caller.
    unsafe { to_resumer(&raw mut (*c).sp) };
}

/// Leaves the running coroutine for good (its frames are dropped; another
/// coroutine may then use its home).
///
/// # Safety
/// Called on a coroutine's stack, holding nothing that needs dropping.
pub unsafe fn exit() -> ! {
    let c = STATE.with(|st| st.current.get());
    // SAFETY: the executing coroutine; homes are never freed.
    unsafe {
        let h = &mut *(*c).home;
        if h.occupant == c {
            h.occupant = std::ptr::null_mut();
        }
    }
    let mut dead = 0usize;
    // SAFETY: nothing switches back here.
    unsafe { to_resumer(&mut dead) };
    unreachable!("a finished coroutine was resumed")
}

/// The running stack's top, or `main_top` on the JS thread's own stack.
pub fn current_top(main_top: usize) -> usize {
    let c = STATE.with(|st| st.current.get());
    if c.is_null() {
        main_top
    } else {
        // SAFETY: the executing coroutine is live.
        unsafe { (*c).top() }
    }
}

/// A resumer's stack, for stack traces: its saved frame pointer and top,
/// and where its frames are if not in place.
pub struct Segment {
    pub rbp: usize,
    pub top: usize,
    /// The tag of the coroutine it resumed.
    pub tag: u8,
    /// `(sp, buffer)` when its frames are in a buffer.
    saved: Option<(usize, *const usize)>,
}

impl Segment {
    /// The word at stack address `a` of this segment (`a` is 8-aligned and
    /// below its top).
    ///
    /// # Safety
    /// `a` is in `[sp, top)` of the segment's stack, and no switch happened
    /// since [`resumers`] returned it.
    pub unsafe fn read(&self, a: usize) -> usize {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self.saved {
                Some((sp, buf)) => *buf.add((a - sp) / 8),
                None => *(a as *const usize),
            }
        }
    }

    /// The lowest address of its live frames.
    pub fn low(&self) -> usize {
        self.saved.map_or(self.rbp, |(sp, _)| sp)
    }
}

/// The stacks that resumed the running coroutines, innermost first (see
/// [`Segment`]).
pub fn resumers(main_top: usize) -> Vec<Segment> {
    let mut out = Vec::new();
    let (mut c, main_sp) = STATE.with(|st| (st.current.get(), st.main_sp.get()));
    while !c.is_null() {
        // SAFETY: the running chain's coroutines are live; a saved frame is
        // r15 r14 r13 r12 rbx rbp, then the return address.
        unsafe {
            let (r, tag) = ((*c).resumer, (*c).tag);
            let (sp, top, saved) = if r.is_null() {
                (main_sp, main_top, None)
            } else if (*r).in_place() {
                ((*r).sp, (*r).top(), None)
            } else {
                let buf = (*r).saved.as_ref().map_or(std::ptr::null(), Frames::as_ptr);
                ((*r).sp, (*r).top(), Some(((*r).sp, buf)))
            };
            let mut seg = Segment {
                rbp: 0,
                top,
                tag,
                saved,
            };
            seg.rbp = seg.read(sp + 40);
            out.push(seg);
            c = r;
        }
    }
    out
}

/// The owner (`arg` of [`new`]) and tag of the outermost coroutine of the
/// running chain (the one the JS thread's stack resumed); None on the JS
/// thread's own stack.
pub fn outermost() -> Option<(usize, u8)> {
    let mut c = STATE.with(|st| st.current.get());
    if c.is_null() {
        return None;
    }
    // SAFETY: the running chain's coroutines are live.
    unsafe {
        while !(*c).resumer.is_null() {
            c = (*c).resumer;
        }
        Some(((*c).owner, (*c).tag))
    }
}

/// The return addresses of suspended coroutine `c`'s frames, innermost
/// first (at most `n`), following its saved frame pointers.
pub fn suspended_return_addresses(c: &Coro, n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    // SAFETY: a live, suspended coroutine: its frames are in place or in
    // its buffer, and every read is bounds-checked against `[sp, top)`.
    unsafe {
        if c.sp == 0 || std::ptr::eq(c, STATE.with(|st| st.current.get())) {
            return out;
        }
        let (sp, top) = (c.sp, c.top());
        let buf = if c.in_place() {
            None
        } else {
            match &c.saved {
                Some(b) => Some(b.as_ptr()),
                None => return out,
            }
        };
        let read = |a: usize| match buf {
            Some(b) => *b.add((a - sp) / 8),
            None => *(a as *const usize),
        };
        let mut fp = read(sp + 40);
        while out.len() < n && fp >= sp && fp % 8 == 0 && fp + 16 <= top {
            out.push(read(fp + 8));
            let next = read(fp);
            if next <= fp {
                break;
            }
            fp = next;
        }
    }
    out
}

/// Marks from the live frames of `c` (not executing).
fn mark_frames(m: &mut Marker, c: &Coro, root: bool) {
    let (from, to) = if c.in_place() {
        (c.sp, c.top())
    } else if let Some(b) = &c.saved {
        let p = b.as_ptr() as usize;
        (p, p + b.len * 8)
    } else {
        return;
    };
    if root {
        m.root_range(from, to);
    } else {
        m.range(from, to);
    }
}

/// Marks from every running stack (see the module docs).
pub fn scan_running(m: &mut Marker, main_top: usize) {
    super::roots::scan_stack(m, current_top(main_top));
    let (mut c, main_sp) = STATE.with(|st| (st.current.get(), st.main_sp.get()));
    while !c.is_null() {
        // SAFETY: the running chain's coroutines are live.
        let r = unsafe { (*c).resumer };
        if r.is_null() {
            m.root_range(main_sp, main_top);
        } else {
            // SAFETY: as above.
            mark_frames(m, unsafe { &*r }, true);
        }
        c = r;
    }
}

fn coro_of(v: Value) -> *mut *mut Coro {
    (v.payload() as usize + GEN_CORO_OFFSET) as *mut *mut Coro
}

/// Traces a generator object's suspended frames.
pub fn trace(m: &mut Marker, v: Value) {
    // SAFETY: a live generator object's coroutine word.
    let c = unsafe { *coro_of(v) };
    if c.is_null() || c == STATE.with(|st| st.current.get()) {
        return;
    }
    // SAFETY: a coroutine owned by the object, not executing.
    mark_frames(m, unsafe { &*c }, false);
}

/// Frees a dead generator object's coroutine.
pub fn finalize(v: Value) {
    let slot = coro_of(v);
    // SAFETY: the dead object's coroutine word: one from `new`, or null.
    unsafe {
        let c = *slot;
        if !c.is_null() {
            *slot = std::ptr::null_mut();
            free(c);
        }
    }
}

/// Home stacks mapped now.
pub fn homes() -> usize {
    HOMES.with(|h| h.borrow().len())
}
