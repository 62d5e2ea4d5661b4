//! `KILN_GC_VERIFY`: checks the heap's invariants after a collection.
//!
//! After sweeping, no cell may still be marked, every free-list entry must be
//! a free cell of its class, and no word of a live heap thing may point into
//! a free cell or a block's free space past its bump cursor (that would be a
//! pointer the marker missed: a dangling one). `GcVec` buffers are exempt:
//! their words are any bits (`FLAG_SCRATCH`), traced only conservatively.
//! A violation is a collector bug: it is reported and the process aborts.

use super::mark::MARK;
use super::space::{Space, KIND_FREE};
use crate::abi::heap::{Header, HEADER_SIZE, KIND_STRING};
use crate::abi::value::{PAYLOAD_MASK, TAG_FIRST_NON_NUMBER};

pub fn check(space: &Space) {
    if let Err(e) = walk(space) {
        crate::sys::output::write_stderr(format!("kiln gc verify: {e}\n").as_bytes());
        std::process::abort();
    }
}

fn walk(space: &Space) -> Result<(), String> {
    space.check_free_lists()?;
    for r in space.regions.iter().filter(|r| r.start != 0) {
        let cells: Vec<(usize, usize)> = if r.is_large() {
            vec![(r.start, r.end - r.start)]
        } else {
            r.cells().map(|c| (c, r.cell as usize)).collect()
        };
        for (c, size) in cells {
            let h = c as *const Header;
            // SAFETY: every cell of a region starts with a header.
            let (kind, gc, flags) = unsafe { ((*h).kind, (*h).gc, (*h).flags) };
            if kind == KIND_FREE {
                continue;
            }
            if gc & MARK != 0 {
                return Err(format!(
                    "cell {c:#x} (kind {kind}) still marked after sweep"
                ));
            }
            if kind == crate::abi::heap::KIND_BIGINT || kind == crate::abi::heap::KIND_RAW {
                continue; // digits, never pointers; raw bytes (traced by their owner)
            }
            if kind == crate::abi::heap::KIND_STORAGE && flags & crate::abi::heap::FLAG_SCRATCH != 0
            {
                continue; // a `GcVec` buffer: any bits (see `FLAG_SCRATCH`)
            }
            let words = if kind == KIND_STRING {
                if flags & crate::abi::heap::FLAG_ROPE == 0 {
                    continue;
                }
                24
            } else {
                size - HEADER_SIZE as usize
            };
            for off in (HEADER_SIZE as usize..HEADER_SIZE as usize + words).step_by(8) {
                // SAFETY: inside the cell.
                let w = unsafe { *((c + off) as *const u64) };
                let p = if w >= TAG_FIRST_NON_NUMBER {
                    w & PAYLOAD_MASK
                } else {
                    w
                } as usize;
                if let Some((t, _, id)) = space.find_unformatted(p) {
                    // SAFETY: a cell start of ours (read only when formatted).
                    if t as usize >= space.formatted_end(id) || unsafe { (*t).kind } == KIND_FREE {
                        return Err(format!(
                            "cell {c:#x} (kind {kind}, {size} bytes) word +{off} = {w:#x} points into free cell {:#x}{}",
                            t as usize,
                            dump(t as usize, space.formatted_end(id))
                        ) + &owners(space, c));
                    }
                }
            }
        }
    }
    Ok(())
}

/// The first words of a freed cell, and their bytes read as UTF-16 text
/// (a freed string keeps its text until the cell is reused): a hint at what
/// the dangling pointer pointed at.
fn dump(t: usize, formatted_end: usize) -> String {
    if t >= formatted_end {
        return String::new();
    }
    // SAFETY: a formatted cell of ours is at least 16 bytes; read 48 of it
    // only when it lies wholly before the formatted end.
    let n = if t + 48 <= formatted_end { 6 } else { 2 };
    let words: Vec<u64> = (0..n)
        .map(|i| unsafe { *((t + 8 * i) as *const u64) })
        .collect();
    let text: String = words[1..]
        .iter()
        .flat_map(|w| (0..4).map(move |k| ((w >> (16 * k)) & 0xffff) as u16))
        .map(|u| {
            char::from_u32(u as u32)
                .filter(|c| !c.is_control())
                .unwrap_or('.')
        })
        .collect();
    format!(" (words {words:x?}, text {text:?})")
}

/// The live cells holding a pointer into cell `c` (its owners), as a hint at
/// what a cell with a dangling word belongs to.
fn owners(space: &Space, c: usize) -> String {
    let mut out = String::new();
    let Some((_, size, _)) = space.find_unformatted(c) else {
        return out;
    };
    for r in space.regions.iter().filter(|r| r.start != 0) {
        let cells: Vec<(usize, usize)> = if r.is_large() {
            vec![(r.start, r.end - r.start)]
        } else {
            r.cells().map(|o| (o, r.cell as usize)).collect()
        };
        for (o, osize) in cells {
            // SAFETY: every cell of a region starts with a header.
            let kind = unsafe { (*(o as *const Header)).kind };
            if kind == KIND_FREE || o == c {
                continue;
            }
            for off in (HEADER_SIZE as usize..osize).step_by(8) {
                // SAFETY: inside the cell.
                let w = unsafe { *((o + off) as *const u64) } & PAYLOAD_MASK;
                if (w as usize) >= c && (w as usize) < c + size {
                    out += &format!(
                        "\n  owner {o:#x} (kind {kind}, {osize} bytes) word +{off} = {w:#x}"
                    );
                }
            }
        }
    }
    out
}
