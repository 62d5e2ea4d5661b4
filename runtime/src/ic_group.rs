//! Receiver groups: one shape check shared by a compiled function's named accesses to one binding.
//!
//! Compiled code gives each function (with the bodies inlined into it) an
//! [`IcGroup`] per parameter or `this` binding it reads or writes properties
//! of. The first access after anything that may have changed a shape (a
//! call, a store that adds a property, a new value in the binding) *guards*:
//! receiver is an object and `obj.shape == group.shape`. While nothing
//! intervenes, the following accesses to the same binding skip that check
//! and read or write `slots[off]` with the offset recorded per access kind
//! (a name, read or write) in the group. See docs/ARCHITECTURE.md.
//!
//! Offsets are filled lazily, per access kind, by [`kiln_group_fill`]; a
//! guard that finds another shape calls [`kiln_group_reset`], which adopts
//! it (forgetting every offset) until the group has changed shape too often
//! and is disabled for good. Only own data properties (writable ones for
//! writes) of non-dictionary shapes are recorded, so an entry depends on the
//! shape alone: getters, setters, prototype properties, arrays' `length` and
//! the other special cases always take the ordinary inline cache.

use crate::key;
use crate::object::{obj, ACCESSOR, KIND_ARRAY, WRITABLE};
use crate::property;
use crate::realm;
use crate::value::Value;

/// Access kinds per group; further ones use their ordinary inline caches.
pub const GROUP_NAMES: usize = 8;
/// Shape changes (and refused shapes) after which a group is disabled.
const MAX_RESETS: u64 = 16;

/// One receiver group (offsets are part of the ABI).
#[repr(C)]
#[derive(Debug, Default)]
pub struct IcGroup {
    /// The receiver shape the offsets describe (0: none yet).
    pub shape: u64,
    /// Nonzero: too many shapes seen; compiled code no longer guards.
    pub disabled: u64,
    /// Calls of [`kiln_group_reset`] so far.
    pub resets: u64,
    /// Per access kind: 0 not known yet, -1 not an own (writable) data
    /// property of `shape`, else the slot's byte offset plus 8.
    pub offs: [i64; GROUP_NAMES],
    /// Per access kind: the interned key (0 until first filled).
    pub keys: [u64; GROUP_NAMES],
}

pub const GROUP_SHAPE_OFFSET: i32 = 0;
pub const GROUP_DISABLED_OFFSET: i32 = 8;
pub const GROUP_OFFS_OFFSET: i32 = 24;
/// The bias of a recorded offset (so that 0 means "not known yet").
pub const GROUP_OFF_BIAS: i32 = 8;
pub const GROUP_SIZE: i32 = 24 + 16 * GROUP_NAMES as i32;

const _: () = {
    assert!(std::mem::size_of::<IcGroup>() == GROUP_SIZE as usize);
    assert!(std::mem::offset_of!(IcGroup, shape) == GROUP_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(IcGroup, disabled) == GROUP_DISABLED_OFFSET as usize);
    assert!(std::mem::offset_of!(IcGroup, offs) == GROUP_OFFS_OFFSET as usize);
};

/// `kiln_group_reset(v, group)`: object `v`'s shape is not the group's.
/// Adopts it (1) unless it is a dictionary or the group is worn out (0).
#[no_mangle]
pub extern "C" fn kiln_group_reset(v: Value, group: i64) -> i64 {
    // SAFETY: compiled code passes its own group.
    let g = unsafe { &mut *(group as usize as *mut IcGroup) };
    g.resets += 1;
    if g.resets > MAX_RESETS {
        g.disabled = 1;
        g.shape = 0;
        return 0;
    }
    let o = obj(v);
    if o.shape().dict {
        return 0;
    }
    g.shape = o.shape as u64;
    g.offs = [0; GROUP_NAMES];
    1
}

/// `kiln_group_fill(v, group, idx, name, store)`: records access kind `idx`
/// (`name`, a write if `store`) for object `v`, whose shape is the group's,
/// and returns the new entry (see [`IcGroup::offs`]).
#[no_mangle]
pub extern "C" fn kiln_group_fill(v: Value, group: i64, idx: i64, name: Value, store: i64) -> i64 {
    // SAFETY: compiled code passes its own group.
    let g = unsafe { &mut *(group as usize as *mut IcGroup) };
    let i = idx as usize;
    let o = obj(v);
    if o.shape as u64 != g.shape || i >= GROUP_NAMES {
        return -1;
    }
    if g.keys[i] == 0 {
        g.keys[i] = key::intern(name).0;
    }
    let k = Value(g.keys[i]);
    let own_data = o.shape().find(k).filter(|p| {
        p.attrs & ACCESSOR == 0
            && (store == 0 || p.attrs & WRITABLE != 0)
            && !(o.kind() == KIND_ARRAY && k == realm::get().keys.length)
            && property::cacheable(v, k)
    });
    let e = match own_data {
        Some(p) => 8 * p.slot as i64 + GROUP_OFF_BIAS as i64,
        None => -1,
    };
    g.offs[i] = e;
    e
}
