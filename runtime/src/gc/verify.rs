//! `KILN_GC_VERIFY`: checks the heap's invariants after a collection.
//!
//! After sweeping, no cell may still be marked, every free-list entry must be
//! a free cell of its class, and no word of a live heap thing may point into
//! a free cell or a block's free space past its bump cursor (that would be a
//! pointer the marker missed: a dangling one).
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
                            "cell {c:#x} (kind {kind}) word +{off} = {w:#x} points into free cell {:#x}",
                            t as usize
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}
