//! Sweeping: dead large objects go at once; blocks are swept lazily.
//!
//! After marking, every block is queued on its size class's *unswept* list
//! and the free lists are emptied. When the allocator finds a class's free
//! list empty it sweeps that class's next queued block ([`sweep_next`]):
//! unmarked cells are finalized and threaded onto the free list, marks are
//! cleared. Sweeping right before allocating touches each block once, while
//! it is about to be used, and spreads the work over the program instead of
//! the pause. A collection first finishes whatever is still queued
//! ([`finish`]), so marking always starts from a heap without stale marks.

use super::mark::{self, MARK};
use super::space::{Space, BLOCK_SIZE, KIND_FREE, NCLASSES};
use super::{Gc, SPARE_BLOCKS};
use crate::heap::Header;

/// Starts sweeping after a marking: frees dead large objects, queues every
/// block. The bytes freed now.
pub fn start(g: &mut Gc) -> usize {
    let space = &mut g.space;
    space.clear_free_lists();
    g.empty_blocks = 0;
    let mut freed = 0;
    for i in 0..space.regions.len() {
        let r = space.regions[i];
        if r.start == 0 {
            continue;
        }
        if !r.is_large() {
            space.unswept[r.class as usize].push(i as u32);
            continue;
        }
        let h = r.start as *mut Header;
        // SAFETY: a large object's header is at its start.
        unsafe {
            if (*h).gc & MARK != 0 {
                (*h).gc &= !MARK;
            } else {
                mark::finalize(h);
                freed += r.end - r.start;
                space.release(i);
            }
        }
    }
    // Sweep in address order within each class (lower blocks first).
    for list in space.unswept.iter_mut() {
        list.reverse();
    }
    freed
}

/// Sweeps queued blocks of `class` until its free list has a cell; false
/// if none is left to sweep.
pub fn sweep_next(g: &mut Gc, class: usize) -> bool {
    while let Some(id) = g.space.unswept[class].pop() {
        let freed = sweep_block(g, id as usize);
        if let Some(s) = g.stats.as_mut() {
            s.freed_bytes += freed as u64;
        }
        if g.space.has_free(class) {
            return true;
        }
    }
    false
}

/// Sweeps every queued block; the bytes freed.
pub fn finish(g: &mut Gc) -> usize {
    let mut freed = 0;
    for class in 0..NCLASSES {
        while let Some(id) = g.space.unswept[class].pop() {
            freed += sweep_block(g, id as usize);
        }
    }
    freed
}

/// Sweeps block `i`: frees its unmarked cells onto the free list, clears
/// marks, releases the block if it is empty and enough empty blocks are
/// kept already. The bytes freed.
fn sweep_block(g: &mut Gc, i: usize) -> usize {
    let verify = g.verify;
    let spare_limit = SPARE_BLOCKS.max(g.threshold / BLOCK_SIZE);
    let space: &mut Space = &mut g.space;
    let r = space.regions[i];
    let class = r.class as usize;
    let cell = r.cell as usize;
    let n = (r.end - r.start) / cell;
    let mut live = 0;
    let mut freed = 0;
    // Backwards, so that the free list comes out in address order.
    for c in (0..n).rev().map(|k| r.start + k * cell) {
        let h = c as *mut Header;
        // SAFETY: every cell of a block starts with a header.
        unsafe {
            if (*h).kind == KIND_FREE {
                space.push_free(class, c);
            } else if (*h).gc & MARK != 0 {
                (*h).gc &= !MARK;
                live += 1;
            } else {
                mark::finalize(h);
                if verify {
                    std::ptr::write_bytes(h as *mut u8, 0xdb, cell);
                }
                freed += cell;
                space.push_free(class, c);
            }
        }
    }
    if live == 0 {
        if g.empty_blocks >= spare_limit {
            // Its n cells are the last n pushed: take them back off.
            space.drop_free(class, n);
            space.release(i);
        } else {
            g.empty_blocks += 1;
        }
    }
    freed
}
