//! Source positions of compiled frames: the frame table the compiler emits and the stack walk.
//!
//! The compiler emits, into every program, one [`FrameTable`] (symbol
//! [`crate::abi::DATA_FRAME_TABLE`]): for each compiled function its code
//! range, JS name and the source `line:col` of every instruction range (from
//! Cranelift's source locations). Compiled code keeps frame pointers, and the
//! runtime archive is built with frame pointers too, so the chain of saved
//! `rbp`s from any runtime function leads through every live compiled frame.
//! [`capture`] walks it, bounded by the JS thread's stack, and maps each
//! return address to a function and position: that gives `err.stack` and the
//! location header of an uncaught exception.

use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

/// Layout shared with the compiler (all fields 8-byte aligned).
#[repr(C)]
pub struct FrameTable {
    pub nfuncs: u64,
    pub funcs: *const FuncEntry,
    /// UTF-8 path of the program's source file.
    pub file: *const u8,
    pub file_len: u64,
    /// UTF-8 source text (for the uncaught-exception header).
    pub source: *const u8,
    pub source_len: u64,
    /// Inlined calls (see [`InlineEntry`]).
    pub inlines: *const InlineEntry,
    pub ninlines: u64,
    /// Every source file of the program (index 0: the entry, as `file` and
    /// `source` above); [`Range::file`] and [`InlineEntry::file`] index it.
    pub files: *const FileEntry,
    pub nfiles: u64,
}

/// One source file of a program in many files.
#[repr(C)]
pub struct FileEntry {
    pub path: *const u8,
    pub path_len: u64,
    pub source: *const u8,
    pub source_len: u64,
}

#[repr(C)]
pub struct FuncEntry {
    pub code: *const u8,
    pub code_len: u64,
    /// UTF-8 JS name; empty for anonymous functions, `<main>` for the top level.
    pub name: *const u8,
    pub name_len: u64,
    pub ranges: *const Range,
    pub nranges: u64,
    /// The function's source text for `Function.prototype.toString`: byte
    /// offsets `[text_start, text_end)` into file `text_file` (both 0: none).
    pub text_file: u32,
    pub text_start: u32,
    pub text_end: u32,
    pub _pad: u32,
}

/// Code offsets `[start, end)` of one function come from source `line:col` (1-based).
/// With `inline != 0` the code belongs to the body of a function the compiler
/// inlined: `line:col` is a position in that body and `inline - 1` indexes
/// the table's [`InlineEntry`]s, which name it and say where it was called.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Range {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub inline: u32,
    /// The source file (index into the table's files).
    pub file: u32,
}

/// One inlined call: the inlined function's JS name and the `line:col` of
/// the call in its caller, which is the physical function when `parent` is 0
/// and else the inlined function `parent - 1` (inlining nests).
#[repr(C)]
pub struct InlineEntry {
    pub name: *const u8,
    pub name_len: u64,
    pub line: u32,
    pub col: u32,
    pub parent: u32,
    /// The file of the call site `line:col`.
    pub file: u32,
}

pub use crate::abi::layout::{
    CONSTRUCT_SITE, FILE_ENTRY_SIZE, FRAME_TABLE_SIZE, FUNC_ENTRY_SIZE, INLINE_ENTRY_SIZE,
    RANGE_SIZE,
};
/// The name the compiler gives the script's top level.
pub const MAIN_NAME: &str = "<main>";

const _: () = {
    assert!(std::mem::size_of::<FrameTable>() == FRAME_TABLE_SIZE);
    assert!(std::mem::size_of::<FuncEntry>() == FUNC_ENTRY_SIZE);
    assert!(std::mem::size_of::<Range>() == RANGE_SIZE);
    assert!(std::mem::size_of::<InlineEntry>() == INLINE_ENTRY_SIZE);
    assert!(std::mem::size_of::<FileEntry>() == FILE_ENTRY_SIZE);
};

static TABLE: AtomicPtr<FrameTable> = AtomicPtr::new(std::ptr::null_mut());
static STACK_TOP: AtomicU64 = AtomicU64::new(0);

/// Installs the program's frame table and the top of the JS stack (process entry).
pub fn install(table: *const FrameTable, stack_top: u64) {
    TABLE.store(table as *mut FrameTable, Ordering::Relaxed);
    STACK_TOP.store(stack_top, Ordering::Relaxed);
}

fn table() -> Option<&'static FrameTable> {
    let p = TABLE.load(Ordering::Relaxed);
    // SAFETY: installed once from the compiler-emitted static table.
    (!p.is_null()).then(|| unsafe { &*p })
}

fn utf8(p: *const u8, len: u64) -> &'static str {
    if p.is_null() || len == 0 {
        return "";
    }
    // SAFETY: the compiler emits valid UTF-8 of this length.
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, len as usize)) }
}

/// One compiled JS frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    pub name: &'static str,
    /// The source file (see [`file_path`]).
    pub file: u32,
    pub line: u32,
    pub col: u32,
    /// The frame is executing a `new` call (its callee was constructed).
    pub site_constructs: bool,
    /// The frame was called by `new`.
    pub constructed: bool,
    /// An async function awaiting the frames above (`at async f`).
    pub is_async: bool,
    /// A promise combinator awaiting the frames above through its element
    /// at this index (`at async Promise.all (index 1)`; `name` is the
    /// combinator's).
    pub combinator_index: Option<u32>,
}

/// What awaits the promise of a suspended async function: another async
/// function, or a promise combinator through one of its elements (and then
/// whatever awaits the combinator's promise).
pub enum Awaiter {
    Function(crate::abi::value::Value),
    Combinator {
        name: &'static str,
        index: u32,
        /// The combinator's own promise.
        promise: crate::abi::value::Value,
    },
}

/// See [`set_awaiter_hook`].
type AwaiterHook = fn(crate::abi::value::Value) -> Option<Awaiter>;

thread_local! {
    /// `builtins::async_fn`'s "which async function awaits this one's
    /// promise" (the layer that knows promises).
    static AWAITER: std::cell::Cell<Option<AwaiterHook>> =
        const { std::cell::Cell::new(None) };
}

/// Installs the hook that follows a chain of awaiting async functions.
pub fn set_awaiter_hook(f: AwaiterHook) {
    AWAITER.with(|a| a.set(Some(f)));
}

/// V8's async stack trace: after the frames on the stack, when the
/// outermost one is an async function's body resumed by a job, one `at
/// async f (file:line:col)` frame (the position of its `await`) per async
/// function awaiting, in turn, the promise of the one before (and one `at
/// async Promise.all (index i)` frame where a combinator's element waits
/// for it).
fn async_frames(t: &FrameTable, out: &mut Vec<Frame>, limit: usize) {
    let Some(hook) = AWAITER.with(|a| a.get()) else {
        return;
    };
    let Some(mut g) = crate::exec::generator::outermost_async_function() else {
        return;
    };
    while out.len() < limit {
        let next = match hook(g) {
            Some(Awaiter::Function(f)) => f,
            Some(Awaiter::Combinator {
                name,
                index,
                promise,
            }) => {
                out.push(Frame {
                    name,
                    is_async: true,
                    combinator_index: Some(index),
                    ..Frame::default()
                });
                // The async function awaiting the combinator's promise.
                match (out.len() < limit).then(|| hook(promise)).flatten() {
                    Some(Awaiter::Function(f)) => f,
                    _ => return,
                }
            }
            None => return,
        };
        let ras = crate::exec::generator::suspended_return_addresses(next, 64);
        let Some(mut f) = ras.iter().find_map(|&ra| lookup_all(t, ra as u64).pop()) else {
            return;
        };
        f.is_async = true;
        out.push(f);
        g = next;
    }
}

/// The JS frames whose code contains return address `ra`, innermost first:
/// one, or more where the compiler inlined calls.
fn lookup_all(t: &FrameTable, ra: u64) -> Vec<Frame> {
    let Some((mut f, mut inl)) = lookup(t, ra) else {
        return vec![];
    };
    let outer = f.name;
    let mut out = vec![];
    let inlines = if t.inlines.is_null() {
        &[]
    } else {
        // SAFETY: the table's arrays have the lengths it states.
        unsafe { std::slice::from_raw_parts(t.inlines, t.ninlines as usize) }
    };
    while let Some(e) = inl.checked_sub(1).and_then(|i| inlines.get(i as usize)) {
        let site = Frame {
            name: if e.parent == 0 {
                outer
            } else {
                inlines
                    .get(e.parent as usize - 1)
                    .map_or("", |p| utf8(p.name, p.name_len))
            },
            file: e.file,
            line: e.line,
            col: e.col & !CONSTRUCT_SITE,
            site_constructs: e.col & CONSTRUCT_SITE != 0,
            constructed: false,
            is_async: false,
            combinator_index: None,
        };
        f.name = utf8(e.name, e.name_len);
        out.push(std::mem::replace(&mut f, site));
        inl = e.parent;
    }
    out.push(f);
    out
}

/// The physical JS function's frame at return address `ra`, with the
/// range's inline index.
fn lookup(t: &FrameTable, ra: u64) -> Option<(Frame, u32)> {
    // SAFETY: the table's arrays have the lengths it states.
    let funcs = unsafe { std::slice::from_raw_parts(t.funcs, t.nfuncs as usize) };
    for f in funcs {
        let start = f.code as u64;
        if ra <= start || ra > start + f.code_len {
            continue;
        }
        // The call instruction ends at the return address.
        let off = (ra - start - 1) as u32;
        // SAFETY: as above.
        let ranges = unsafe { std::slice::from_raw_parts(f.ranges, f.nranges as usize) };
        let i = ranges.partition_point(|r| r.end <= off);
        let r = ranges.get(i).filter(|r| r.start <= off)?;
        return Some((
            Frame {
                name: utf8(f.name, f.name_len),
                file: r.file,
                line: r.line,
                col: r.col & !CONSTRUCT_SITE,
                site_constructs: r.col & CONSTRUCT_SITE != 0,
                constructed: false,
                is_async: false,
                combinator_index: None,
            },
            r.inline,
        ));
    }
    None
}

/// The compiled JS frames on the stack, innermost first (at most `limit`).
#[inline(never)]
pub fn capture(limit: usize) -> Vec<Frame> {
    let mut out = Vec::new();
    let Some(t) = table() else { return out };
    let top = crate::gc::coro::current_top(STACK_TOP.load(Ordering::Relaxed) as usize) as u64;
    let mut fp: u64;
    // SAFETY: reads this function's frame pointer (the runtime is built with
    // frame pointers); every dereference below is bounds-checked against the
    // JS thread's stack.
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    let mut low = fp;
    let mut top = top;
    // The segment being walked, if it is a resumer's (whose frames may be
    // in a buffer: `gc::coro`); None for the running stack.
    let mut seg: Option<crate::gc::coro::Segment> = None;
    // The stacks that switched into running coroutines (generators), innermost first.
    let mut resumers =
        crate::gc::coro::resumers(STACK_TOP.load(Ordering::Relaxed) as usize).into_iter();
    let mut segment_start = 0;
    let mut skip_entry = false;
    let mut steps = 0;
    while out.len() < limit && steps < 100_000 {
        steps += 1;
        let mut next = 0;
        if !(fp < low || !fp.is_multiple_of(8) || fp + 16 > top) {
            // SAFETY: fp is an aligned address inside the live stack segment.
            let (n, ra) = unsafe {
                match &seg {
                    Some(sg) => (sg.read(fp as usize) as u64, sg.read(fp as usize + 8) as u64),
                    None => (*(fp as *const u64), *((fp + 8) as *const u64)),
                }
            };
            next = n;
            for f in lookup_all(t, ra) {
                if out.len() >= limit {
                    break;
                }
                if std::mem::take(&mut skip_entry) {
                    // The async function's own entry, which started its body.
                    continue;
                }
                if f.site_constructs {
                    if let Some(callee) = out.last_mut() {
                        callee.constructed = true;
                    }
                }
                out.push(f);
            }
        }
        if next > fp && next != 0 {
            fp = next;
            continue;
        }
        // The end of a coroutine's stack: on to its resumer, through the
        // `next` call that resumed it (`at g.next (<anonymous>)`, as V8).
        let Some(sg) = resumers.next() else {
            break;
        };
        let (rbp, rtop, tag) = (sg.rbp, sg.top, sg.tag);
        skip_entry = tag == crate::gc::coro::TAG_ASYNC_FN;
        if !skip_entry && out.len() > segment_start && out.len() < limit {
            let name = out.last().map_or("", |f| f.name);
            out.push(Frame {
                name: native_name(name),
                file: 0,
                line: 0,
                col: 0,
                site_constructs: false,
                constructed: false,
                is_async: false,
                combinator_index: None,
            });
        }
        segment_start = out.len();
        fp = rbp as u64;
        low = sg.low() as u64;
        top = rtop as u64;
        seg = Some(sg);
    }
    async_frames(t, &mut out, limit);
    out
}

/// `<name>.next`, leaked once per name (the frame of a generator's `next`).
fn native_name(gen: &str) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashMap<String, &'static str>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let short = gen.rsplit('.').next().unwrap_or(gen);
    let full = format!("{short}.next");
    NAMES.with(|n| {
        *n.borrow_mut()
            .entry(full.clone())
            .or_insert_with(|| Box::leak(full.into_boxed_str()))
    })
}

/// The path and source text of source file `file` of the program.
fn file_entry(file: u32) -> (&'static str, &'static str) {
    let Some(t) = table() else { return ("", "") };
    if !t.files.is_null() && (file as u64) < t.nfiles {
        // SAFETY: the table's arrays have the lengths it states.
        let e = unsafe { &*t.files.add(file as usize) };
        return (utf8(e.path, e.path_len), utf8(e.source, e.source_len));
    }
    (utf8(t.file, t.file_len), utf8(t.source, t.source_len))
}

/// The source text of the compiled function whose code starts at `code`
/// (`Function.prototype.toString`), if the compiler recorded it.
pub fn function_source(code: *const u8) -> Option<&'static str> {
    let t = table()?;
    if t.funcs.is_null() {
        return None;
    }
    // SAFETY: the table's arrays have the lengths it states.
    let funcs = unsafe { std::slice::from_raw_parts(t.funcs, t.nfuncs as usize) };
    let e = funcs.iter().find(|e| e.code == code)?;
    if e.text_end <= e.text_start {
        return None;
    }
    file_entry(e.text_file)
        .1
        .get(e.text_start as usize..e.text_end as usize)
}

/// The path of source file `file` (0: the program's entry file).
pub fn file_path(file: u32) -> &'static str {
    file_entry(file).0
}

/// Line `line` (1-based) of source file `file`.
pub fn source_line(file: u32, line: u32) -> Option<&'static str> {
    file_entry(file)
        .1
        .lines()
        .nth(line.checked_sub(1)? as usize)
}

/// `    at name (file:line:col)` as V8 prints a frame.
pub fn format_frame(f: &Frame) -> String {
    let file = file_path(f.file);
    if let Some(i) = f.combinator_index {
        return format!("    at async {} (index {i})", f.name);
    }
    match f.name {
        MAIN_NAME => format!("    at Object.<anonymous> ({file}:{}:{})", f.line, f.col),
        name if f.line == 0 => format!("    at {name} (<anonymous>)"),
        "" if f.is_async => format!("    at async {file}:{}:{}", f.line, f.col),
        "" => format!("    at {file}:{}:{}", f.line, f.col),
        name if f.constructed && !name.starts_with("new ") => {
            format!("    at new {name} ({file}:{}:{})", f.line, f.col)
        }
        name if f.is_async => format!("    at async {name} ({file}:{}:{})", f.line, f.col),
        name => format!("    at {name} ({file}:{}:{})", f.line, f.col),
    }
}

/// Where the pending exception was thrown (for the uncaught header).
static THROW_LINE: AtomicU64 = AtomicU64::new(0);
static THROW_FILE: AtomicU64 = AtomicU64::new(0);

/// Records the position of the innermost JS frame as the throw site.
pub fn note_throw() {
    let frame = capture(1);
    let pos = frame
        .first()
        .map_or(0, |f| ((f.line as u64) << 32) | f.col as u64);
    THROW_LINE.store(pos, Ordering::Relaxed);
    THROW_FILE.store(
        frame.first().map_or(0, |f| f.file as u64),
        Ordering::Relaxed,
    );
}

/// `(file, line, col)` of the last recorded throw site, if any.
pub fn throw_site() -> Option<(u32, u32, u32)> {
    let v = THROW_LINE.load(Ordering::Relaxed);
    let file = THROW_FILE.load(Ordering::Relaxed) as u32;
    (v != 0).then_some((file, (v >> 32) as u32, v as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_maps_return_addresses_to_ranges() {
        let code = [0u8; 64];
        let ranges = [
            Range {
                start: 0,
                end: 10,
                line: 1,
                col: 1,
                ..Default::default()
            },
            Range {
                start: 10,
                end: 30,
                line: 2,
                col: 5,
                ..Default::default()
            },
            Range {
                start: 30,
                end: 64,
                line: 3,
                col: 9,
                inline: 1,
                file: 0,
            },
        ];
        let inlines = [InlineEntry {
            name: "g".as_ptr(),
            name_len: 1,
            line: 7,
            col: 3,
            parent: 0,
            file: 0,
        }];
        let name = "f";
        let funcs = [FuncEntry {
            code: code.as_ptr(),
            code_len: 64,
            name: name.as_ptr(),
            name_len: 1,
            ranges: ranges.as_ptr(),
            nranges: 3,
            text_file: 0,
            text_start: 0,
            text_end: 0,
            _pad: 0,
        }];
        let t = FrameTable {
            nfuncs: 1,
            funcs: funcs.as_ptr(),
            file: std::ptr::null(),
            file_len: 0,
            source: std::ptr::null(),
            source_len: 0,
            inlines: inlines.as_ptr(),
            ninlines: 1,
            files: std::ptr::null(),
            nfiles: 0,
        };
        let base = code.as_ptr() as u64;
        let frame = |name, line, col| Frame {
            name,
            line,
            col,
            ..Default::default()
        };
        assert_eq!(lookup_all(&t, base + 30), vec![frame("f", 2, 5)]);
        // An inlined call of `g` at 7:3: two frames.
        assert_eq!(
            lookup_all(&t, base + 31),
            vec![frame("g", 3, 9), frame("f", 7, 3)]
        );
        assert_eq!(lookup_all(&t, base), vec![]);
        assert_eq!(lookup_all(&t, base + 65), vec![]);
    }

    #[test]
    fn frames_print_like_v8() {
        assert_eq!(
            format_frame(&Frame {
                name: "g",
                line: 2,
                col: 22,
                ..Default::default()
            }),
            "    at g (:2:22)"
        );
        assert_eq!(
            format_frame(&Frame {
                name: MAIN_NAME,
                line: 4,
                col: 1,
                ..Default::default()
            }),
            "    at Object.<anonymous> (:4:1)"
        );
    }
}
