//! Stackful coroutines: the stacks generators run on, the context switch
//! between stacks, and the chain of running stacks the collector scans.
//!
//! A coroutine runs on its own `mmap`ed stack of [`STACK_SIZE`] bytes (a
//! guard page at the bottom; the kernel commits pages as they are touched),
//! reused through a small pool once its coroutine completes or dies.
//! Switching saves the callee-saved registers on the old stack, stores its
//! stack pointer, loads the other one and pops that stack's registers
//! (`kiln_coro_switch`, below): about twenty instructions.
//!
//! **The collector's view.** Every running stack is scanned conservatively
//! as the JS thread's stack always was: the current one from the
//! collector's frame to its top, then each *resumer* (the stack that
//! switched into the running coroutine, recorded in a [`Link`] on its own
//! stack) from its saved stack pointer to its top. A *suspended*
//! coroutine's stack is scanned from the generator object that owns it
//! ([`trace`]), so an abandoned generator and its stack are collected.

use super::mark::Marker;
use crate::abi::heap::GEN_CORO_OFFSET;
use crate::abi::value::Value;
use std::cell::{Cell, RefCell};

/// Bytes reserved for each coroutine stack (committed lazily).
pub const STACK_SIZE: usize = 4 << 20;
/// The inaccessible page at the bottom of each stack.
const GUARD: usize = 4096;
/// Head-room kept below a coroutine's `kiln_stack_limit` for runtime code
/// and for constructing the `RangeError` itself.
pub const STACK_MARGIN: usize = 512 << 10;
/// Completed coroutines' stacks kept for reuse.
const POOL_MAX: usize = 4096;
/// Stacks handed out since the last forced collection after which a
/// request the pool cannot serve collects first (dead generators return
/// their stacks to the pool, which holds more than this).
const STACKS_PER_COLLECTION: usize = 1024;

/// One coroutine: its stack and, while it is suspended, its stack pointer.
pub struct Coro {
    base: usize,
    /// The saved stack pointer while suspended (or not started); 0 while running.
    sp: usize,
    /// What runs on it, for stack traces (see [`resumers`]): 0 a generator,
    /// [`TAG_ASYNC_FN`] an async function's body.
    pub tag: u8,
}

/// `Coro::tag` of an async function's body: stack traces go straight on
/// to its caller (no `g.next` frame, and the caller's frame of the async
/// function's own entry is not repeated).
pub const TAG_ASYNC_FN: u8 = 1;

impl Coro {
    fn top(&self) -> usize {
        self.base + STACK_SIZE
    }

    fn limit(&self) -> u64 {
        (self.base + GUARD + STACK_MARGIN) as u64
    }
}

impl Drop for Coro {
    fn drop(&mut self) {
        let base = self.base;
        let pooled = POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_MAX {
                p.push(base);
                true
            } else {
                false
            }
        });
        if !pooled {
            // SAFETY: the stack was mapped by `map_stack` and nothing runs on it.
            unsafe { munmap(base as *mut u8, STACK_SIZE) };
            LIVE.with(|l| l.set(l.get() - 1));
        }
    }
}

/// A switch into a coroutine, recorded on the resumer's stack.
struct Link {
    prev: *mut Link,
    /// The resumer's saved stack pointer.
    sp: usize,
    /// The resumer's stack top (0: the JS thread's own stack).
    top: usize,
    /// The resumer's `kiln_stack_limit`.
    limit: u64,
    /// The resumed coroutine's tag.
    tag: u8,
}

/// The switching state of this thread (one thread-local: a switch reads it once).
struct State {
    link: Cell<*mut Link>,
    /// The running coroutine's stack top (0: the JS thread's own stack).
    top: Cell<usize>,
    /// The program's `kiln_stack_limit` word.
    limit: Cell<*mut u64>,
}

thread_local! {
    static STATE: State = const {
        State {
            link: Cell::new(std::ptr::null_mut()),
            top: Cell::new(0),
            limit: Cell::new(std::ptr::null_mut()),
        }
    };
    static POOL: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// Stacks handed out since the last forced collection.
    static MAPPED: Cell<usize> = const { Cell::new(0) };
}

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
    fn kiln_coro_switch(save: *mut usize, to: usize);
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
    ".globl kiln_coro_boot",
    ".hidden kiln_coro_boot",
    "kiln_coro_boot:",
    "mov rdi, r12",
    "call r13",
    "ud2",
);

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

fn map_stack() -> Option<usize> {
    let handed = MAPPED.with(|m| m.replace(m.get() + 1));
    if let Some(b) = POOL.with(|p| p.borrow_mut().pop()) {
        return Some(b);
    }
    if handed >= STACKS_PER_COLLECTION {
        MAPPED.with(|m| m.set(0));
        super::collect_now();
        if let Some(b) = POOL.with(|p| p.borrow_mut().pop()) {
            return Some(b);
        }
    }
    const PROT_RW: i32 = 3;
    const MAP_PRIVATE: i32 = 2;
    const MAP_ANONYMOUS: i32 = 0x20;
    const MAP_NORESERVE: i32 = 0x4000;
    const MAP_STACK: i32 = 0x20000;
    // SAFETY: an anonymous private mapping; the guard page is made inaccessible.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            STACK_SIZE,
            PROT_RW,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
            -1,
            0,
        )
    };
    if p as isize == -1 || p.is_null() {
        return None;
    }
    // SAFETY: the first page of the fresh mapping.
    unsafe { mprotect(p, GUARD, 0) };
    LIVE.with(|l| l.set(l.get() + 1));
    Some(p as usize)
}

/// A coroutine that, when first resumed, calls `entry(arg)` on its own
/// stack (`entry` never returns: it ends with [`exit`]). None if no stack
/// could be mapped.
pub fn new(entry: extern "C" fn(usize) -> !, arg: usize) -> Option<Box<Coro>> {
    let base = map_stack()?;
    let top = base + STACK_SIZE;
    // The frame `kiln_coro_switch` pops: r15 r14 r13 r12 rbx rbp, then the
    // return address. `kiln_coro_boot` starts 16-byte aligned.
    let sp = top - 72;
    let frame: [usize; 7] = [
        0,
        0,
        entry as *const () as usize,
        arg,
        0,
        0,
        kiln_coro_boot as *const () as usize,
    ];
    // SAFETY: the top of the fresh (or pooled, unused) stack.
    unsafe { std::ptr::copy_nonoverlapping(frame.as_ptr(), sp as *mut usize, 7) };
    Some(Box::new(Coro { base, sp, tag: 0 }))
}

/// Runs `c` until it suspends or exits.
///
/// # Safety
/// `c` is suspended (or new) and stays allocated until this returns.
pub unsafe fn resume(c: *mut Coro) {
    STATE.with(|st| {
        let limit_word = st.limit.get();
        let mut link = Link {
            prev: st.link.get(),
            sp: 0,
            // SAFETY: guaranteed by the caller.
            tag: unsafe { (*c).tag },
            top: st.top.get(),
            // SAFETY: the program's limit word (null in unit tests).
            limit: if limit_word.is_null() {
                0
            } else {
                unsafe { *limit_word }
            },
        };
        st.link.set(&mut link);
        // SAFETY: guaranteed by the caller.
        let (to, top, limit) = unsafe {
            let to = (*c).sp;
            (*c).sp = 0;
            (to, (*c).top(), (*c).limit())
        };
        st.top.set(top);
        if !limit_word.is_null() {
            // SAFETY: as above.
            unsafe { *limit_word = limit };
        }
        // SAFETY: `to` is the coroutine's saved frame.
        unsafe { kiln_coro_switch(&mut link.sp, to) };
        st.link.set(link.prev);
        st.top.set(link.top);
        if !limit_word.is_null() {
            // SAFETY: as above.
            unsafe { *limit_word = link.limit };
        }
    })
}

/// Suspends the running coroutine `c` (switches back to its resumer);
/// returns when it is resumed again.
///
/// # Safety
/// `c` is the running coroutine.
pub unsafe fn suspend(c: *mut Coro) {
    let l = STATE.with(|st| st.link.get());
    // SAFETY: the running coroutine has a resumer, whose link is live.
    unsafe { kiln_coro_switch(&mut (*c).sp, (*l).sp) };
}

/// Leaves the running coroutine for good (its stack may then be reused).
///
/// # Safety
/// Called on a coroutine's stack, holding nothing that needs dropping.
pub unsafe fn exit() -> ! {
    let l = STATE.with(|st| st.link.get());
    let mut dead = 0usize;
    // SAFETY: the resumer's link is live; nothing switches back here.
    unsafe { kiln_coro_switch(&mut dead, (*l).sp) };
    unreachable!("a finished coroutine was resumed")
}

/// The running stack's top, or `main_top` on the JS thread's own stack.
pub fn current_top(main_top: usize) -> usize {
    match STATE.with(|st| st.top.get()) {
        0 => main_top,
        t => t,
    }
}

/// The stacks that switched into the running coroutines, innermost first:
/// each one's saved frame pointer and top, and the tag of the coroutine it
/// resumed (for stack traces).
pub fn resumers(main_top: usize) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut l = STATE.with(|st| st.link.get());
    while !l.is_null() {
        // SAFETY: links live on the stacks of running resumers; the saved
        // frame is r15 r14 r13 r12 rbx rbp, then the return address.
        let (sp, top, prev, tag) = unsafe { ((*l).sp, (*l).top, (*l).prev, (*l).tag) };
        // SAFETY: as above.
        let rbp = unsafe { *((sp + 40) as *const usize) };
        out.push((rbp, if top == 0 { main_top } else { top }, tag));
        l = prev;
    }
    out
}

/// Marks from every running stack (see the module docs).
pub fn scan_running(m: &mut Marker, main_top: usize) {
    super::roots::scan_stack(m, current_top(main_top));
    let mut l = STATE.with(|st| st.link.get());
    while !l.is_null() {
        // SAFETY: links live on the stacks of running resumers.
        let (sp, top, prev) = unsafe { ((*l).sp, (*l).top, (*l).prev) };
        m.root_range(sp, if top == 0 { main_top } else { top });
        l = prev;
    }
}

fn coro_of(v: Value) -> *mut *mut Coro {
    (v.payload() as usize + GEN_CORO_OFFSET) as *mut *mut Coro
}

/// Traces a generator object's suspended stack.
pub fn trace(m: &mut Marker, v: Value) {
    // SAFETY: a live generator object's coroutine word.
    let c = unsafe { *coro_of(v) };
    if c.is_null() {
        return;
    }
    // SAFETY: a coroutine owned by the object.
    let (sp, top) = unsafe { ((*c).sp, (*c).top()) };
    if sp != 0 {
        m.range(sp, top);
    }
}

/// Frees a dead generator object's coroutine (its stack goes to the pool).
pub fn finalize(v: Value) {
    let slot = coro_of(v);
    // SAFETY: the dead object's coroutine word: a Box or null.
    unsafe {
        let c = *slot;
        if !c.is_null() {
            *slot = std::ptr::null_mut();
            drop(Box::from_raw(c));
        }
    }
}

/// Coroutine stacks mapped now (pooled ones included).
pub fn live_stacks() -> usize {
    LIVE.with(|l| l.get())
}
