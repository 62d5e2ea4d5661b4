//! The roots: the JS thread's stack and registers, the program's writable
//! data, and the runtime's thread-local tables.
//!
//! The stack is scanned conservatively from the collector's own frame up to
//! the stack top recorded when the program started (`entry::run`); compiled
//! frames and runtime (Rust) frames share that stack, so every value either
//! holds in a local variable, a spill slot or an `Args` block is seen. The
//! callee-saved registers are stored into the collector's frame first; the
//! caller-saved ones are already on the stack, because collecting is a call.
//! The program's writable segments (module variables, inline-cache and
//! literal sites, the pending exception) are found with `dl_iterate_phdr`.

use super::mark::Marker;

/// Writable `PT_LOAD` segments of the executable: `[start, end)`.
pub fn data_segments() -> Vec<(usize, usize)> {
    #[repr(C)]
    struct DlPhdrInfo {
        addr: usize,
        name: *const u8,
        phdr: *const Phdr,
        phnum: u16,
    }
    #[repr(C)]
    struct Phdr {
        p_type: u32,
        p_flags: u32,
        p_offset: u64,
        p_vaddr: u64,
        p_paddr: u64,
        p_filesz: u64,
        p_memsz: u64,
        p_align: u64,
    }
    extern "C" {
        fn dl_iterate_phdr(
            cb: extern "C" fn(*const DlPhdrInfo, usize, *mut std::ffi::c_void) -> i32,
            data: *mut std::ffi::c_void,
        ) -> i32;
    }
    const PT_LOAD: u32 = 1;
    const PF_W: u32 = 2;
    extern "C" fn each(info: *const DlPhdrInfo, _: usize, data: *mut std::ffi::c_void) -> i32 {
        // SAFETY: the loader passes a valid info record; data is our Vec.
        unsafe {
            let out = &mut *(data as *mut Vec<(usize, usize)>);
            let info = &*info;
            for i in 0..info.phnum as usize {
                let ph = &*info.phdr.add(i);
                if ph.p_type == PT_LOAD && ph.p_flags & PF_W != 0 {
                    let start = info.addr + ph.p_vaddr as usize;
                    out.push((start, start + ph.p_memsz as usize));
                }
            }
        }
        1 // the first object is the executable itself: stop there
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    // SAFETY: the callback only appends to `out`.
    unsafe { dl_iterate_phdr(each, &mut out as *mut _ as *mut std::ffi::c_void) };
    out
}

/// Marks from the stack between the current frame and `top`, and from the
/// callee-saved registers.
#[inline(never)]
pub fn scan_stack(m: &mut Marker, top: usize) {
    let mut regs = [0u64; 6];
    // SAFETY: stores the callee-saved registers into a local array.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            r = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    for w in std::hint::black_box(regs) {
        m.root_word(w);
    }
    let here = &regs as *const _ as usize;
    m.root_range(here & !7, top);
}

/// Marks the runtime's own roots (thread-local tables of values).
pub fn scan_runtime(m: &mut Marker) {
    for trace in super::hooks::get().roots {
        trace(m);
    }
}
