//! `new F(...)`: the new `this` allocated and initialized inline.
//!
//! Each `new` site has a `function::ConstructSite` (in `kiln_construct_sites`)
//! that the runtime fills once `F`'s instances have a settled layout (after
//! slack tracking). While `F` is the site's constructor and its `prototype`
//! is unchanged, compiled code takes a cell of the site's size class from
//! the allocator's fast-path state (`gc::space::AllocState`, reached through
//! `kiln_alloc_state`): the class's free list, else its bump block, while
//! the bytes allocated stay within the collection budget. It writes the
//! object part and fills the inline slots with `undefined` and the rest of
//! the cell with zeros. Every other case calls `kiln_construct_site`, which
//! constructs as the runtime does (collecting if due) and fills the site.
//! Nothing here can collect, so the fresh cell needs no rooting until it is
//! a value.

use crate::analysis::Ty;
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::opt::inline::InlineRequest;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;
use kiln_runtime::abi::layout as fnl;
use kiln_runtime::abi::layout as sp;
use kiln_runtime::abi::layout as ob;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// The `this` of `new f(...)` (f a boxed value; `text` the callee's
    /// source, for the "is not a constructor" error).
    pub fn construct_this(&mut self, f: Value, text: Value) -> CResult<Value> {
        let t = MemFlagsData::trusted();
        let idx = self.mg.construct_count;
        self.mg.construct_count += 1;
        let gv = self
            .mg
            .module
            .declare_data_in_func(self.mg.construct_sites, self.b.func);
        let base = self.b.ins().symbol_value(types::I64, gv);
        let site = self
            .b
            .ins()
            .iadd_imm_s(base, idx as i64 * fnl::CONSTRUCT_SITE_SIZE as i64);
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);

        // Is `f` the site's constructor, with the same `prototype`? (An
        // empty site holds 0, the bits of the number +0: never a match.)
        let site_f = self.b.ins().load(types::I64, t, site, fnl::CSITE_F_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, f, site_f);
        let filled = self.b.ins().icmp_imm_s(IntCC::NotEqual, site_f, 0);
        let same = self.b.ins().band(same, filled);
        let fo = self.b.ins().band_imm_s(f, nb::PAYLOAD_MASK as i64);
        let shape = self.guarded_load(same, slow, fo, ob::OBJ_SHAPE_OFFSET);
        let nt_shape = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_NT_SHAPE_OFFSET);
        let same_shape = self.b.ins().icmp(IntCC::Equal, shape, nt_shape);
        let slots = self.guarded_load(same_shape, slow, fo, ob::OBJ_SLOTS_OFFSET);
        let off = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_PROTO_OFF_OFFSET);
        let at = self.b.ins().iadd(slots, off);
        let proto = self.b.ins().load(types::I64, t, at, 0);
        let site_proto = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_PROTO_OFFSET);
        let same_proto = self.b.ins().icmp(IntCC::Equal, proto, site_proto);

        // Within the budget?
        let gv = self
            .mg
            .module
            .declare_data_in_func(self.mg.alloc_state, self.b.func);
        let state_at = self.b.ins().symbol_value(types::I64, gv);
        let state = self.guarded_load(same_proto, slow, state_at, 0);
        let cell = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_CELL_OFFSET);
        let allocated = self
            .b
            .ins()
            .load(types::I64, t, state, sp::ALLOC_ALLOCATED_OFFSET);
        let allocated = self.b.ins().iadd(allocated, cell);
        let limit = self
            .b
            .ins()
            .load(types::I64, t, state, sp::ALLOC_LIMIT_OFFSET);
        let within = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, allocated, limit);
        let class_off = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_CLASS_OFF_OFFSET);
        let class_at = self.b.ins().iadd(state, class_off);
        let head = self.guarded_load(within, slow, class_at, sp::ALLOC_FREE_OFFSET);

        // The free list's first cell, else the bump block's next one.
        let init = self.b.create_block();
        self.b.append_block_param(init, types::I64);
        let pop = self.b.create_block();
        let bump = self.b.create_block();
        self.b.ins().brif(head, pop, &[], bump, &[]);
        self.switch_to(pop);
        let next = self.b.ins().load(types::I64, t, head, 8);
        self.b.ins().store(t, next, class_at, sp::ALLOC_FREE_OFFSET);
        self.b.ins().jump(init, &[head.into()]);
        self.switch_to(bump);
        let cursor = self
            .b
            .ins()
            .load(types::I64, t, class_at, sp::ALLOC_CURSOR_OFFSET);
        let end = self
            .b
            .ins()
            .load(types::I64, t, class_at, sp::ALLOC_END_OFFSET);
        let next = self.b.ins().iadd(cursor, cell);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, next, end);
        let bumped = self.b.create_block();
        self.b.ins().brif(fits, bumped, &[], slow, &[]);
        self.switch_to(bumped);
        self.b
            .ins()
            .store(t, next, class_at, sp::ALLOC_CURSOR_OFFSET);
        self.b.ins().jump(init, &[cursor.into()]);

        // The object part, then `undefined` in the inline slots and zeros
        // to the end of the cell.
        self.switch_to(init);
        let p = self.b.block_params(init)[0];
        self.b
            .ins()
            .store(t, allocated, state, sp::ALLOC_ALLOCATED_OFFSET);
        // The header: kind, then the slot capacity in `aux`.
        let nslots = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_SLOTS_OFFSET);
        let aux = self
            .b
            .ins()
            .ishl_imm_s(nslots, (ob::OBJ_SLOT_CAP_OFFSET * 8) as i64);
        let header = self
            .b
            .ins()
            .bor_imm_s(aux, kiln_runtime::abi::heap::KIND_OBJECT as i64);
        self.b.ins().store(t, header, p, 0);
        let root = self
            .b
            .ins()
            .load(types::I64, t, site, fnl::CSITE_ROOT_OFFSET);
        self.b.ins().store(t, root, p, ob::OBJ_SHAPE_OFFSET);
        let inline = self.b.ins().iadd_imm_s(p, ob::OBJECT_SIZE as i64);
        self.b.ins().store(t, inline, p, ob::OBJ_SLOTS_OFFSET);
        let gv = self
            .mg
            .module
            .declare_data_in_func(self.mg.empty_elements, self.b.func);
        let empty = self.b.ins().symbol_value(types::I64, gv);
        self.b.ins().store(t, empty, p, ob::OBJ_ELEMENTS_OFFSET);
        let zero = self.b.ins().iconst(types::I64, 0);
        let slots_end = self.b.ins().ishl_imm_s(nslots, 3);
        let slots_end = self.b.ins().iadd(inline, slots_end);
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let a = self.fill_words(inline, slots_end, undef);
        let cell_end = self.b.ins().iadd(p, cell);
        self.fill_words(a, cell_end, zero);
        let this = self
            .b
            .ins()
            .bor_imm_s(p, (nb::TAG_OBJECT << nb::TAG_SHIFT) as i64);
        self.b.ins().jump(join, &[this.into()]);

        // A derived class constructor (the site's `f` with its low bit
        // set): `this` is made by the base constructor, at `super()`.
        self.switch_to(slow);
        let site_f = self.b.ins().load(types::I64, t, site, fnl::CSITE_F_OFFSET);
        let marked = self.b.ins().bor_imm_s(f, 1);
        let derived = self.b.ins().icmp(IntCC::Equal, marked, site_f);
        let call = self.b.create_block();
        let hole = self.b.ins().iconst(types::I64, nb::HOLE as i64);
        self.b.ins().brif(derived, join, &[hole.into()], call, &[]);
        self.switch_to(call);
        let site_arg = site;
        let r = self.call_rt_checked(RtFn::ConstructSite, &[f, text, site_arg])?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Branches to `slow` unless `ok`; then loads the word at `addr + off`.
    fn guarded_load(&mut self, ok: Value, slow: Block, addr: Value, off: i32) -> Value {
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], slow, &[]);
        self.switch_to(next);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, off)
    }

    /// Stores `word` at every 8 bytes from `from` up to `to`; returns `to`
    /// (as a value of the block after the loop).
    fn fill_words(&mut self, from: Value, to: Value, word: Value) -> Value {
        let head = self.b.create_block();
        self.b.append_block_param(head, types::I64);
        let body = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().jump(head, &[from.into()]);
        self.switch_to(head);
        let a = self.b.block_params(head)[0];
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, a, to);
        self.b.ins().brif(more, body, &[], done, &[]);
        self.switch_to(body);
        self.b.ins().store(MemFlagsData::trusted(), word, a, 0);
        let next = self.b.ins().iadd_imm_s(a, 8);
        self.b.ins().jump(head, &[next.into()]);
        self.switch_to(done);
        to
    }
}

impl<'a> FnGen<'_, 'a> {
    /// `new F(args)`.
    pub fn gen_new(&mut self, n: &'a NewExpr) -> CResult<Tv> {
        let f = self.gen_expr(&n.callee)?;
        let f = self.boxed(f);
        let args: &'a [ExprOrSpread] = n.args.as_deref().unwrap_or(&[]);
        if args.iter().any(|a| a.spread.is_some()) {
            let arr = self.spread_args(args)?;
            let text = self.source_text(&n.callee);
            let t = self.str_value(&text)?;
            let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            self.set_loc_construct(n.span);
            let r = self.call_rt_checked(RtFn::CallSpread, &[f, undef, arr, f, t])?;
            return Ok(Tv::Boxed(r, Ty::Any));
        }
        let mut tvs = Vec::with_capacity(args.len());
        for a in args {
            tvs.push(self.gen_expr(&a.expr)?);
        }
        self.set_loc(n.span);
        let text = self.source_text(&n.callee);
        let t = self.str_value(&text)?;
        let this0 = self.construct_this(f, t)?;
        self.set_loc_construct(n.span);
        let req = InlineRequest::Construct {
            n,
            f,
            this0,
            args: &tvs,
            text: &text,
        };
        let r = match self.try_inline_call(req)? {
            Some(r) => r,
            None => {
                let vals: Vec<Value> = tvs.iter().map(|&tv| self.boxed(tv)).collect();
                self.call_value(f, this0, &vals, f, &text, false)?
                    .expect("not a tail call")
            }
        };
        let is_obj = self.is_object(r);
        Ok(Tv::Boxed(self.b.ins().select(is_obj, r, this0), Ty::Any))
    }

    /// `new Error(msg)` / `Error(msg)`.
    pub fn gen_error_construct(
        &mut self,
        kind: i64,
        args: &'a [ExprOrSpread],
        span: swc_common::Span,
    ) -> CResult<Tv> {
        let mut msg = None;
        for (i, a) in args.iter().enumerate() {
            let tv = self.gen_expr(&a.expr)?;
            if i == 0 {
                msg = Some(self.boxed(tv));
            }
        }
        let msg = match msg {
            Some(m) => m,
            None => self.b.ins().iconst(types::I64, nb::UNDEFINED as i64),
        };
        let k = self.b.ins().iconst(types::I64, kind);
        self.set_loc(span);
        Ok(Tv::Boxed(
            self.call_rt_checked(RtFn::NewError, &[k, msg])?,
            Ty::Any,
        ))
    }
}
