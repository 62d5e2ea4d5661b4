//! Receiver groups: one shape guard shared by the named accesses to a `this` or parameter binding.
//!
//! Each `this` and parameter binding of the function being generated (and of
//! the bodies inlined into it) may get a group (`kiln_runtime::ic_group`):
//! runtime data holding a shape and, per access kind (name, read or write),
//! the slot offset of that own data property in objects of that shape. Two
//! Cranelift variables track it along every path:
//!
//! * `valid`: 0 when the next access must guard (at the start, after every
//!   call, after an inline add-transition store, after the binding changes),
//!   1 when the binding holds an object of the group's shape, 2 when the
//!   guard failed (the ordinary inline caches are used until the next 0);
//! * `slots`: the receiver's slots pointer, while `valid` is 1.
//!
//! Calls reset `valid` (any call may run JavaScript that changes shapes):
//! every `call` emitted by `FnGen` is followed by [`FnGen::kill_groups`], so
//! the exception edge and the normal continuation both see 0. Stores to
//! existing slots change no shape and keep the group valid.
//!
//! With `valid` 1, a read is a load of the recorded offset, a sign test and
//! a load through `slots`; the offset is recorded on first use of an access
//! kind for the group's shape (`kiln_group_fill`). Everything else (other
//! shapes, accessors, prototype properties, dictionaries, primitives) takes
//! the access's ordinary inline cache.

use super::func::FnGen;
use crate::diag::CResult;
use crate::resolve::{BindingId, BindingKind, FuncId, FuncKind, Rep, Storage, Ty};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use cranelift_module::Module;
use kiln_runtime::abi::RtFn;
use kiln_runtime::ic_group as ig;
use kiln_runtime::object as ob;
use kiln_runtime::value as nb;
use swc_common::Span;
use swc_ecma_ast::Expr;

/// The most groups one compiled function opens (every call resets them all).
const MAX_GROUPS: usize = 24;

/// The compile-time side of one receiver group.
pub struct Group {
    /// 0: guard first; 1: valid; 2: use the ordinary inline caches.
    valid: Variable,
    /// The receiver's slots pointer while `valid` is 1.
    slots: Variable,
    /// The group's index in `kiln_ic_groups` (allocated on first access).
    data: Option<u32>,
    /// Access kinds so far: (name, is a write).
    kinds: Vec<(String, bool)>,
    /// Has an access been generated since the last reset outside cold code?
    /// (A heuristic choosing the code, not a fact: the first access after a
    /// call uses its ordinary inline cache, later ones guard and use the
    /// group, so a lone access between calls costs nothing extra.)
    touched: bool,
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
            let valid = self.b.declare_var(types::I64);
            let slots = self.b.declare_var(types::I64);
            self.group_valid.push(valid);
            self.groups.insert(
                bid,
                Group {
                    valid,
                    slots,
                    data: None,
                    kinds: vec![],
                    touched: false,
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
            BindingKind::Synthetic => b.name == "%this" && self.mg.used_synth.contains(&bid),
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
            !b.reassigned
                || b.kind == BindingKind::Synthetic && f.kind != FuncKind::ClassCtor
        };
        if !stable(self, inner) || !stable(self, outer) || !self.groups.contains_key(&outer) {
            return false;
        }
        self.group_alias.insert(inner, outer);
        true
    }

    /// After anything that may change a shape: every group guards again.
    pub fn kill_groups(&mut self) {
        if self.group_valid.is_empty() || self.is_filled() {
            return;
        }
        let zero = self.b.ins().iconst(types::I64, 0);
        for &v in &self.group_valid {
            self.b.def_var(v, zero);
        }
        if !self.in_cold_block() {
            for g in self.groups.values_mut() {
                g.touched = false;
            }
        }
    }

    /// Binding `bid` got a new value: its group guards again.
    pub fn kill_group(&mut self, bid: BindingId) {
        let cold = self.in_cold_block();
        if let Some(g) = self.groups.get_mut(&bid) {
            g.touched &= cold;
            let valid = g.valid;
            let zero = self.b.ins().iconst(types::I64, 0);
            self.b.def_var(valid, zero);
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
        let bid = self.group_alias.get(&r.binding).copied().unwrap_or(r.binding);
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
        if !std::mem::replace(&mut g.touched, true) {
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
        let ordinary = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let addr = self.group_slot(bid, data, idx, obj, name, false, ordinary)?;
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::new(), addr, -ig::GROUP_OFF_BIAS);
        self.b.ins().jump(join, &[v.into()]);
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
        let ordinary = self.b.create_block();
        let join = self.b.create_block();
        let addr = self.group_slot(bid, data, idx, obj, name, true, ordinary)?;
        self.b
            .ins()
            .store(MemFlagsData::new(), v, addr, -ig::GROUP_OFF_BIAS);
        self.b.ins().jump(join, &[]);
        self.switch_to(ordinary);
        self.set_named(obj, name, v, span)?;
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// Continues, when the group applies, with the address of the slot plus
    /// the bias; otherwise jumps to `ordinary`.
    #[allow(clippy::too_many_arguments)]
    fn group_slot(
        &mut self,
        bid: BindingId,
        data: u32,
        idx: usize,
        obj: Value,
        name: &str,
        store: bool,
        ordinary: Block,
    ) -> CResult<Value> {
        let (valid, slots) = {
            let g = &self.groups[&bid];
            (g.valid, g.slots)
        };
        let gv = self
            .mg
            .module
            .declare_data_in_func(self.mg.ic_groups, self.b.func);
        let base = self.b.ins().symbol_value(types::I64, gv);
        let group = self
            .b
            .ins()
            .iadd_imm_s(base, data as i64 * ig::GROUP_SIZE as i64);
        let have = self.b.create_block();
        let dispatch = self.b.create_block();
        let guard = self.b.create_block();
        let check = self.b.create_block();
        let miss = self.b.create_block();
        let reset = self.b.create_block();
        let adopt = self.b.create_block();
        let bad = self.b.create_block();
        let fast = self.b.create_block();
        let no_off = self.b.create_block();
        let fill = self.b.create_block();
        for blk in [miss, reset, no_off, fill] {
            self.b.set_cold_block(blk);
        }
        self.b.append_block_param(fast, types::I64);

        let va = self.b.use_var(valid);
        let is_valid = self.b.ins().icmp_imm_s(IntCC::Equal, va, 1);
        self.b.ins().brif(is_valid, have, &[], dispatch, &[]);
        self.switch_to(dispatch);
        let unchecked = self.b.ins().icmp_imm_s(IntCC::Equal, va, 0);
        self.b.ins().brif(unchecked, guard, &[], ordinary, &[]);

        // The guard: an object of the group's shape (adopting a new shape
        // through the runtime unless the group is disabled).
        self.switch_to(guard);
        let is_obj = self.is_object(obj);
        self.b.ins().brif(is_obj, check, &[], bad, &[]);
        self.switch_to(check);
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let sh = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            p,
            ob::OBJ_SHAPE_OFFSET,
        );
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
        let s = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            p,
            ob::OBJ_SLOTS_OFFSET,
        );
        self.b.def_var(slots, s);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.def_var(valid, one);
        self.b.ins().jump(have, &[]);
        self.switch_to(bad);
        let two = self.b.ins().iconst(types::I64, 2);
        self.b.def_var(valid, two);
        self.b.ins().jump(ordinary, &[]);

        // The access kind's offset: recorded (> 0), unknown (0: record it)
        // or not an own data property of this shape (< 0).
        self.switch_to(have);
        let off_at = ig::GROUP_OFFS_OFFSET + 8 * idx as i32;
        let off = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), group, off_at);
        let known = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, off, 0);
        self.b.ins().brif(known, fast, &[off.into()], no_off, &[]);
        self.switch_to(no_off);
        let unknown = self.b.ins().icmp_imm_s(IntCC::Equal, off, 0);
        self.b.ins().brif(unknown, fill, &[], ordinary, &[]);
        self.switch_to(fill);
        let k = self.str_value(name)?;
        let i = self.b.ins().iconst(types::I64, idx as i64);
        let st = self.b.ins().iconst(types::I64, store as i64);
        let off = self.call_rt_pure(RtFn::GroupFill, &[obj, group, i, k, st])?;
        let known = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, off, 0);
        self.b.ins().brif(known, fast, &[off.into()], ordinary, &[]);

        self.switch_to(fast);
        let off = self.b.block_params(fast)[0];
        let s = self.b.use_var(slots);
        Ok(self.b.ins().iadd(s, off))
    }
}
