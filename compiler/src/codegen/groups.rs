//! Receiver groups: one shape guard shared by the named accesses to a `this` or parameter binding.
//!
//! Each binding of the function being generated (and of the bodies inlined
//! into it) that is `this`, a parameter or a variable and the object of some
//! `x.name` may get a group (`kiln_runtime::ic_group`): runtime data holding
//! a shape and, per access kind (name, read or write), the slot offset of
//! that own data property in objects of that shape. One Cranelift variable,
//! the group's *state*, tracks it along every path: 0 when the next access
//! must guard (at the start, after every call, after an inline
//! add-transition store, after the binding changes), 1 when the guard failed
//! (the ordinary inline caches are used until the next reset), otherwise
//! the receiver's slots pointer: the binding holds an object of the group's
//! shape.
//!
//! Calls reset the state (any call may run JavaScript that changes shapes):
//! every `call` emitted by `FnGen` is followed by [`FnGen::kill_groups`], so
//! the exception edge and the normal continuation both see 0. Stores to
//! existing slots change no shape and keep the group valid.
//!
//! With a valid state, a read is a compare, a load of the recorded offset, a
//! sign test and a load through the slots pointer; the offset is recorded on
//! first use of an access kind for the group's shape (`kiln_group_fill`).
//! Everything else (other shapes, accessors, prototype properties,
//! dictionaries, primitives) takes the access's ordinary inline cache.

use super::func::FnGen;
use crate::diag::CResult;
use crate::resolve::{BindingId, BindingKind, FuncId, FuncKind, Rep, Storage, Ty};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use kiln_runtime::abi::RtFn;
use kiln_runtime::ic_group as ig;
use kiln_runtime::object as ob;
use swc_common::Span;
use swc_ecma_ast::Expr;

/// The most groups one compiled function opens (every call resets them all).
const MAX_GROUPS: usize = 24;
/// Accesses after a reset that use their ordinary inline caches.
const ORDINARY_FIRST: u32 = 2;
/// Group state: the next access must guard.
const STATE_UNCHECKED: i64 = 0;
/// Group state: the guard failed; accesses take their ordinary inline caches.
const STATE_BAD: i64 = 1;

/// The compile-time side of one receiver group.
pub struct Group {
    /// [`STATE_UNCHECKED`], [`STATE_BAD`] or (valid) the receiver's slots pointer.
    state: Variable,
    /// The group's index in `kiln_ic_groups` (allocated on first access).
    data: Option<u32>,
    /// Access kinds so far: (name, is a write).
    kinds: Vec<(String, bool)>,
    /// Accesses generated since the last reset outside cold code. (A
    /// heuristic choosing the code, not a fact: the first [`ORDINARY_FIRST`]
    /// accesses after a call use their ordinary inline caches, later ones
    /// guard and use the group, so a guard is paid only where a run of
    /// accesses without calls may repay it.)
    touched: u32,
}

impl<'a> FnGen<'_, 'a> {
    /// Opens the groups of function `fid`'s bindings that are the object of
    /// some `x.name` (before any of its code is generated, so that every
    /// later call resets them).
    pub fn open_groups(&mut self, fid: FuncId) {
        let bids = self.mg.receivers.get(&fid).cloned().unwrap_or_default();
        for bid in bids {
            if self.groups.len() >= MAX_GROUPS
                || self.groups.contains_key(&bid)
                || !self.group_candidate(bid)
            {
                continue;
            }
            let state = self.b.declare_var(types::I64);
            self.group_states.push(state);
            self.groups.insert(
                bid,
                Group {
                    state,
                    data: None,
                    kinds: vec![],
                    touched: 0,
                },
            );
        }
    }

    /// A binding that can have a group: `this`, a parameter or a variable
    /// living in a Cranelift variable with no static type. Every definition
    /// of it goes through `store_binding` or `enter_scope`, which reset the
    /// group (so do assignments and `super()` binding `this`).
    fn group_candidate(&self, bid: BindingId) -> bool {
        let b = &self.a.bindings[bid];
        let kind_ok = match b.kind {
            BindingKind::Param | BindingKind::Let | BindingKind::Const | BindingKind::Var => {
                !b.destructured
            }
            // A constructor's `this` mostly gets properties added.
            BindingKind::Synthetic => {
                b.name == "%this"
                    && self.mg.used_synth.contains(&bid)
                    && self.a.funcs[b.func].kind != FuncKind::ClassCtor
            }
            _ => false,
        };
        kind_ok
            && b.storage == Storage::Local
            && b.ty.rep() == Rep::Boxed
            && b.ty == Ty::Any
            && !b.captured
    }

    /// While generating a body inlined at a call whose receiver or argument
    /// was read from grouped binding `outer`: binding `inner` (the callee's
    /// `this` or parameter, holding the same value) uses `outer`'s group.
    /// Only when neither binding can change meanwhile: `outer` belongs to
    /// the caller, which the inlined body cannot name.
    pub fn alias_group(&mut self, inner: BindingId, outer: BindingId) -> bool {
        let stable = |g: &Self, bid: BindingId| {
            let b = &g.a.bindings[bid];
            let f = &g.a.funcs[b.func];
            !b.reassigned || b.kind == BindingKind::Synthetic && f.kind != FuncKind::ClassCtor
        };
        if !stable(self, inner) || !stable(self, outer) || !self.groups.contains_key(&outer) {
            return false;
        }
        self.group_alias.insert(inner, outer);
        true
    }

    /// After anything that may change a shape: every group guards again.
    pub fn kill_groups(&mut self) {
        if self.group_states.is_empty() || self.is_filled() {
            return;
        }
        let zero = self.b.ins().iconst(types::I64, STATE_UNCHECKED);
        for &v in &self.group_states {
            self.b.def_var(v, zero);
        }
        if !self.in_cold_block() {
            for g in self.groups.values_mut() {
                g.touched = 0;
            }
        }
    }

    /// Binding `bid` got a new value: its group guards again.
    pub fn kill_group(&mut self, bid: BindingId) {
        let cold = self.in_cold_block();
        if let Some(g) = self.groups.get_mut(&bid) {
            if !cold {
                g.touched = 0;
            }
            let state = g.state;
            let zero = self.b.ins().iconst(types::I64, STATE_UNCHECKED);
            self.b.def_var(state, zero);
        }
    }

    /// The groups touched now (see [`Group::touched`]), to restore after
    /// generating a cold path whose blocks are not all marked cold.
    pub fn touched_groups(&self) -> Vec<(BindingId, u32)> {
        self.groups.iter().map(|(&b, g)| (b, g.touched)).collect()
    }

    pub fn restore_touched(&mut self, touched: &[(BindingId, u32)]) {
        for &(b, t) in touched {
            if let Some(g) = self.groups.get_mut(&b) {
                g.touched = t;
            }
        }
    }

    fn in_cold_block(&self) -> bool {
        self.b
            .current_block()
            .is_some_and(|blk| self.b.func.layout.is_cold(blk))
    }

    /// The grouped binding `e` reads, if it is one (`this` or a parameter).
    pub fn group_of(&self, e: &Expr) -> Option<BindingId> {
        let r = match crate::resolve::scope::strip_parens(e) {
            Expr::This(t) => self.a.synth_refs.get(&t.span.lo).copied()?,
            Expr::Ident(id) => self.a.reference(id.span.lo)?,
            _ => return None,
        };
        if r.tdz_check {
            return None;
        }
        let bid = self
            .group_alias
            .get(&r.binding)
            .copied()
            .unwrap_or(r.binding);
        self.groups.contains_key(&bid).then_some(bid)
    }

    /// The group data of `bid` and the index of access kind (`name`, `store`),
    /// if the group has room for it.
    fn group_kind(&mut self, bid: BindingId, name: &str, store: bool) -> Option<(u32, usize)> {
        if name == "length" {
            return None;
        }
        let next = self.mg.group_count;
        let g = self.groups.get_mut(&bid)?;
        g.touched += 1;
        if g.touched <= ORDINARY_FIRST {
            return None;
        }
        let idx = match g.kinds.iter().position(|(n, s)| n == name && *s == store) {
            Some(i) => i,
            None if g.kinds.len() < ig::GROUP_NAMES => {
                g.kinds.push((name.to_string(), store));
                g.kinds.len() - 1
            }
            None => return None,
        };
        let data = *g.data.get_or_insert(next);
        if data == next {
            self.mg.group_count += 1;
        }
        Some((data, idx))
    }

    /// `obj.name` where `obj` is the value of grouped binding `bid`.
    pub fn grouped_get(
        &mut self,
        bid: BindingId,
        obj: Value,
        name: &str,
        span: Span,
    ) -> CResult<Value> {
        let Some((data, idx)) = self.group_kind(bid, name, false) else {
            return self.get_named(obj, name, span);
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let ordinary = self.group_slot(bid, data, idx, obj, name, false, |g, addr| {
            let v =
                g.b.ins()
                    .load(types::I64, MemFlagsData::new(), addr, -ig::GROUP_OFF_BIAS);
            g.b.ins().jump(join, &[v.into()]);
        })?;
        self.switch_to(ordinary);
        let v = self.get_named(obj, name, span)?;
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `obj.name = v` where `obj` is the value of grouped binding `bid`.
    pub fn grouped_set(
        &mut self,
        bid: BindingId,
        obj: Value,
        name: &str,
        v: Value,
        span: Span,
    ) -> CResult<()> {
        let Some((data, idx)) = self.group_kind(bid, name, true) else {
            return self.set_named(obj, name, v, span);
        };
        let join = self.b.create_block();
        let ordinary = self.group_slot(bid, data, idx, obj, name, true, |g, addr| {
            g.b.ins()
                .store(MemFlagsData::new(), v, addr, -ig::GROUP_OFF_BIAS);
            g.b.ins().jump(join, &[]);
        })?;
        self.switch_to(ordinary);
        self.set_named(obj, name, v, span)?;
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// The group access: `access` gets the address of the slot plus the bias
    /// when the group applies (and must end its block); returns the block
    /// (to be filled by the caller) where the ordinary access goes. The
    /// fast path is laid out first, falling through.
    #[allow(clippy::too_many_arguments)]
    fn group_slot(
        &mut self,
        bid: BindingId,
        data: u32,
        idx: usize,
        obj: Value,
        name: &str,
        store: bool,
        access: impl FnOnce(&mut Self, Value),
    ) -> CResult<Block> {
        let state = self.groups[&bid].state;
        let group = self.data_addr(self.mg.ic_groups, data as i64 * ig::GROUP_SIZE as i64);
        let [ordinary, have, fast, no_off, fill, dispatch, guard, miss, reset, adopt, bad] =
            std::array::from_fn(|_| self.b.create_block());
        for blk in [no_off, fill, miss, reset] {
            self.b.set_cold_block(blk);
        }
        self.b.append_block_param(have, types::I64);
        self.b.append_block_param(fast, types::I64);

        // Valid: a slots pointer (not 0 or 1).
        let st = self.b.use_var(state);
        let valid = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, st, STATE_BAD);
        self.b.ins().brif(valid, have, &[st.into()], dispatch, &[]);

        // The access kind's offset: recorded (> 0), unknown (0: record it)
        // or not an own data property of this shape (< 0).
        self.switch_to(have);
        let slots = self.b.block_params(have)[0];
        let off_at = ig::GROUP_OFFS_OFFSET + 8 * idx as i32;
        let off = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), group, off_at);
        let known = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, off, 0);
        self.b.ins().brif(known, fast, &[off.into()], no_off, &[]);
        self.switch_to(fast);
        let found = self.b.block_params(fast)[0];
        let addr = self.b.ins().iadd(slots, found);
        access(self, addr);
        self.switch_to(no_off);
        let unknown = self.b.ins().icmp_imm_s(IntCC::Equal, off, 0);
        self.b.ins().brif(unknown, fill, &[], ordinary, &[]);
        self.switch_to(fill);
        let k = self.str_value(name)?;
        let i = self.b.ins().iconst(types::I64, idx as i64);
        let w = self.b.ins().iconst(types::I64, store as i64);
        let off = self.call_rt_pure(RtFn::GroupFill, &[obj, group, i, k, w])?;
        let known = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, off, 0);
        self.b.ins().brif(known, fast, &[off.into()], ordinary, &[]);

        // Not valid: guard (unchecked) or take the ordinary path (bad).
        self.switch_to(dispatch);
        let unchecked = self.b.ins().icmp_imm_s(IntCC::Equal, st, STATE_UNCHECKED);
        self.b.ins().brif(unchecked, guard, &[], ordinary, &[]);
        // The guard: an object of the group's shape (adopting a new shape
        // through the runtime unless the group is disabled).
        self.switch_to(guard);
        let (p, sh) = self.object_shape(obj, bad);
        let gsh = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            group,
            ig::GROUP_SHAPE_OFFSET,
        );
        let same = self.b.ins().icmp(IntCC::Equal, sh, gsh);
        self.b.ins().brif(same, adopt, &[], miss, &[]);
        self.switch_to(miss);
        let disabled = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            group,
            ig::GROUP_DISABLED_OFFSET,
        );
        self.b.ins().brif(disabled, bad, &[], reset, &[]);
        self.switch_to(reset);
        let adopted = self.call_rt_pure(RtFn::GroupReset, &[obj, group])?;
        self.b.ins().brif(adopted, adopt, &[], bad, &[]);
        self.switch_to(adopt);
        let s = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), p, ob::OBJ_SLOTS_OFFSET);
        self.b.def_var(state, s);
        self.b.ins().jump(have, &[s.into()]);
        self.switch_to(bad);
        let b = self.b.ins().iconst(types::I64, STATE_BAD);
        self.b.def_var(state, b);
        self.b.ins().jump(ordinary, &[]);
        Ok(ordinary)
    }
}
