//! Sweeping: dead large objects go at once; blocks are swept lazily.
//!
//! After marking, every block is queued on its size class's *unswept* list
//! and the free lists are emptied. When the allocator finds a class's free
//! list empty it sweeps that class's next queued block ([`sweep_next`]). A
//! block where the marker found nothing alive needs no work per cell: it
//! becomes its class's bump block (every cell free, none formatted). In any
//! other block, unmarked cells are threaded onto the free list and marks are
//! cleared. Sweeping right before allocating touches each block once, while
//! it is about to be used, and spreads the work over the program instead of
//! the pause. A collection first finishes whatever is still queued
//! ([`finish`]), so marking always starts from a heap without stale marks.
//! Dead things that own Rust-side parts were finalized before sweeping
//! began (see `Gc::finalizable`), so sweeping only recycles memory.

use super::mark::MARK;
use super::space::{Space, BLOCK_SIZE, KIND_FREE, NCLASSES};
use super::{Gc, SPARE_BLOCKS};
use crate::abi::heap::Header;

/// Starts sweeping after a marking whose per-region live cell counts are
/// `live_cells`: frees dead large objects, queues every block.
pub fn start(g: &mut Gc, live_cells: Vec<u32>) {
    let space = &mut g.space;
    space.clear_free_lists();
    space.live_cells = live_cells;
    for list in space.empty.iter_mut() {
        list.clear();
    }
    g.empty_blocks = 0;
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
                space.release(i);
            }
        }
    }
    // Sweep in address order within each class (lower blocks first).
    for list in space.unswept.iter_mut() {
        list.reverse();
    }
}

/// Sweeps queued blocks of `class` until it has a free cell; false if none
/// is left to sweep.
pub fn sweep_next(g: &mut Gc, class: usize) -> bool {
    while let Some(id) = g.space.unswept[class].pop() {
        if sweep_block(g, id as usize, true) {
            return true;
        }
    }
    if let Some(id) = g.space.empty[class].pop() {
        g.space.bump_from_start(class, id as usize);
        return true;
    }
    false
}

/// Sweeps every queued block.
pub fn finish(g: &mut Gc) {
    for class in 0..NCLASSES {
        while let Some(id) = g.space.unswept[class].pop() {
            sweep_block(g, id as usize, false);
        }
    }
}

/// Sweeps block `i`: frees its unmarked cells onto the free list and clears
/// marks; a block with no live cell is released if enough empty blocks are
/// kept already, else it becomes wholly free: its class's bump block when
/// `allocating`, else kept on the class's empty list. Whether the class now
/// has a free cell.
fn sweep_block(g: &mut Gc, i: usize, allocating: bool) -> bool {
    let verify = g.verify;
    let spare_limit = SPARE_BLOCKS.max(g.threshold / BLOCK_SIZE);
    let space: &mut Space = &mut g.space;
    let r = space.regions[i];
    let class = r.class as usize;
    if space.live_cells.get(i).copied().unwrap_or(0) == 0 {
        if verify {
            // SAFETY: the whole block is ours and dead.
            unsafe { std::ptr::write_bytes(r.start as *mut u8, 0xdb, r.end - r.start) };
        }
        if g.empty_blocks >= spare_limit {
            space.release(i);
            return false;
        }
        g.empty_blocks += 1;
        if allocating {
            space.bump_from_start(class, i);
        } else {
            space.regions[i].bump = r.start;
            space.empty[class].push(i as u32);
        }
        return allocating;
    }
    let cell = r.cell as usize;
    let n = (r.end - r.start) / cell;
    let mut any_free = false;
    // Backwards, so that the free list comes out in address order.
    for c in (0..n).rev().map(|k| r.start + k * cell) {
        let h = c as *mut Header;
        if c >= r.bump {
            space.push_free(class, c);
            any_free = true;
            continue;
        }
        // SAFETY: every formatted cell of a block starts with a header.
        unsafe {
            if (*h).kind == KIND_FREE {
                space.push_free(class, c);
                any_free = true;
            } else if (*h).gc & MARK != 0 {
                (*h).gc &= !MARK;
            } else {
                if verify {
                    std::ptr::write_bytes(h as *mut u8, 0xdb, cell);
                }
                space.push_free(class, c);
                any_free = true;
            }
        }
    }
    space.regions[i].bump = r.end;
    any_free
}
