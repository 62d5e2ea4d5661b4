//! Property access: `o.x` / `o[k]` through inline caches, property assignment
//! and update, `delete`, optional chains, `super.x` and implicit globals.
//!
//! Named accesses check the first entry of their inline-cache site inline
//! (see `kiln_runtime::object::inline_cache`): a shape compare, the prototype-epoch check
//! for prototype hits, then one load through the slots pointer. Element
//! accesses with an in-bounds integer index on dense elements are inline too,
//! and so are those on typed arrays (`typed_array.rs`).

use crate::analysis::builtins::{self, Builtin};
use crate::analysis::types::expr_ty;
use crate::analysis::Ty;
use crate::codegen::func::site_index;
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use crate::opt::speculate::{Compound, Speculation};
use crate::syntax::ast::prop_span;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use kiln_runtime::abi::layout as ob;
use kiln_runtime::abi::layout as ic;
use kiln_runtime::abi::RtFn;
use kiln_runtime::abi::{heap, value as nb};
use swc_common::{BytePos, Span};
use swc_ecma_ast::*;

/// A property key as the source writes it.
pub enum PKey {
    Named(String),
    Computed(Tv),
    /// A private name's symbol.
    Private(Value),
}

impl<'a> FnGen<'_, 'a> {
    pub(crate) fn trusted() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    /// The address of the inline-cache site of the property access at
    /// `span` (a store if `write`). Every copy of one access in one
    /// (inlined) body shares the site: a speculative path reads the cache
    /// its generic fallback fills.
    pub(crate) fn ic_site(&mut self, span: Span, write: bool) -> Value {
        let key = (self.inline, span.lo.0, span.hi.0, write);
        let idx = site_index(&mut self.ic_site_of, key, &mut self.mg.ic_count);
        self.data_addr(self.mg.ic_sites, idx as i64 * ic::IC_SITE_SIZE as i64)
    }

    pub(crate) fn strict(&self) -> bool {
        self.a.funcs[self.fid].strict
    }

    pub(crate) fn strict_flag(&mut self) -> Value {
        let s = self.strict() as i64;
        self.b.ins().iconst(types::I64, s)
    }

    /// `i8`: is `v` an object pointer?
    pub(crate) fn is_object(&mut self, v: Value) -> Value {
        let tag = self.b.ins().ushr_imm_s(v, nb::TAG_SHIFT as i64);
        self.b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, nb::TAG_OBJECT as i64)
    }

    // ---- literals ----

    // ---- property reads ----

    /// `obj.name` (named, through an inline cache).
    pub fn get_named(&mut self, obj: Value, name: &str, span: Span) -> CResult<Value> {
        self.get_named_as(obj, name, span, false)
    }

    /// [`Self::get_named`], checking for a prototype hit first if `method`
    /// (the callee of a method call, usually found on a prototype).
    pub(crate) fn get_named_as(
        &mut self,
        obj: Value,
        name: &str,
        span: Span,
        method: bool,
    ) -> CResult<Value> {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // Computed first: the slow path is reachable from every check below.
        let site = self.ic_site(span, false);
        if name == "length" {
            self.length_fast_path(obj, join, slow)?;
        }
        // Own hits (the entry's shape is the receiver's) load straight from
        // the receiver's slots; prototype hits (the shape with `IC_NOT_OWN`)
        // also need the prototype epoch they were recorded in.
        let (p, sh, csh) = self.ic_shape_load(obj, site, slow);
        let own_blk = self.b.create_block();
        let other = self.b.create_block();
        let own_check = |g: &mut Self, miss: Block| {
            let same = g.b.ins().icmp(IntCC::Equal, sh, csh);
            g.b.ins().brif(same, own_blk, &[], miss, &[]);
        };
        let proto_blk = if method {
            // Method calls are often polymorphic (one class per receiver):
            // the other entries are scanned inline too.
            let ways = self.b.create_block();
            self.b.set_cold_block(ways);
            let proto_blk = self.not_own_check(sh, csh, site, other);
            self.switch_to(other);
            own_check(self, ways);
            self.switch_to(ways);
            self.ic_other_ways(p, sh, site, join, slow);
            proto_blk
        } else {
            // Entries 1.. are scanned inline too (a cold block): a read
            // whose receiver has a few shapes (`this.x` in a method
            // inherited by several classes) stays out of the runtime.
            let ways = self.b.create_block();
            self.b.set_cold_block(ways);
            own_check(self, other);
            self.switch_to(other);
            let proto_blk = self.not_own_check(sh, csh, site, ways);
            self.switch_to(ways);
            self.ic_other_ways(p, sh, site, join, slow);
            proto_blk
        };
        self.ic_hits(p, site, own_blk, proto_blk, join);
        self.switch_to(slow);
        let k = self.str_value(name)?;
        self.set_loc(span);
        let r = self.call_rt_checked(RtFn::GetNamed, &[obj, k, site])?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Looks for shape `sh` (object `p`) in entries 1.. of IC `site`: an own
    /// hit or a prototype hit of the current epoch jumps to `join` with the
    /// value; none goes to `slow`.
    fn ic_other_ways(&mut self, p: Value, sh: Value, site: Value, join: Block, slow: Block) {
        let [head, body, not_own, epoch_blk, own_hit, proto_hit, next] =
            std::array::from_fn(|_| self.b.create_block());
        self.b.append_block_param(head, types::I64);
        let first = self.b.ins().iadd_imm_s(site, ic::IC_ENTRY_SIZE as i64);
        self.b.ins().jump(head, &[first.into()]);
        self.switch_to(head);
        let e = self.b.block_params(head)[0];
        let end = self.b.ins().iadd_imm_s(site, ic::IC_WAYS_SIZE as i64);
        let done = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, e, end);
        self.b.ins().brif(done, slow, &[], body, &[]);
        self.switch_to(body);
        let csh = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), e, ic::IC_SHAPE_OFFSET);
        let own = self.b.ins().icmp(IntCC::Equal, sh, csh);
        self.b.ins().brif(own, own_hit, &[], not_own, &[]);
        self.switch_to(not_own);
        let tagged = self.b.ins().bor_imm_s(sh, ic::IC_NOT_OWN as i64);
        let proto = self.b.ins().icmp(IntCC::Equal, tagged, csh);
        self.b.ins().brif(proto, epoch_blk, &[], next, &[]);
        self.switch_to(epoch_blk);
        let fresh = self.ic_epoch_fresh(e);
        self.b.ins().brif(fresh, proto_hit, &[], next, &[]);
        self.ic_hits(p, e, own_hit, proto_hit, join);
        self.switch_to(next);
        let e2 = self.b.ins().iadd_imm_s(e, ic::IC_ENTRY_SIZE as i64);
        self.b.ins().jump(head, &[e2.into()]);
    }

    /// Looks for shape `sh` (object `p`) among the own entries 1.. of store
    /// IC `site`: a hit stores `v` into the recorded slot and jumps to
    /// `join`; none goes to `slow` (add-transitions of entries 1.. are
    /// left to the runtime).
    fn ic_other_store_ways(
        &mut self,
        p: Value,
        sh: Value,
        site: Value,
        v: Value,
        join: Block,
        slow: Block,
    ) {
        let [head, body, hit, next] = std::array::from_fn(|_| self.b.create_block());
        self.b.append_block_param(head, types::I64);
        let first = self.b.ins().iadd_imm_s(site, ic::IC_ENTRY_SIZE as i64);
        self.b.ins().jump(head, &[first.into()]);
        self.switch_to(head);
        let e = self.b.block_params(head)[0];
        let end = self.b.ins().iadd_imm_s(site, ic::IC_WAYS_SIZE as i64);
        let done = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, e, end);
        self.b.ins().brif(done, slow, &[], body, &[]);
        self.switch_to(body);
        let csh = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), e, ic::IC_SHAPE_OFFSET);
        let own = self.b.ins().icmp(IntCC::Equal, sh, csh);
        self.b.ins().brif(own, hit, &[], next, &[]);
        self.switch_to(hit);
        let addr = self.slot_addr(p, e);
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
        self.b.ins().jump(join, &[]);
        self.switch_to(next);
        let e2 = self.b.ins().iadd_imm_s(e, ic::IC_ENTRY_SIZE as i64);
        self.b.ins().jump(head, &[e2.into()]);
    }

    /// Fills `own_blk` (an own hit of object `p` on IC entry `e`) and
    /// `proto_blk` (a prototype hit): each loads the slot and jumps to `join`.
    pub(crate) fn ic_hits(
        &mut self,
        p: Value,
        e: Value,
        own_blk: Block,
        proto_blk: Block,
        join: Block,
    ) {
        self.switch_to(own_blk);
        self.load_slot_to(p, e, join);
        self.switch_to(proto_blk);
        let h = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), e, ic::IC_HOLDER_OFFSET);
        self.load_slot_to(h, e, join);
    }

    /// Loads the named-property slot of object `p` at the byte offset IC
    /// `site`'s first entry recorded and jumps with it to `join`.
    fn load_slot_to(&mut self, p: Value, site: Value, join: Block) {
        let addr = self.slot_addr(p, site);
        let v = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        self.b.ins().jump(join, &[v.into()]);
    }

    /// The address of the named-property slot of object `p` at the byte
    /// offset IC entry `e` recorded.
    pub(crate) fn slot_addr(&mut self, p: Value, e: Value) -> Value {
        let slots = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_SLOTS_OFFSET);
        let off = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), e, ic::IC_SLOT_OFFSET);
        self.b.ins().iadd(slots, off)
    }

    /// Continues if `obj` is an object (else branches to `not_obj`); returns
    /// its pointer and its shape.
    pub(crate) fn object_shape(&mut self, obj: Value, not_obj: Block) -> (Value, Value) {
        if !self.known_objs.contains(&obj) {
            let is_obj = self.is_object(obj);
            let chk = self.b.create_block();
            self.b.ins().brif(is_obj, chk, &[], not_obj, &[]);
            self.switch_to(chk);
        }
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let sh = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_SHAPE_OFFSET);
        (p, sh)
    }

    /// Continues if `obj` is an object (else branches to `slow`); returns
    /// its pointer, its shape and the shape word of entry 0 of IC `site`.
    pub(crate) fn ic_shape_load(
        &mut self,
        obj: Value,
        site: Value,
        slow: Block,
    ) -> (Value, Value, Value) {
        let (p, sh) = self.object_shape(obj, slow);
        let csh = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), site, ic::IC_SHAPE_OFFSET);
        (p, sh, csh)
    }

    /// Continues in the returned block if entry 0 of `site` (shape word
    /// `csh`) is a not-own entry for shape `sh` recorded in the current
    /// prototype epoch; else branches to `slow`.
    pub(crate) fn not_own_check(
        &mut self,
        sh: Value,
        csh: Value,
        site: Value,
        slow: Block,
    ) -> Block {
        let tagged = self.b.ins().bor_imm_s(sh, ic::IC_NOT_OWN as i64);
        let same = self.b.ins().icmp(IntCC::Equal, tagged, csh);
        let epoch_blk = self.b.create_block();
        self.b.ins().brif(same, epoch_blk, &[], slow, &[]);
        self.switch_to(epoch_blk);
        let fresh = self.ic_epoch_fresh(site);
        let hit = self.b.create_block();
        self.b.ins().brif(fresh, hit, &[], slow, &[]);
        hit
    }

    /// Loads the `u32` length at `p + off` and jumps to `join` with it as a number.
    /// `i8`: is the object at `p` (an unboxed object pointer) an array?
    pub(crate) fn is_array_at(&mut self, p: Value) -> Value {
        let kind = self
            .b
            .ins()
            .uload8(types::I32, Self::trusted(), p, heap::HEADER_KIND_OFFSET);
        self.b.ins().icmp_imm_s(
            IntCC::Equal,
            kind,
            kiln_runtime::abi::heap::KIND_ARRAY as i64,
        )
    }

    /// The elements block (`object::Elements`) of the object at `p`.
    pub(crate) fn elements_of(&mut self, p: Value) -> Value {
        self.b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_ELEMENTS_OFFSET)
    }

    fn length_to(&mut self, p: Value, off: i32, join: Block) {
        let len = self.b.ins().uload32(Self::trusted(), p, off);
        // (Below 2^32: the signed conversion is exact and one instruction.)
        let f = self.b.ins().fcvt_from_sint(types::F64, len);
        let v = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.b.ins().jump(join, &[v.into()]);
    }

    /// `s.length` of strings and arrays without a call.
    fn length_fast_path(
        &mut self,
        obj: Value,
        join: cranelift_codegen::ir::Block,
        slow: cranelift_codegen::ir::Block,
    ) -> CResult<()> {
        let tag = self.b.ins().ushr_imm_s(obj, nb::TAG_SHIFT as i64);
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let is_str = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, nb::TAG_STRING as i64);
        let str_blk = self.b.create_block();
        let not_str = self.b.create_block();
        self.b.ins().brif(is_str, str_blk, &[], not_str, &[]);
        self.switch_to(str_blk);
        self.length_to(p, heap::HEADER_AUX_OFFSET, join);
        self.switch_to(not_str);
        let is_obj = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, nb::TAG_OBJECT as i64);
        let obj_blk = self.b.create_block();
        let next = self.b.create_block();
        self.b.ins().brif(is_obj, obj_blk, &[], slow, &[]);
        self.switch_to(obj_blk);
        let is_arr = self.is_array_at(p);
        let arr_blk = self.b.create_block();
        self.b.ins().brif(is_arr, arr_blk, &[], next, &[]);
        self.switch_to(arr_blk);
        let e = self.elements_of(p);
        self.length_to(e, ob::EL_LENGTH_OFFSET, join);
        self.switch_to(next);
        self.typed_array_length(p, join);
        Ok(())
    }

    /// The index of `key` if it is a number that is an integer (else
    /// branches to `slow`); a negative one is a huge unsigned value, which
    /// callers' unsigned bounds checks reject.
    pub(crate) fn index_of_key(&mut self, key: Tv, slow: cranelift_codegen::ir::Block) -> Value {
        if let Tv::Bool(_) = key {
            self.b.ins().jump(slow, &[]);
            self.dead_block();
            return self.b.ins().iconst(types::I64, 0);
        }
        let k = self.number_or(key, slow);
        // Signed conversions (one instruction each way on x86-64; the
        // unsigned ones are branchy sequences): a negative index converts
        // exactly too, and fails every caller's unsigned bounds check.
        let i = self.b.ins().fcvt_to_sint_sat(types::I64, k);
        let back = self.b.ins().fcvt_from_sint(types::F64, i);
        let exact = self.b.ins().fcmp(FloatCC::Equal, back, k);
        let ok = self.b.create_block();
        self.b.ins().brif(exact, ok, &[], slow, &[]);
        self.switch_to(ok);
        i
    }

    /// `v` as an unboxed f64 if it is a number, else branches to `slow`.
    pub(crate) fn number_or(&mut self, v: Tv, slow: cranelift_codegen::ir::Block) -> Value {
        match v {
            Tv::F64(f) => f,
            Tv::Bool(_) => {
                self.b.ins().jump(slow, &[]);
                self.dead_block();
                self.b.ins().f64const(0.0)
            }
            Tv::Boxed(b, _) => {
                let is_num = self.b.ins().icmp_imm_s(
                    IntCC::UnsignedLessThan,
                    b,
                    nb::TAG_FIRST_NON_NUMBER as i64,
                );
                let num = self.b.create_block();
                self.b.ins().brif(is_num, num, &[], slow, &[]);
                self.switch_to(num);
                self.b.ins().bitcast(types::F64, MemFlagsData::new(), b)
            }
        }
    }

    /// The address of dense element `key` of `obj`, if in bounds; else
    /// branches to the returned `miss` block (where the object pointer and
    /// index are the other two results), to `not_obj` for a non-object, or
    /// to `slow` for a key that is no index.
    fn dense_slot(
        &mut self,
        obj: Value,
        key: Tv,
        not_obj: Block,
        slow: cranelift_codegen::ir::Block,
    ) -> (Value, Block, Value, Value) {
        let is_obj = self.is_object(obj);
        let c = self.b.create_block();
        self.b.ins().brif(is_obj, c, &[], not_obj, &[]);
        self.switch_to(c);
        let i = self.index_of_key(key, slow);
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let e = self.elements_of(p);
        let dl = self
            .b
            .ins()
            .uload32(Self::trusted(), e, ob::EL_DENSE_LEN_OFFSET);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, dl);
        let ok = self.b.create_block();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        self.b.ins().brif(inb, ok, &[], miss, &[]);
        self.switch_to(ok);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let el = self.b.ins().iadd(e, off);
        let addr = self.b.ins().iadd_imm_s(el, ob::EL_VALUES_OFFSET as i64);
        (addr, miss, p, i)
    }

    /// `s[key]` of a string `s` whose code unit at index `key` is ASCII:
    /// the static one-character string, without a call (a rope's units are
    /// its cached flat copy). Anything else (a rope never read, an index out
    /// of range or no index, a non-ASCII unit) and a non-string `obj` go to
    /// `slow`.
    fn string_char_at(&mut self, obj: Value, key: Tv, join: Block, slow: Block) {
        let tag = self.b.ins().ushr_imm_s(obj, nb::TAG_SHIFT as i64);
        let is_str = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, nb::TAG_STRING as i64);
        let s = self.b.create_block();
        self.b.ins().brif(is_str, s, &[], slow, &[]);
        self.switch_to(s);
        let i = self.index_of_key(key, slow);
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let flags = self
            .b
            .ins()
            .uload16(types::I64, Self::trusted(), p, heap::HEADER_FLAGS_OFFSET);
        let rope = self.b.ins().band_imm_s(flags, heap::FLAG_ROPE as i64);
        let len = self
            .b
            .ins()
            .uload32(Self::trusted(), p, heap::HEADER_AUX_OFFSET);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let in_range = self.b.create_block();
        self.b.ins().brif(inb, in_range, &[], slow, &[]);
        self.switch_to(in_range);
        // The units: after the header, or a rope's flattened copy (a rope
        // not read yet goes to the runtime, which flattens it).
        let load = self.b.create_block();
        self.b.append_block_param(load, types::I64);
        let of_rope = self.b.create_block();
        let data = self.b.ins().iadd_imm_s(p, heap::STRING_DATA_OFFSET as i64);
        self.b.ins().brif(rope, of_rope, &[], load, &[data.into()]);
        self.switch_to(of_rope);
        let flat = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, heap::ROPE_FLAT_OFFSET);
        self.b.ins().brif(flat, load, &[flat.into()], slow, &[]);
        self.switch_to(load);
        let data = self.b.block_params(load)[0];
        let off = self.b.ins().ishl_imm_s(i, 1);
        let at = self.b.ins().iadd(data, off);
        let c = self.b.ins().uload16(types::I64, Self::trusted(), at, 0);
        let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, c, 128);
        let hit = self.b.create_block();
        self.b.ins().brif(ascii, hit, &[], slow, &[]);
        self.switch_to(hit);
        let base = self.data_base(self.mg.ascii_strings);
        let off = self
            .b
            .ins()
            .imul_imm_s(c, kiln_runtime::abi::ASCII_STRING_STRIDE);
        let ptr = self.b.ins().iadd(base, off);
        let v = self
            .b
            .ins()
            .bor_imm_s(ptr, (nb::TAG_STRING << nb::TAG_SHIFT) as i64);
        self.b.ins().jump(join, &[v.into()]);
    }

    /// `obj[key]`.
    pub fn get_elem(&mut self, obj: Value, key: Tv, span: Span) -> CResult<Value> {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let not_obj = self.b.create_block();
        let (addr, miss, p, i) = self.dense_slot(obj, key, not_obj, slow);
        let v = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
        self.b.ins().brif(hole, slow, &[], join, &[v.into()]);
        // Typed arrays have no dense elements: they miss, and load inline.
        self.switch_to(miss);
        self.typed_array_load(p, i, join, slow);
        self.switch_to(not_obj);
        self.string_char_at(obj, key, join, slow);
        self.switch_to(slow);
        let k = self.boxed(key);
        self.set_loc(span);
        let r = self.call_rt_checked(RtFn::GetElem, &[obj, k])?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `obj.name = v`.
    pub fn set_named(&mut self, obj: Value, name: &str, v: Value, span: Span) -> CResult<()> {
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let site = self.ic_site(span, true);
        // The entry's shape is the receiver's: a store to an existing own
        // property; with `IC_NOT_OWN`: an add-transition to the shape in `holder`.
        let (p, sh, csh) = self.ic_shape_load(obj, site, slow);
        let hit = self.b.create_block();
        let other = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, sh, csh);
        self.b.ins().brif(same, hit, &[], other, &[]);
        self.switch_to(hit);
        let addr = self.slot_addr(p, site);
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
        self.b.ins().jump(join, &[]);
        self.switch_to(other);
        let ways = self.b.create_block();
        self.b.set_cold_block(ways);
        let add = self.not_own_check(sh, csh, site, ways);
        self.switch_to(add);
        self.add_transition(p, site, v, slow, join);
        self.switch_to(ways);
        self.ic_other_store_ways(p, sh, site, v, join, slow);
        self.switch_to(slow);
        let k = self.str_value(name)?;
        let st = self.strict_flag();
        self.set_loc(span);
        self.call_rt_checked(RtFn::SetNamed, &[obj, k, v, site, st])?;
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// Whether the IC entry at `site` was recorded in the current
    /// prototype epoch (its prototype-chain facts still hold).
    fn ic_epoch_fresh(&mut self, site: Value) -> Value {
        let e = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), site, ic::IC_EPOCH_OFFSET);
        let ep = self.proto_epoch();
        self.b.ins().icmp(IntCC::Equal, e, ep)
    }

    /// The current prototype epoch (`kiln_proto_epoch`).
    pub(crate) fn proto_epoch(&mut self) -> Value {
        let ea = self.data_base(self.mg.proto_epoch);
        self.b.ins().load(types::I64, MemFlagsData::new(), ea, 0)
    }

    /// The inline add-transition of an IC entry (already checked: for this
    /// shape, in the current prototype epoch) whose `holder` is the shape
    /// after adding the property: valid for an extensible object that is no
    /// prototype (changing a prototype's shape must bump the epoch: the
    /// runtime does that) and has a free inline slot at the recorded offset.
    /// Stores the value and the new shape; anything else goes to `slow`.
    fn add_transition(&mut self, p: Value, site: Value, v: Value, slow: Block, join: Block) {
        let flags = self.b.ins().uload16(
            types::I64,
            Self::trusted(),
            p,
            kiln_runtime::abi::heap::HEADER_FLAGS_OFFSET,
        );
        let bad = (ob::FLAG_NOT_EXTENSIBLE | ob::FLAG_IS_PROTO) as i64;
        let blocked = self.b.ins().band_imm_s(flags, bad);
        let cap_blk = self.b.create_block();
        self.b.ins().brif(blocked, slow, &[], cap_blk, &[]);
        self.switch_to(cap_blk);
        let cap = self
            .b
            .ins()
            .uload32(Self::trusted(), p, ob::OBJ_SLOT_CAP_OFFSET);
        let cap_bytes = self.b.ins().ishl_imm_s(cap, 3);
        let off = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), site, ic::IC_SLOT_OFFSET);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThan, off, cap_bytes);
        let st_blk = self.b.create_block();
        self.b.ins().brif(fits, st_blk, &[], slow, &[]);
        self.switch_to(st_blk);
        let slots = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_SLOTS_OFFSET);
        let addr = self.b.ins().iadd(slots, off);
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
        let new_shape = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), site, ic::IC_HOLDER_OFFSET);
        self.b
            .ins()
            .store(Self::trusted(), new_shape, p, ob::OBJ_SHAPE_OFFSET);
        self.b.ins().jump(join, &[]);
    }

    /// `obj[key] = v`.
    pub fn set_elem(&mut self, obj: Value, key: Tv, v: Value, span: Span) -> CResult<()> {
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (addr, miss, p, i) = self.dense_slot(obj, key, slow, slow);
        let old = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, old, nb::HOLE as i64);
        let st_blk = self.b.create_block();
        self.b.ins().brif(hole, slow, &[], st_blk, &[]);
        self.switch_to(st_blk);
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
        self.b.ins().jump(join, &[]);
        self.switch_to(miss);
        self.typed_array_store(p, i, v, join, slow);
        self.switch_to(slow);
        let k = self.boxed(key);
        let st = self.strict_flag();
        self.set_loc(span);
        self.call_rt_checked(RtFn::SetElem, &[obj, k, v, st])?;
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// The key of a member expression (computed keys are evaluated).
    pub fn member_key(&mut self, m: &'a MemberExpr) -> CResult<PKey> {
        Ok(match &m.prop {
            MemberProp::Ident(p) => PKey::Named(p.sym.to_string()),
            MemberProp::Computed(c) => PKey::Computed(self.gen_expr(&c.expr)?),
            MemberProp::PrivateName(p) => PKey::Private(self.read_synth(p.span.lo)?),
        })
    }

    pub fn get_key(&mut self, obj: Value, key: &PKey, span: Span) -> CResult<Value> {
        match key {
            PKey::Named(n) => self.get_named(obj, n, span),
            PKey::Computed(k) => self.get_elem(obj, *k, span),
            PKey::Private(s) => {
                self.set_loc(span);
                self.call_rt_checked(RtFn::PrivateGet, &[obj, *s])
            }
        }
    }

    pub fn set_key(&mut self, obj: Value, key: &PKey, v: Value, span: Span) -> CResult<()> {
        match key {
            PKey::Named(n) => self.set_named(obj, n, v, span),
            PKey::Computed(k) => self.set_elem(obj, *k, v, span),
            PKey::Private(s) => {
                self.set_loc(span);
                self.call_rt_checked(RtFn::PrivateSet, &[obj, *s, v])
                    .map(|_| ())
            }
        }
    }

    /// `o.x` / `o[k]` as a value.
    pub fn gen_member_get(&mut self, m: &'a MemberExpr) -> CResult<Tv> {
        let ta = self.ta_kind_of(&m.obj);
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let k = self.member_key(m)?;
        Ok(Tv::Boxed(
            self.get_key_ta(o, &k, prop_span(m), ta)?,
            Ty::Any,
        ))
    }

    /// `o.x = v`, `o.x += v`, `o.x ||= v`, ...
    pub fn gen_member_assign(&mut self, asg: &'a AssignExpr, m: &'a MemberExpr) -> CResult<Tv> {
        let ta = self.ta_kind_of(&m.obj);
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let k = self.member_key(m)?;
        match asg.op {
            AssignOp::Assign => {
                let tv = self.gen_expr(&asg.right)?;
                self.set_key_ta(o, &k, tv, prop_span(m), ta)?;
                Ok(tv)
            }
            AssignOp::AndAssign | AssignOp::OrAssign | AssignOp::NullishAssign => {
                let kind = super::ops::Logical::of_assign(asg.op).expect("a logical assignment");
                let cur = self.get_key(o, &k, prop_span(m))?;
                self.short_circuit(kind, Tv::Boxed(cur, Ty::Any), Ty::Any, |g| {
                    let tv = g.gen_expr(&asg.right)?;
                    let v = g.boxed(tv);
                    g.set_key(o, &k, v, prop_span(m))?;
                    Ok(tv)
                })
            }
            op => {
                let bop = op
                    .to_update()
                    .expect("compound assignment has a binary operator");
                let generic = |g: &mut Self| {
                    let cur = g.get_key_ta(o, &k, prop_span(m), ta)?;
                    let rhs = g.gen_expr(&asg.right)?;
                    let tv = g.binop(bop, Tv::Boxed(cur, Ty::Any), rhs)?;
                    g.set_key_ta(o, &k, tv, prop_span(m), ta)?;
                    Ok(tv)
                };
                if let PKey::Named(_) = k {
                    let c = Compound {
                        obj: o,
                        span: prop_span(m),
                        op: bop,
                        rhs: Some(&asg.right),
                        want_old: false,
                    };
                    if let Some(tv) = self.try_speculate(Speculation::Compound(c), generic)? {
                        return Ok(tv);
                    }
                }
                generic(self)
            }
        }
    }

    /// `o.x++`, `--o[k]`, ...
    pub fn gen_member_update(
        &mut self,
        u: &'a UpdateExpr,
        m: &'a MemberExpr,
        want_value: bool,
    ) -> CResult<Tv> {
        let ta = self.ta_kind_of(&m.obj);
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let k = self.member_key(m)?;
        let bop = if u.op == UpdateOp::PlusPlus {
            BinaryOp::Add
        } else {
            BinaryOp::Sub
        };
        let want_old = !u.prefix && want_value;
        let generic = |g: &mut Self| {
            let cur = g.get_key_ta(o, &k, prop_span(m), ta)?;
            let (old, new) = g.stepped(Tv::Boxed(cur, Ty::Any), u.op)?;
            g.set_key_ta(o, &k, new, prop_span(m), ta)?;
            Ok(if want_old { old } else { new })
        };
        if let PKey::Named(_) = k {
            let c = Compound {
                obj: o,
                span: prop_span(m),
                op: bop,
                rhs: None,
                want_old,
            };
            if let Some(tv) = self.try_speculate(Speculation::Compound(c), generic)? {
                return Ok(tv);
            }
        }
        generic(self)
    }

    /// `delete o.x` / `delete o[k]`.
    pub fn gen_delete(&mut self, u: &'a UnaryExpr) -> CResult<Tv> {
        let m = match crate::syntax::ast::strip_parens(&u.arg) {
            Expr::Member(m) => m,
            Expr::Ident(id) => {
                let a = self.a;
                if let Some(wr) = a.with_ref(id.span.lo) {
                    return self.gen_with_delete(id, wr);
                }
                if self.a.reference(id.span.lo).is_some() {
                    // Declared bindings cannot be deleted.
                    return Ok(Tv::Bool(self.b.ins().iconst(types::I8, 0)));
                }
                // A global object property (an implicit global).
                return Ok(Tv::Boxed(self.delete_global(id)?, Ty::Bool));
            }
            Expr::OptChain(e) if matches!(&*e.base, OptChainBase::Member(_)) => {
                return self.gen_delete_chain(u, e);
            }
            other => {
                self.gen_effect(other)?;
                return Ok(Tv::Bool(self.b.ins().iconst(types::I8, 1)));
            }
        };
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let r = self.delete_member(u, m, o)?;
        Ok(Tv::Boxed(r, Ty::Bool))
    }

    /// `delete o[key of m]` on the evaluated object `o`: the runtime's result.
    fn delete_member(&mut self, u: &UnaryExpr, m: &'a MemberExpr, o: Value) -> CResult<Value> {
        let k = match self.member_key(m)? {
            PKey::Named(n) => self.str_value(&n)?,
            PKey::Computed(k) => self.boxed(k),
            PKey::Private(_) => {
                return Err(Diagnostic::new(
                    u.span,
                    "syntax error: Private fields can not be deleted",
                ))
            }
        };
        let st = self.strict_flag();
        self.set_loc(u.span);
        self.call_rt_checked(RtFn::Delete, &[o, k, st])
    }

    /// `delete a?.b.x`: true, deleting nothing, when the chain short-circuits.
    fn gen_delete_chain(&mut self, u: &'a UnaryExpr, e: &'a OptChainExpr) -> CResult<Tv> {
        let OptChainBase::Member(m) = &*e.base else {
            unreachable!("a member chain")
        };
        let short = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let o = self.chain_operand(&m.obj, short)?;
        if e.optional {
            self.short_if_nullish(o, short);
        }
        let r = self.delete_member(u, m, o)?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(short);
        let t = self.b.ins().iconst(types::I64, nb::TRUE as i64);
        self.b.ins().jump(join, &[t.into()]);
        self.switch_to(join);
        Ok(Tv::Boxed(self.b.block_params(join)[0], Ty::Bool))
    }

    /// `(a?.b)(args)`: the function and its `this` (`a`), both undefined
    /// when the chain short-circuits.
    pub fn chain_method(&mut self, e: &'a OptChainExpr) -> CResult<(Value, Value)> {
        let OptChainBase::Member(m) = &*e.base else {
            unreachable!("a member chain")
        };
        let short = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        let o = self.chain_operand(&m.obj, short)?;
        if e.optional {
            self.short_if_nullish(o, short);
        }
        let k = self.member_key(m)?;
        let f = self.get_key(o, &k, prop_span(m))?;
        self.b.ins().jump(join, &[f.into(), o.into()]);
        self.switch_to(short);
        let u = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        self.b.ins().jump(join, &[u.into(), u.into()]);
        self.switch_to(join);
        let p = self.b.block_params(join);
        Ok((p[0], p[1]))
    }

    /// The global object.
    /// `delete id` of a global name: deletes the global object's property.
    pub fn delete_global(&mut self, id: &Ident) -> CResult<Value> {
        let g = self.global_object()?;
        let k = self.str_value(&id.sym)?;
        let st = self.b.ins().iconst(types::I64, 0);
        self.call_rt_checked(RtFn::Delete, &[g, k, st])
    }

    pub fn global_object(&mut self) -> CResult<Value> {
        let n = self.str_value("globalThis")?;
        self.call_rt_checked(RtFn::Global, &[n])
    }

    /// `name = v` for an undeclared `name` in sloppy code: a property of the
    /// global object (an implicit global).
    pub fn assign_implicit_global(&mut self, asg: &'a AssignExpr, id: &Ident) -> CResult<Tv> {
        if let Some(kind) = super::ops::Logical::of_assign(asg.op) {
            // `g ??= v`: reads g (a ReferenceError if it does not exist),
            // and assigns only if the operator goes on to the right side.
            let cur = self.gen_ident(id)?;
            return self.short_circuit(kind, cur, Ty::Any, |g| {
                let tv = g.gen_expr(&asg.right)?;
                g.set_implicit_global(id, tv, asg.span)?;
                Ok(tv)
            });
        }
        let tv = match asg.op.to_update() {
            None => self.gen_expr(&asg.right)?,
            Some(bop) => {
                let cur = self.gen_ident(id)?;
                let rhs = self.gen_expr(&asg.right)?;
                self.binop(bop, cur, rhs)?
            }
        };
        self.set_implicit_global(id, tv, asg.span)?;
        Ok(tv)
    }

    /// Writes global `id` (PutValue on an unresolved name).
    pub fn set_implicit_global(&mut self, id: &Ident, tv: Tv, span: Span) -> CResult<()> {
        let v = self.boxed(tv);
        let n = self.str_value(&id.sym)?;
        let st = self.strict_flag();
        self.set_loc(span);
        self.call_rt_checked(RtFn::SetGlobal, &[n, v, st])?;
        Ok(())
    }

    /// An optional chain (`a?.b`, `a?.[k]`, `f?.()`, `a?.b.c()`): any `?.`
    /// link whose operand is nullish makes the whole chain `undefined`.
    pub fn gen_opt_chain(&mut self, e: &'a OptChainExpr) -> CResult<Tv> {
        let short = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let v = self.chain_value(e, short)?;
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(short);
        let u = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        self.b.ins().jump(join, &[u.into()]);
        self.switch_to(join);
        Ok(Tv::Boxed(self.b.block_params(join)[0], Ty::Any))
    }

    /// Branches to `short` if `v` is null or undefined.
    fn short_if_nullish(&mut self, v: Value, short: Block) {
        let n = self.is_nullish(Tv::Boxed(v, Ty::Any));
        let cont = self.b.create_block();
        self.b.ins().brif(n, short, &[], cont, &[]);
        self.switch_to(cont);
    }

    /// An operand inside a chain: nested links belong to the same chain.
    fn chain_operand(&mut self, e: &'a Expr, short: Block) -> CResult<Value> {
        match e {
            Expr::OptChain(inner) => self.chain_value(inner, short),
            other => {
                let tv = self.gen_expr(other)?;
                Ok(self.boxed(tv))
            }
        }
    }

    fn chain_value(&mut self, e: &'a OptChainExpr, short: Block) -> CResult<Value> {
        match &*e.base {
            OptChainBase::Member(m) => {
                let o = self.chain_operand(&m.obj, short)?;
                if e.optional {
                    self.short_if_nullish(o, short);
                }
                let k = self.member_key(m)?;
                self.get_key(o, &k, prop_span(m))
            }
            OptChainBase::Call(c) => {
                let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                let member = match &*c.callee {
                    Expr::OptChain(inner) => match &*inner.base {
                        OptChainBase::Member(m) => Some((m, inner.optional)),
                        _ => None,
                    },
                    Expr::Member(m) => Some((m, false)),
                    _ => None,
                };
                let (f, this) = match member {
                    Some((m, optional)) => {
                        let o = self.chain_operand(&m.obj, short)?;
                        if optional {
                            self.short_if_nullish(o, short);
                        }
                        let k = self.member_key(m)?;
                        (self.get_key(o, &k, prop_span(m))?, o)
                    }
                    None => (self.chain_operand(&c.callee, short)?, undef),
                };
                if e.optional {
                    self.short_if_nullish(f, short);
                }
                let text = self.source_text(&c.callee);
                if c.args.iter().any(|a| a.spread.is_some()) {
                    let arr = self.spread_args(&c.args)?;
                    let t = self.str_value(&text)?;
                    self.set_loc(c.span);
                    return self.call_rt_checked(RtFn::CallSpread, &[f, this, arr, undef, t]);
                }
                let vals = self.arg_values(&c.args)?;
                self.set_loc(c.span);
                Ok(self
                    .call_value(f, this, &vals, undef, &text, false)?
                    .expect("not a tail call"))
            }
        }
    }

    /// `super.x` / `super[k]` (the value).
    pub fn super_get(&mut self, s: &'a SuperPropExpr) -> CResult<Value> {
        let home = self.read_synth(s.span.lo)?;
        let this = self.read_synth(s.span.lo + BytePos(1))?;
        let k = match &s.prop {
            SuperProp::Ident(i) => self.str_value(&i.sym)?,
            SuperProp::Computed(c) => {
                let tv = self.gen_expr(&c.expr)?;
                self.boxed(tv)
            }
        };
        self.set_loc(s.span);
        self.call_rt_checked(RtFn::SuperGet, &[home, k, this])
    }

    pub fn gen_super_prop(&mut self, s: &'a SuperPropExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.super_get(s)?, Ty::Any))
    }

    /// `super.x = v`.
    pub fn gen_super_assign(&mut self, asg: &'a AssignExpr, s: &'a SuperPropExpr) -> CResult<Tv> {
        if asg.op != AssignOp::Assign {
            return Err(Diagnostic::unsupported(
                asg.span,
                "compound assignment to `super.x`",
            ));
        }
        let home = self.read_synth(s.span.lo)?;
        let this = self.read_synth(s.span.lo + BytePos(1))?;
        let k = match &s.prop {
            SuperProp::Ident(i) => self.str_value(&i.sym)?,
            SuperProp::Computed(c) => {
                let tv = self.gen_expr(&c.expr)?;
                self.boxed(tv)
            }
        };
        let tv = self.gen_expr(&asg.right)?;
        let v = self.boxed(tv);
        self.call_rt_checked(RtFn::SuperSet, &[home, k, v, this])?;
        Ok(tv)
    }
}

impl<'a> FnGen<'_, 'a> {
    pub fn gen_member(&mut self, m: &'a MemberExpr) -> CResult<Tv> {
        if let Some(path) = builtins::global_path(self.a, &Expr::Member(m.clone())) {
            if let Some(Builtin::Constant(v)) = builtins::lookup(&path) {
                return Ok(self.f64_const(v));
            }
        }
        if let MemberProp::Ident(p) = &m.prop {
            if &*p.sym == "length" && expr_ty(self.a, &m.obj) == Ty::Str {
                let obj = self.gen_expr(&m.obj)?;
                let v = self.boxed(obj);
                let ptr = self.b.ins().band_imm_s(v, nb::PAYLOAD_MASK as i64);
                let len =
                    self.b
                        .ins()
                        .uload32(MemFlagsData::trusted(), ptr, heap::HEADER_AUX_OFFSET);
                return Ok(Tv::F64(self.b.ins().fcvt_from_sint(types::F64, len)));
            }
        }
        self.gen_member_get(m)
    }
}
