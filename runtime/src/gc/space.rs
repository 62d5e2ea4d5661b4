//! The heap's memory: size-class blocks with free lists, large objects, and
//! the address lookup conservative scanning needs.
//!
//! Small things (up to [`MAX_SMALL`] bytes) live in 64 KiB *blocks*, each
//! cut into cells of one size class. A block's cells are free in one of two
//! ways: on a *free list* (the cell has kind [`KIND_FREE`] and links to the
//! next free cell of its class at offset 8), or past the block's *bump
//! cursor* ([`Region::bump`]): a fresh block, or one where nothing survived
//! a collection, is handed out from its start without formatting any cell,
//! and its old contents past the cursor are never read. Bigger things are
//! *large objects*, one allocation each. Blocks and large objects start on
//! 64 KiB boundaries, and a two-level table maps every 64 KiB *granule* of
//! the address space they cover to its [`Region`], so "which heap thing
//! contains this address?" is two loads and a multiplication: that is what
//! lets the collector treat any stack word as a possible (interior) pointer.
//! Regions come straight from the system allocator (not the tracking
//! allocator of `rust_heap`: they are not Rust blocks).

use crate::abi::heap::Header;
use std::alloc::{GlobalAlloc, System};

/// Bytes of one block.
pub const BLOCK_SIZE: usize = 64 << 10;
/// The largest size served from blocks; bigger things are large objects.
pub const MAX_SMALL: usize = 8192;
/// `Header::kind` of a free cell.
pub const KIND_FREE: u8 = 0;

/// Cell sizes of the size classes (multiples of 8, spaced ≤ 25% apart).
const CLASSES: [u32; 35] = [
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768,
    896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];
pub const NCLASSES: usize = CLASSES.len();
const _: () = assert!(NCLASSES == crate::abi::layout::NCLASSES);

/// Size class of every small size, indexed by `size / 8`.
const CLASS_OF: [u8; MAX_SMALL / 8 + 1] = {
    let mut t = [0u8; MAX_SMALL / 8 + 1];
    let mut i = 0;
    let mut c = 0;
    while i < t.len() {
        while (CLASSES[c] as usize) < i * 8 {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
};

/// A block or a large object (`start == 0`: a released region's slot).
#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub start: usize,
    pub end: usize,
    /// Cell size for blocks; 0 for a large object.
    pub cell: u32,
    pub class: u8,
    /// ⌈2³² / cell⌉: offset × recip >> 32 is offset / cell for offsets < 2¹⁶.
    recip: u64,
    /// Blocks: cells at or past this address are free and unformatted
    /// (`end` when every cell is formatted: allocated or on a free list).
    pub bump: usize,
}

/// Address bits per granule (the block size and region alignment).
const GRANULE_BITS: u32 = 16;
/// Address bits covered by one second-level table.
const L2_BITS: u32 = 16;
/// First-level entries: user-space addresses are below 2⁴⁷.
const L1_LEN: usize = 1 << (47 - GRANULE_BITS - L2_BITS);
const L2_LEN: usize = 1 << L2_BITS;

impl Region {
    pub fn is_large(&self) -> bool {
        self.cell == 0
    }
    /// The formatted cells of a block (start addresses; see `bump`).
    pub fn cells(&self) -> impl Iterator<Item = usize> {
        let cell = self.cell as usize;
        let n = (self.bump - self.start) / cell.max(1);
        let start = self.start;
        (0..n).map(move |i| start + i * cell)
    }
}

/// A free cell: its header (kind [`KIND_FREE`]) and the next free cell.
#[repr(C)]
struct FreeCell {
    header: Header,
    next: *mut FreeCell,
}

/// The allocation fast path's state, laid out for compiled code too (which
/// allocates `new F` objects inline through `kiln_alloc_state`; the offsets
/// are the `ALLOC_*_OFFSET` constants).
#[repr(C)]
pub struct AllocState {
    /// Per size class: the free list's first cell (null: empty).
    free: [*mut FreeCell; NCLASSES],
    /// Per size class: the bump block's next free cell and the end of its
    /// last whole cell (both 0 without a bump block).
    cursor: [usize; NCLASSES],
    end: [usize; NCLASSES],
    /// Bytes handed out since the last collection.
    pub allocated: usize,
    /// The fast path serves allocations while `allocated` stays within this
    /// (the collection budget, or 0 to send every allocation to the slow path).
    pub limit: usize,
}

pub use crate::abi::layout::{
    ALLOC_ALLOCATED_OFFSET, ALLOC_CURSOR_OFFSET, ALLOC_END_OFFSET, ALLOC_FREE_OFFSET,
    ALLOC_LIMIT_OFFSET,
};

const _: () = {
    assert!(std::mem::offset_of!(AllocState, cursor) == ALLOC_CURSOR_OFFSET as usize);
    assert!(std::mem::offset_of!(AllocState, end) == ALLOC_END_OFFSET as usize);
    assert!(std::mem::offset_of!(AllocState, allocated) == ALLOC_ALLOCATED_OFFSET as usize);
    assert!(std::mem::offset_of!(AllocState, limit) == ALLOC_LIMIT_OFFSET as usize);
};

pub struct Space {
    pub hot: AllocState,
    /// Per size class: the bump block's region id + 1 (0: none). Its
    /// `Region::bump` is stale while it is the bump block: the cursor is
    /// in `hot`.
    bump_region: [usize; NCLASSES],
    /// Blocks and large objects by id (a released region's slot has start 0
    /// and is reused).
    pub regions: Vec<Region>,
    free_ids: Vec<u32>,
    /// granule → region id + 1: `L1_LEN` pointers to `L2_LEN`-entry tables.
    map: *mut *mut u32,
    lo: usize,
    hi: usize,
    /// Bytes in blocks and large objects (the heap's size).
    pub heap_bytes: usize,
    /// Per size class: blocks not yet swept since the last marking.
    pub unswept: [Vec<u32>; NCLASSES],
    /// Per size class: swept blocks with every cell free, not yet bump blocks.
    pub empty: [Vec<u32>; NCLASSES],
    /// Cells the last marking found alive, per region id.
    pub live_cells: Vec<u32>,
}

fn layout(size: usize) -> std::alloc::Layout {
    std::alloc::Layout::from_size_align(size, BLOCK_SIZE).expect("heap region size")
}

fn zeroed<T>(n: usize) -> *mut T {
    let l = std::alloc::Layout::array::<T>(n).expect("granule table size");
    // SAFETY: non-zero size.
    let p = unsafe { System.alloc_zeroed(l) };
    if p.is_null() {
        std::alloc::handle_alloc_error(l);
    }
    p as *mut T
}

impl Default for Space {
    fn default() -> Self {
        Self::new()
    }
}

impl Space {
    pub const fn new() -> Space {
        Space {
            hot: AllocState {
                free: [std::ptr::null_mut(); NCLASSES],
                cursor: [0; NCLASSES],
                end: [0; NCLASSES],
                allocated: 0,
                limit: usize::MAX,
            },
            bump_region: [0; NCLASSES],
            regions: Vec::new(),
            free_ids: Vec::new(),
            map: std::ptr::null_mut(),
            lo: usize::MAX,
            hi: 0,
            heap_bytes: 0,
            unswept: [const { Vec::new() }; NCLASSES],
            empty: [const { Vec::new() }; NCLASSES],
            live_cells: Vec::new(),
        }
    }

    /// The cell size `size` bytes are rounded to.
    pub fn rounded(size: usize) -> usize {
        if size <= MAX_SMALL {
            CLASSES[CLASS_OF[size.div_ceil(8)] as usize] as usize
        } else {
            size.next_multiple_of(16)
        }
    }

    /// The size class of a small size.
    pub fn class_of(size: usize) -> usize {
        CLASS_OF[size.div_ceil(8)] as usize
    }

    /// Allocates a zeroed cell of at least `size` bytes (8 ≤ size), or
    /// `None` when the size class has no free cell (the caller sweeps or
    /// adds a block, and retries).
    #[inline]
    pub fn try_alloc(&mut self, size: usize) -> Option<*mut Header> {
        if size > MAX_SMALL {
            return Some(self.alloc_large(size));
        }
        self.try_alloc_small(size, false, 0)
    }

    /// The fast path of `try_alloc`: a free cell of `size`'s class (size ≤
    /// [`MAX_SMALL`]) from its free list or bump block, if it has one (and,
    /// when `limited`, if the bytes allocated stay within `hot.limit`);
    /// zeroed from byte `zero_from` on (the caller initializes the bytes
    /// before it). Compiled code's inline allocation does the same.
    #[inline(always)]
    pub fn try_alloc_small(
        &mut self,
        size: usize,
        limited: bool,
        zero_from: usize,
    ) -> Option<*mut Header> {
        if size > MAX_SMALL {
            return None;
        }
        let class = Self::class_of(size);
        let cell = CLASSES[class] as usize;
        let h = &mut self.hot;
        if limited && h.allocated + cell > h.limit {
            return None;
        }
        let p = h.free[class];
        let p = if !p.is_null() {
            // SAFETY: free-list entries are free cells of `cell` bytes in our blocks.
            h.free[class] = unsafe { (*p).next };
            p as *mut u8
        } else {
            let c = h.cursor[class];
            if c + cell > h.end[class] {
                return None;
            }
            h.cursor[class] = c + cell;
            c as *mut u8
        };
        // SAFETY: a free cell of `cell` bytes.
        unsafe { std::ptr::write_bytes(p.add(zero_from), 0, cell - zero_from) };
        h.allocated += cell;
        Some(p as *mut Header)
    }

    /// Makes block `id` (of class `class`) its class's bump block, from its
    /// start: every cell in it is free.
    pub fn bump_from_start(&mut self, class: usize, id: usize) {
        self.end_bump(class);
        let r = &mut self.regions[id];
        r.bump = r.start;
        self.hot.cursor[class] = r.start;
        self.hot.end[class] = r.end - (r.end - r.start) % r.cell as usize;
        self.bump_region[class] = id + 1;
    }

    /// Stops bump allocation in `class`'s bump block (if any), recording its
    /// cursor in its region.
    fn end_bump(&mut self, class: usize) {
        if let Some(id) = self.bump_region[class].checked_sub(1) {
            self.regions[id].bump = self.hot.cursor[class];
        }
        self.bump_region[class] = 0;
        self.hot.cursor[class] = 0;
        self.hot.end[class] = 0;
    }

    /// Where the formatted cells of region `id` end (see `Region::bump`).
    #[inline]
    pub fn formatted_end(&self, id: usize) -> usize {
        let r = &self.regions[id];
        if r.is_large() || self.bump_region[r.class as usize] != id + 1 {
            r.bump
        } else {
            self.hot.cursor[r.class as usize]
        }
    }

    /// Allocates like `try_alloc`, adding a block when the free list is empty
    /// (unit tests, which never sweep).
    #[cfg(test)]
    pub fn alloc(&mut self, size: usize) -> *mut Header {
        if let Some(p) = self.try_alloc(size) {
            return p;
        }
        self.new_block(Self::class_of(size));
        self.try_alloc(size).expect("a fresh block has free cells")
    }

    fn alloc_large(&mut self, size: usize) -> *mut Header {
        let size = size.next_multiple_of(16);
        let l = layout(size);
        // SAFETY: non-zero size.
        let p = unsafe { System.alloc_zeroed(l) };
        if p.is_null() {
            crate::sys::output::out_of_memory();
        }
        self.insert(Region {
            start: p as usize,
            end: p as usize + size,
            cell: 0,
            class: 0,
            recip: 0,
            bump: p as usize + size,
        });
        self.hot.allocated += size;
        p as *mut Header
    }

    /// Adds a fresh block of size class `class` as its bump block.
    pub fn new_block(&mut self, class: usize) {
        let l = layout(BLOCK_SIZE);
        // SAFETY: non-zero size.
        let p = unsafe { System.alloc_zeroed(l) };
        if p.is_null() {
            crate::sys::output::out_of_memory();
        }
        let r = Region {
            start: p as usize,
            end: p as usize + BLOCK_SIZE,
            cell: CLASSES[class],
            class: class as u8,
            recip: (1u64 << 32).div_ceil(CLASSES[class] as u64),
            bump: p as usize,
        };
        let id = self.insert(r);
        self.bump_from_start(class, id);
    }

    fn insert(&mut self, r: Region) -> usize {
        let id = match self.free_ids.pop() {
            Some(id) => {
                self.regions[id as usize] = r;
                id
            }
            None => {
                self.regions.push(r);
                self.regions.len() as u32 - 1
            }
        };
        self.set_granules(&r, id + 1);
        self.lo = self.lo.min(r.start);
        self.hi = self.hi.max(r.end);
        self.heap_bytes += r.end - r.start;
        id as usize
    }

    /// Points the granules `r` covers at `entry` (region id + 1, or 0).
    fn set_granules(&mut self, r: &Region, entry: u32) {
        if self.map.is_null() {
            self.map = zeroed::<*mut u32>(L1_LEN);
        }
        for g in (r.start >> GRANULE_BITS)..=((r.end - 1) >> GRANULE_BITS) {
            // SAFETY: g < 2^(47-16): the L1 index is in bounds; L2 tables
            // are created on first use.
            unsafe {
                let l1 = self.map.add(g >> L2_BITS);
                if (*l1).is_null() {
                    *l1 = zeroed::<u32>(L2_LEN);
                }
                *(*l1).add(g & (L2_LEN - 1)) = entry;
            }
        }
    }

    /// Puts cell `c` (already marked free) on its class's free list.
    pub fn push_free(&mut self, class: usize, c: usize) {
        let f = c as *mut FreeCell;
        // SAFETY: c is a cell of at least 16 bytes in one of our blocks.
        unsafe {
            (*f).header = Header {
                kind: KIND_FREE,
                gc: 0,
                flags: 0,
                aux: 0,
            };
            (*f).next = self.hot.free[class];
        }
        self.hot.free[class] = f;
    }

    /// Forgets every free list and bump block (the sweeper rebuilds them;
    /// a bump block keeps its cursor in its region).
    pub fn clear_free_lists(&mut self) {
        self.hot.free = [std::ptr::null_mut(); NCLASSES];
        for class in 0..NCLASSES {
            self.end_bump(class);
        }
    }

    /// Releases region `i`'s memory and frees its id.
    pub fn release(&mut self, i: usize) {
        let r = self.regions[i];
        self.set_granules(&r, 0);
        self.regions[i].start = 0;
        self.free_ids.push(i as u32);
        self.heap_bytes -= r.end - r.start;
        // SAFETY: allocated in `alloc_large` / `new_block` with this layout.
        unsafe { System.dealloc(r.start as *mut u8, layout(r.end - r.start)) };
    }

    /// The allocated heap thing containing address `p`, if any, and its size.
    #[cfg(test)]
    pub fn find(&self, p: usize) -> Option<(*mut Header, usize)> {
        let (h, size) = self.find_any(p)?;
        // SAFETY: `find_any` returns cell starts of our regions.
        (unsafe { (*h).kind } != KIND_FREE).then_some((h, size))
    }

    /// The cell (allocated or free) containing address `p`, and its size.
    #[inline]
    pub fn find_any(&self, p: usize) -> Option<(*mut Header, usize)> {
        self.find_cell(p).map(|(h, size, _)| (h, size))
    }

    /// The formatted cell (allocated or on a free list) containing address
    /// `p`: its start, size and region id.
    #[inline]
    pub fn find_cell(&self, p: usize) -> Option<(*mut Header, usize, usize)> {
        let (h, size, id) = self.find_unformatted(p)?;
        (self.formatted_end(id) > h as usize).then_some((h, size, id))
    }

    /// Like `find_cell`, also for cells past a block's bump cursor.
    #[inline]
    pub fn find_unformatted(&self, p: usize) -> Option<(*mut Header, usize, usize)> {
        if p < self.lo || p >= self.hi {
            return None;
        }
        let g = p >> GRANULE_BITS;
        // SAFETY: lo..hi lies within mapped granules' address range, so the
        // map exists and g's L1 index is in bounds.
        let id = unsafe {
            let l2 = *self.map.add(g >> L2_BITS);
            if l2.is_null() {
                return None;
            }
            *l2.add(g & (L2_LEN - 1))
        };
        if id == 0 {
            return None;
        }
        let id = id as usize - 1;
        let r = &self.regions[id];
        if p < r.start || p >= r.end {
            return None;
        }
        let (start, size) = if r.is_large() {
            (r.start, r.end - r.start)
        } else {
            let cell = r.cell as usize;
            let start = r.start + (((p - r.start) as u64 * r.recip) >> 32) as usize * cell;
            if start + cell > r.end {
                return None;
            }
            (start, cell)
        };
        Some((start as *mut Header, size, id))
    }

    /// Walks the free lists: every entry must be a free cell of its class.
    pub fn check_free_lists(&self) -> Result<(), String> {
        for (class, &head) in self.hot.free.iter().enumerate() {
            let mut f = head;
            while !f.is_null() {
                match self.find_any(f as usize) {
                    Some((h, size))
                        if std::ptr::eq(h as *const FreeCell, f)
                            && size == CLASSES[class] as usize => {}
                    _ => {
                        return Err(format!(
                            "free-list entry {f:p} is not a cell of class {class}"
                        ))
                    }
                }
                // SAFETY: checked to be a cell of ours just above.
                unsafe {
                    if (*f).header.kind != KIND_FREE {
                        return Err(format!(
                            "free-list entry {f:p} has kind {}",
                            (*f).header.kind
                        ));
                    }
                    f = (*f).next;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_up() {
        assert_eq!(Space::rounded(8), 16);
        assert_eq!(Space::rounded(16), 16);
        assert_eq!(Space::rounded(17), 24);
        assert_eq!(Space::rounded(57), 64);
        assert_eq!(Space::rounded(8192), 8192);
        assert_eq!(Space::rounded(8193), 8208);
        for s in 1..=MAX_SMALL {
            assert!(Space::rounded(s) >= s);
        }
    }

    #[test]
    fn reciprocal_division_is_exact() {
        for &cell in CLASSES.iter() {
            let recip = (1u64 << 32).div_ceil(cell as u64);
            for off in 0..BLOCK_SIZE as u64 {
                assert_eq!(
                    (off * recip) >> 32,
                    off / cell as u64,
                    "cell {cell} offset {off}"
                );
            }
        }
    }

    #[test]
    fn find_interior_pointers() {
        let mut s = Space::new();
        let a = s.alloc(40) as usize;
        // SAFETY: fresh cell.
        unsafe { (*(a as *mut Header)).kind = 6 };
        assert_eq!(s.find(a).map(|x| x.0 as usize), Some(a));
        assert_eq!(s.find(a + 39).map(|x| x.0 as usize), Some(a));
        let big = s.alloc(100_000) as usize;
        // SAFETY: fresh large object.
        unsafe { (*(big as *mut Header)).kind = 10 };
        assert_eq!(s.find(big + 99_999).map(|x| x.1), Some(100_000));
        assert!(s.find(big + 100_000).is_none());
        assert!(s.find(8).is_none());
    }
}
