//! [`GcVec`]: a growable array whose buffer is a heap cell, for values the
//! runtime keeps in local variables while JavaScript runs or allocates.
//!
//! A `Vec<Value>`'s buffer is Rust memory the collector never scans, so
//! values only it holds could be freed under it. A `GcVec` keeps its buffer in
//! a `KIND_STORAGE` cell instead: while the `GcVec` is a local (on the stack or
//! in a register) the conservative stack scan finds the buffer, marks it, and
//! traces every word of it. Use it for lists of values (or keys, or anything
//! `Copy` holding values) that live across calls into JavaScript or
//! allocations; never store one inside a Rust heap structure (that would hide
//! it from the stack scan again).

use crate::abi::heap::HEADER_SIZE;
use crate::abi::heap::KIND_STORAGE;
use std::marker::PhantomData;

pub struct GcVec<T: Copy> {
    ptr: *mut T,
    len: usize,
    cap: usize,
    _t: PhantomData<T>,
}

impl<T: Copy> GcVec<T> {
    pub const fn new() -> Self {
        GcVec {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
            _t: PhantomData,
        }
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut v = Self::new();
        v.reserve(n);
        v
    }

    /// Makes room for `extra` more elements.
    pub fn reserve(&mut self, extra: usize) {
        let need = self.len + extra;
        if need <= self.cap {
            return;
        }
        let cap = need.max(self.cap * 2).max(4);
        let bytes = cap * std::mem::size_of::<T>();
        let h = crate::gc::alloc(
            KIND_STORAGE,
            0,
            HEADER_SIZE as usize + bytes.next_multiple_of(8),
        );
        // SAFETY: the cell has room for `cap` elements after its header; the
        // old buffer (if any) holds `len` initialised elements.
        unsafe {
            (*h).flags |= crate::abi::heap::FLAG_SCRATCH;
            let p = (h as *mut u8).add(HEADER_SIZE as usize) as *mut T;
            if self.len > 0 {
                std::ptr::copy_nonoverlapping(self.ptr, p, self.len);
            }
            self.ptr = p;
        }
        self.cap = cap;
    }

    pub fn push(&mut self, x: T) {
        self.reserve(1);
        // SAFETY: reserve made room at `len`.
        unsafe { self.ptr.add(self.len).write(x) };
        self.len += 1;
    }

    /// Keeps the first `n` elements.
    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    /// Replaces element `i` (which must exist).
    pub fn set(&mut self, i: usize, x: T) {
        assert!(i < self.len, "GcVec::set out of bounds");
        // SAFETY: `i` is below `len`.
        unsafe { self.ptr.add(i).write(x) };
    }

    pub fn extend_from_slice(&mut self, xs: &[T]) {
        self.reserve(xs.len());
        // SAFETY: room for xs.len() more; xs cannot alias our fresh tail.
        unsafe { std::ptr::copy_nonoverlapping(xs.as_ptr(), self.ptr.add(self.len), xs.len()) };
        self.len += xs.len();
    }
}

impl<T: Copy> Default for GcVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy> std::ops::Deref for GcVec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: ptr holds `len` initialised elements.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl<T: Copy> std::ops::DerefMut for GcVec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: ptr holds `len` initialised elements, borrowed uniquely.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl<T: Copy> FromIterator<T> for GcVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v = Self::new();
        v.extend(iter);
        v
    }
}

impl<T: Copy> Extend<T> for GcVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
        for x in iter {
            self.push(x);
        }
    }
}
