//! Objects and properties: literals, `o.x` / `o[k]` through inline caches,
//! property assignment and update, `delete`, `in`, `instanceof`, `this`,
//! `new.target`, `new` and `super.x`.
//!
//! Named accesses check the first entry of their inline-cache site inline
//! (see `kiln_runtime::object::inline_cache`): a shape compare, the prototype-epoch check
//! for prototype hits, then one load through the slots pointer. Element
//! accesses with an in-bounds integer index on dense elements are inline too.

use super::func::FnGen;
use super::speculate::Compound;
use super::value::Tv;
use crate::diag::{CResult, Diagnostic};
use crate::resolve::{BindingKind, FuncKind, Ty};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;
use kiln_runtime::abi::layout as fnl;
use kiln_runtime::abi::layout as ic;
use kiln_runtime::abi::layout as ob;
use kiln_runtime::abi::{self, RtFn};
use kiln_runtime::abi::{heap, value as nb};
use swc_common::{BytePos, Span, Spanned};
use swc_ecma_ast::*;

/// A property key as the source writes it.
pub enum PKey {
    Named(String),
    Computed(Tv),
    /// A private name's symbol.
    Private(Value),
}

impl<'a> FnGen<'_, 'a> {
    fn trusted() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    /// The address of the inline-cache site of the property access at
    /// `span` (a store if `write`). Every copy of one access in one
    /// (inlined) body shares the site: a speculative path reads the cache
    /// its generic fallback fills.
    pub(super) fn ic_site(&mut self, span: Span, write: bool) -> Value {
        let key = (self.inline, span.lo.0, span.hi.0, write);
        let idx = site_index(&mut self.ic_site_of, key, &mut self.mg.ic_count);
        self.data_addr(self.mg.ic_sites, idx as i64 * ic::IC_SITE_SIZE as i64)
    }

    fn strict(&self) -> bool {
        self.a.funcs[self.fid].strict
    }

    fn strict_flag(&mut self) -> Value {
        let s = self.strict() as i64;
        self.b.ins().iconst(types::I64, s)
    }

    /// `i8`: is `v` an object pointer?
    pub(super) fn is_object(&mut self, v: Value) -> Value {
        let tag = self.b.ins().ushr_imm_s(v, nb::TAG_SHIFT as i64);
        self.b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, nb::TAG_OBJECT as i64)
    }

    /// Reads the synthetic binding referenced at `lo` (boxed). `this` in a
    /// derived constructor is checked for "before super()".
    pub fn read_synth(&mut self, lo: BytePos) -> CResult<Value> {
        let Some(r) = self.a.synth_refs.get(&lo).copied() else {
            return Ok(self.b.ins().iconst(types::I64, nb::UNDEFINED as i64));
        };
        let tv = self.read_binding(r.binding, false)?;
        let v = self.boxed(tv);
        let b = &self.a.bindings[r.binding];
        let owner = &self.a.funcs[b.func];
        if b.name == "%this" && owner.kind == FuncKind::ClassCtor && owner.derived {
            let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
            self.throw_if(is_hole, |g| g.call_rt(RtFn::ThrowThisTdz, &[]).map(|_| ()))?;
        }
        Ok(v)
    }

    pub fn gen_this(&mut self, t: &ThisExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.read_synth(t.span.lo)?, Ty::Any))
    }

    pub fn gen_meta(&mut self, m: &MetaPropExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.read_synth(m.span.lo)?, Ty::Any))
    }

    // ---- literals ----

    /// The static text of a property name, if not computed.
    pub fn prop_name_text(k: &PropName) -> Option<String> {
        match k {
            PropName::Ident(i) => Some(i.sym.to_string()),
            PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
            PropName::Num(n) => Some(kiln_runtime::text::number_format::to_rust_string(n.value)),
            _ => None,
        }
    }

    /// A property name as a boxed key value.
    pub fn prop_key(&mut self, k: &'a PropName) -> CResult<Value> {
        match k {
            PropName::Computed(c) => {
                let tv = self.gen_expr(&c.expr)?;
                Ok(self.boxed(tv))
            }
            PropName::Num(n) => {
                let tv = self.f64_const(n.value);
                Ok(self.boxed(tv))
            }
            other => {
                let text = Self::prop_name_text(other).unwrap_or_default();
                self.str_value(&text)
            }
        }
    }

    pub fn gen_object(&mut self, o: &'a ObjectLit) -> CResult<Tv> {
        // Fast path: only `key: value` / shorthand with distinct, non-index names.
        let mut simple = vec![];
        for p in &o.props {
            let PropOrSpread::Prop(p) = p else { break };
            let (name, val): (String, Option<&'a Expr>) = match &**p {
                Prop::Shorthand(id) => (id.sym.to_string(), None),
                Prop::KeyValue(kv) => match Self::prop_name_text(&kv.key) {
                    Some(n) if !matches!(kv.key, PropName::Num(_)) => (n, Some(&*kv.value)),
                    _ => break,
                },
                _ => break,
            };
            let units: Vec<u16> = name.encode_utf16().collect();
            if name == "__proto__"
                || kiln_runtime::text::string::array_index(&units).is_some()
                || simple.iter().any(|(n, _, _): &(String, _, _)| *n == name)
            {
                break;
            }
            simple.push((name, val, p));
        }
        if simple.len() == o.props.len() && !simple.is_empty() {
            let mut vals = vec![];
            for (name, val, p) in &simple {
                let tv = match val {
                    Some(e) => self.gen_expr(e)?,
                    None => match &***p {
                        Prop::Shorthand(id) => self.gen_ident(id)?,
                        _ => unreachable!(),
                    },
                };
                let _ = name;
                vals.push(self.boxed(tv));
            }
            let mut all = vec![];
            for (name, _, _) in &simple {
                all.push(self.str_value(name)?);
            }
            all.extend(vals);
            let argv = self.spill_args(&all);
            let idx = self.mg.lit_count;
            self.mg.lit_count += 1;
            let gv = self
                .mg
                .module
                .declare_data_in_func(self.mg.lit_sites, self.b.func);
            let base = self.b.ins().symbol_value(types::I64, gv);
            let site = self.b.ins().iadd_imm_s(base, idx as i64 * 16);
            let n = self.b.ins().iconst(types::I64, simple.len() as i64);
            self.b.ins().store(Self::trusted(), n, site, 8);
            self.set_loc(o.span);
            let r = self.call_rt(RtFn::ObjectLiteral, &[site, argv])?;
            return Ok(Tv::Boxed(r, Ty::Any));
        }
        let obj = self.call_rt(RtFn::NewObject, &[])?;
        for p in &o.props {
            match p {
                PropOrSpread::Spread(s) => {
                    let tv = self.gen_expr(&s.expr)?;
                    let v = self.boxed(tv);
                    self.call_rt_checked(RtFn::CopyProps, &[obj, v])?;
                }
                PropOrSpread::Prop(p) => match &**p {
                    Prop::Shorthand(id) => {
                        let tv = self.gen_ident(id)?;
                        let v = self.boxed(tv);
                        let k = self.str_value(&id.sym)?;
                        self.call_rt_checked(RtFn::DefineField, &[obj, k, v])?;
                    }
                    Prop::KeyValue(kv) => {
                        let is_proto = matches!(&kv.key, PropName::Ident(i) if &*i.sym == "__proto__")
                            || matches!(&kv.key, PropName::Str(s) if s.value.to_string_lossy() == "__proto__");
                        if is_proto {
                            let tv = self.gen_expr(&kv.value)?;
                            let v = self.boxed(tv);
                            self.call_rt(RtFn::SetProtoLiteral, &[obj, v])?;
                            continue;
                        }
                        let k = self.prop_key(&kv.key)?;
                        let tv = self.gen_expr(&kv.value)?;
                        let v = self.boxed(tv);
                        let anonymous_fn = match crate::resolve::scope::strip_parens(&kv.value) {
                            Expr::Fn(f) => f.ident.is_none(),
                            Expr::Class(c) => c.ident.is_none(),
                            Expr::Arrow(_) => true,
                            _ => false,
                        };
                        if matches!(kv.key, PropName::Computed(_)) && anonymous_fn {
                            // Named after the key's value (SetFunctionName).
                            self.define_method(obj, k, v, 0, true)?;
                        } else {
                            self.call_rt_checked(RtFn::DefineField, &[obj, k, v])?;
                        }
                    }
                    Prop::Method(m) => {
                        let k = self.prop_key(&m.key)?;
                        let f = self.method_closure(&m.function)?;
                        self.define_method(obj, k, f, 0, true)?;
                    }
                    Prop::Getter(g) => {
                        let k = self.prop_key(&g.key)?;
                        let f = self.method_closure(&g.function)?;
                        self.define_method(obj, k, f, 1, true)?;
                    }
                    Prop::Setter(s) => {
                        let k = self.prop_key(&s.key)?;
                        let f = self.method_closure(&s.function)?;
                        self.define_method(obj, k, f, 2, true)?;
                    }
                    Prop::Assign(a) => {
                        return Err(Diagnostic::new(
                            a.span(),
                            "syntax error: Invalid shorthand property initializer",
                        ))
                    }
                },
            }
        }
        Ok(Tv::Boxed(obj, Ty::Any))
    }

    /// The function object of a method (object literal or class member).
    pub fn method_closure(&mut self, f: &'a Function) -> CResult<Value> {
        let fid = self.a.func_at(f.span);
        self.queue(fid, super::func::FnNode::Function(f));
        self.make_closure(fid)
    }

    pub fn define_method(
        &mut self,
        obj: Value,
        key: Value,
        f: Value,
        kind: i64,
        enumerable: bool,
    ) -> CResult<()> {
        let k = self.b.ins().iconst(types::I64, kind);
        let e = self.b.ins().iconst(types::I64, enumerable as i64);
        self.call_rt_checked(RtFn::DefineMethod, &[obj, key, f, k, e])?;
        Ok(())
    }

    pub fn gen_array(&mut self, a: &'a ArrayLit) -> CResult<Tv> {
        if a.elems.iter().flatten().any(|e| e.spread.is_some()) {
            let n = self.b.ins().iconst(types::I64, 0);
            let arr = self.call_rt(RtFn::NewArray, &[n, n])?;
            for e in &a.elems {
                match e {
                    None => {
                        let h = self.b.ins().iconst(types::I64, nb::HOLE as i64);
                        self.call_rt(RtFn::ArrayAppend, &[arr, h])?;
                    }
                    Some(e) => {
                        let tv = self.gen_expr(&e.expr)?;
                        let v = self.boxed(tv);
                        if e.spread.is_some() {
                            self.set_loc(e.expr.span());
                            let text = self.raw_source_text(&e.expr);
                            let t = self.str_value(&text)?;
                            let zero = self.b.ins().iconst(types::I64, 0);
                            self.call_rt_checked(RtFn::ArraySpread, &[arr, v, zero, t])?;
                        } else {
                            self.call_rt(RtFn::ArrayAppend, &[arr, v])?;
                        }
                    }
                }
            }
            return Ok(Tv::Boxed(arr, Ty::Any));
        }
        let mut vals = vec![];
        for e in &a.elems {
            match e {
                None => vals.push(self.b.ins().iconst(types::I64, nb::HOLE as i64)),
                Some(e) => {
                    if let Some(sp) = e.spread {
                        return Err(Diagnostic::unsupported(
                            sp,
                            "spread syntax in an array literal",
                        ));
                    }
                    let tv = self.gen_expr(&e.expr)?;
                    vals.push(self.boxed(tv));
                }
            }
        }
        let argv = self.spill_args(&vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        self.set_loc(a.span);
        Ok(Tv::Boxed(
            self.call_rt(RtFn::NewArray, &[n, argv])?,
            Ty::Any,
        ))
    }

    // ---- property reads ----

    /// `obj.name` (named, through an inline cache).
    pub fn get_named(&mut self, obj: Value, name: &str, span: Span) -> CResult<Value> {
        self.get_named_as(obj, name, span, false)
    }

    /// [`Self::get_named`], checking for a prototype hit first if `method`
    /// (the callee of a method call, usually found on a prototype).
    pub(super) fn get_named_as(
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
            own_check(self, other);
            self.switch_to(other);
            self.not_own_check(sh, csh, site, slow)
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

    /// Fills `own_blk` (an own hit of object `p` on IC entry `e`) and
    /// `proto_blk` (a prototype hit): each loads the slot and jumps to `join`.
    pub(super) fn ic_hits(
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
    pub(super) fn slot_addr(&mut self, p: Value, e: Value) -> Value {
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
    pub(super) fn object_shape(&mut self, obj: Value, not_obj: Block) -> (Value, Value) {
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
    pub(super) fn ic_shape_load(
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
    pub(super) fn not_own_check(
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
    pub(super) fn is_array_at(&mut self, p: Value) -> Value {
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
    pub(super) fn elements_of(&mut self, p: Value) -> Value {
        self.b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_ELEMENTS_OFFSET)
    }

    fn length_to(&mut self, p: Value, off: i32, join: Block) {
        let len = self.b.ins().uload32(Self::trusted(), p, off);
        let f = self.b.ins().fcvt_from_uint(types::F64, len);
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
        Ok(())
    }

    /// The index of `key` if it is a number that is an integer ≥ 0 (else branches to `slow`).
    fn index_of_key(&mut self, key: Tv, slow: cranelift_codegen::ir::Block) -> Value {
        let k = match key {
            Tv::F64(f) => f,
            Tv::Bool(_) => {
                self.b.ins().jump(slow, &[]);
                self.dead_block();
                return self.b.ins().iconst(types::I64, 0);
            }
            Tv::Boxed(v, _) => {
                let is_num = self.b.ins().icmp_imm_s(
                    IntCC::UnsignedLessThan,
                    v,
                    nb::TAG_FIRST_NON_NUMBER as i64,
                );
                let ok = self.b.create_block();
                self.b.ins().brif(is_num, ok, &[], slow, &[]);
                self.switch_to(ok);
                self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)
            }
        };
        let i = self.b.ins().fcvt_to_uint_sat(types::I64, k);
        let back = self.b.ins().fcvt_from_uint(types::F64, i);
        let exact = self.b.ins().fcmp(FloatCC::Equal, back, k);
        let ok = self.b.create_block();
        self.b.ins().brif(exact, ok, &[], slow, &[]);
        self.switch_to(ok);
        i
    }

    /// The address of dense element `key` of `obj`, if in bounds (else `slow`).
    fn dense_slot(&mut self, obj: Value, key: Tv, slow: cranelift_codegen::ir::Block) -> Value {
        let is_obj = self.is_object(obj);
        let c = self.b.create_block();
        self.b.ins().brif(is_obj, c, &[], slow, &[]);
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
        self.b.ins().brif(inb, ok, &[], slow, &[]);
        self.switch_to(ok);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let el = self.b.ins().iadd(e, off);
        self.b.ins().iadd_imm_s(el, ob::EL_VALUES_OFFSET as i64)
    }

    /// `obj[key]`.
    pub fn get_elem(&mut self, obj: Value, key: Tv, span: Span) -> CResult<Value> {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let addr = self.dense_slot(obj, key, slow);
        let v = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
        self.b.ins().brif(hole, slow, &[], join, &[v.into()]);
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
        let add = self.not_own_check(sh, csh, site, slow);
        self.switch_to(add);
        self.add_transition(p, site, v, slow, join);
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
    pub(super) fn proto_epoch(&mut self) -> Value {
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
        let addr = self.dense_slot(obj, key, slow);
        let old = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, old, nb::HOLE as i64);
        let st_blk = self.b.create_block();
        self.b.ins().brif(hole, slow, &[], st_blk, &[]);
        self.switch_to(st_blk);
        self.b.ins().store(MemFlagsData::new(), v, addr, 0);
        self.b.ins().jump(join, &[]);
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
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let k = self.member_key(m)?;
        Ok(Tv::Boxed(self.get_key(o, &k, prop_span(m))?, Ty::Any))
    }

    /// `o.x = v`, `o.x += v`, `o.x ||= v`, ...
    pub fn gen_member_assign(&mut self, asg: &'a AssignExpr, m: &'a MemberExpr) -> CResult<Tv> {
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
        let k = self.member_key(m)?;
        match asg.op {
            AssignOp::Assign => {
                let tv = self.gen_expr(&asg.right)?;
                let v = self.boxed(tv);
                self.set_key(o, &k, v, prop_span(m))?;
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
                    let cur = g.get_key(o, &k, prop_span(m))?;
                    let rhs = g.gen_expr(&asg.right)?;
                    let tv = g.binop(bop, Tv::Boxed(cur, Ty::Any), rhs)?;
                    let v = g.boxed(tv);
                    g.set_key(o, &k, v, prop_span(m))?;
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
                    if let Some(tv) = self.spec_compound(c, generic)? {
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
            let cur = g.get_key(o, &k, prop_span(m))?;
            let old = g.to_numeric(Tv::Boxed(cur, Ty::Any))?;
            let one = g.f64_const(1.0);
            let new = g.binop(bop, old, one)?;
            let v = g.boxed(new);
            g.set_key(o, &k, v, prop_span(m))?;
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
            if let Some(tv) = self.spec_compound(c, generic)? {
                return Ok(tv);
            }
        }
        generic(self)
    }

    /// `delete o.x` / `delete o[k]`.
    pub fn gen_delete(&mut self, u: &'a UnaryExpr) -> CResult<Tv> {
        let m = match crate::resolve::scope::strip_parens(&u.arg) {
            Expr::Member(m) => m,
            Expr::Ident(id) => {
                if self.a.reference(id.span.lo).is_some() {
                    // Declared bindings cannot be deleted.
                    return Ok(Tv::Bool(self.b.ins().iconst(types::I8, 0)));
                }
                // A global object property (an implicit global).
                let g = self.global_object()?;
                let k = self.str_value(&id.sym)?;
                let st = self.b.ins().iconst(types::I64, 0);
                let r = self.call_rt_checked(RtFn::Delete, &[g, k, st])?;
                return Ok(Tv::Boxed(r, Ty::Bool));
            }
            other => {
                self.gen_effect(other)?;
                return Ok(Tv::Bool(self.b.ins().iconst(types::I8, 1)));
            }
        };
        let o = self.gen_expr(&m.obj)?;
        let o = self.boxed(o);
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
        let r = self.call_rt_checked(RtFn::Delete, &[o, k, st])?;
        Ok(Tv::Boxed(r, Ty::Bool))
    }

    /// The global object.
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
    fn set_implicit_global(&mut self, id: &Ident, tv: Tv, span: Span) -> CResult<()> {
        let v = self.boxed(tv);
        let n = self.str_value(&id.sym)?;
        let st = self.strict_flag();
        self.set_loc(span);
        self.call_rt_checked(RtFn::SetGlobal, &[n, v, st])?;
        Ok(())
    }

    /// `k in o` and `v instanceof f`.
    pub fn gen_relation(&mut self, b: &'a BinExpr) -> CResult<Tv> {
        if let Expr::PrivateName(p) = &*b.left {
            let sym = self.read_synth(p.span.lo)?;
            let r = self.gen_expr(&b.right)?;
            let r = self.boxed(r);
            self.set_loc(b.span);
            return Ok(Tv::Boxed(
                self.call_rt_checked(RtFn::PrivateIn, &[sym, r])?,
                Ty::Bool,
            ));
        }
        let l = self.gen_expr(&b.left)?;
        let l = self.boxed(l);
        let r = self.gen_expr(&b.right)?;
        let r = self.boxed(r);
        self.set_loc(b.span);
        let f = if b.op == BinaryOp::In {
            RtFn::In
        } else {
            RtFn::InstanceOf
        };
        Ok(Tv::Boxed(self.call_rt_checked(f, &[l, r])?, Ty::Bool))
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
        let r = match self.ctor_candidate(&n.callee) {
            // A class constructor known by name: its body inline while the
            // callee is that class (see `codegen::inline`).
            Some((fid, node)) => {
                let site = self.inline_site(n.span);
                let call = super::inline::InlineCall {
                    fid,
                    node,
                    recv: this0,
                    f,
                    vals: &tvs,
                    new_target: Some(f),
                    site,
                    hit: None,
                };
                self.known_objs.insert(this0);
                self.gen_inline_call(call, &text, n.span)?
            }
            None => {
                let vals: Vec<Value> = tvs.iter().map(|&tv| self.boxed(tv)).collect();
                self.call_value(f, this0, &vals, f, &text, false)?
                    .expect("not a tail call")
            }
        };
        let is_obj = self.is_object(r);
        Ok(Tv::Boxed(self.b.ins().select(is_obj, r, this0), Ty::Any))
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

    /// Initialises the synthetic bindings of the function being generated.
    /// Initialises the synthetic bindings of the function being generated:
    /// `this`, `new.target`, home object and active function, or (with
    /// `arguments_only`) the `arguments` object. Class constructors do their own.
    pub fn init_synthetic(&mut self, params: &[Value], arguments_only: bool) -> CResult<()> {
        if self.a.funcs[self.fid].kind == FuncKind::ClassCtor {
            return Ok(());
        }
        if arguments_only {
            return self.init_arguments(params);
        }
        let fi = &self.a.funcs[self.fid];
        let generic = !fi.is_specialised() && fi.kind != FuncKind::Script;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let used = |g: &Self, b: Option<usize>| b.filter(|b| g.mg.used_synth.contains(b));
        if fi.kind != FuncKind::ClassCtor {
            if let Some(tb) = used(self, fi.this_binding) {
                let raw = if generic { params[2] } else { undef };
                let v = if fi.kind == FuncKind::Script {
                    // Node runs a script as a CommonJS module: `this` is `module.exports`.
                    self.call_rt(RtFn::NewObject, &[])?
                } else if fi.strict {
                    raw
                } else {
                    self.call_rt(RtFn::SloppyThis, &[raw])?
                };
                self.init_binding(tb, Tv::Boxed(v, Ty::Any))?;
            }
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.new_target_binding) {
            let v = if generic {
                params[4 + abi::REG_ARGS]
            } else {
                undef
            };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.home_binding) {
            let v = if generic && fi.kind != FuncKind::Script {
                let p = self
                    .b
                    .ins()
                    .band_imm_s(self.callee, nb::PAYLOAD_MASK as i64);
                self.b
                    .ins()
                    .load(types::I64, Self::trusted(), p, fnl::FUNCTION_HOME_OFFSET)
            } else {
                undef
            };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.fn_binding) {
            let v = if generic { self.callee } else { undef };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        Ok(())
    }

    /// Initialises the `arguments` object, if the function uses it.
    fn init_arguments(&mut self, params: &[Value]) -> CResult<()> {
        let fi = &self.a.funcs[self.fid];
        let generic = !fi.is_specialised() && fi.kind != FuncKind::Script;
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = fi.arguments_binding {
            if generic {
                let st = self.b.ins().iconst(types::I64, fi.strict as i64);
                let args = [
                    params[1],
                    params[3],
                    params[4],
                    params[5],
                    params[3 + abi::REG_ARGS],
                    self.callee,
                    st,
                ];
                let v = self.call_rt(RtFn::NewArguments, &args)?;
                if !self.a.funcs[self.fid].strict && self.a.funcs[self.fid].simple_params() {
                    // Mapped: indices alias the parameters' cells.
                    let cells: Vec<Value> = self.a.funcs[self.fid]
                        .params
                        .clone()
                        .into_iter()
                        .map(|p| self.cell_ptr(p))
                        .collect();
                    let n = self.b.ins().iconst(types::I64, cells.len() as i64);
                    let argv = self.spill_args(&cells);
                    self.call_rt(RtFn::MapArguments, &[v, argv, n])?;
                }
                self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
            }
        }
        Ok(())
    }

    /// The `FN_*` flags of function `f`'s object.
    pub fn closure_flags(&self, f: crate::resolve::FuncId) -> i64 {
        let fi = &self.a.funcs[f];
        let mut flags = match fi.kind {
            FuncKind::Decl | FuncKind::Expr => fnl::FN_CONSTRUCTOR,
            FuncKind::Arrow => fnl::FN_ARROW,
            FuncKind::ClassCtor => {
                fnl::FN_CONSTRUCTOR | fnl::FN_CLASS | if fi.derived { fnl::FN_DERIVED } else { 0 }
            }
            FuncKind::Method | FuncKind::Script => 0,
        };
        if fi.strict {
            flags |= fnl::FN_STRICT;
        }
        flags as i64
    }

    /// A parameter with a default: `v`, or the default's value when `v` is undefined.
    pub fn default_param(&mut self, v: Value, default: &'a Expr) -> CResult<Value> {
        let is_undef = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, nb::UNDEFINED as i64);
        let dflt = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(is_undef, dflt, &[], join, &[v.into()]);
        self.switch_to(dflt);
        let tv = self.gen_expr(default)?;
        let d = self.boxed(tv);
        self.b.ins().jump(join, &[d.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Is binding `b` a synthetic one?
    pub fn is_synthetic(&self, b: usize) -> bool {
        self.a.bindings[b].kind == BindingKind::Synthetic
    }
}

/// Where V8 places a property access: the property name (or computed key).
/// The index of the site for `key` in `sites`, the next of `count` if new.
pub fn site_index<K: std::hash::Hash + Eq>(
    sites: &mut std::collections::HashMap<K, u32>,
    key: K,
    count: &mut u32,
) -> u32 {
    *sites.entry(key).or_insert_with(|| {
        *count += 1;
        *count - 1
    })
}

pub fn prop_span(m: &MemberExpr) -> Span {
    match &m.prop {
        MemberProp::Ident(p) => p.span,
        MemberProp::Computed(c) => c.span,
        MemberProp::PrivateName(p) => p.span,
    }
}

/// How V8's messages name a callee (its "call printer"): property chains and
/// literals as written (strings in double quotes, string keys as `.name`),
/// calls as `f(...)`, anything else as `(intermediate value)`.
pub fn call_text(e: &Expr) -> String {
    match e {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::This(_) => "this".to_owned(),
        Expr::Paren(p) => call_text(&p.expr),
        Expr::Lit(Lit::Str(s)) => format!("\"{}\"", s.value.to_string_lossy()),
        Expr::Lit(Lit::Num(n)) => kiln_runtime::text::number_format::to_rust_string(n.value),
        Expr::Lit(Lit::Bool(b)) => b.value.to_string(),
        Expr::Lit(Lit::Null(_)) => "null".to_owned(),
        Expr::Tpl(t) if t.exprs.is_empty() => {
            let raw: String = t.quasis.iter().map(|q| q.raw.to_string()).collect();
            format!("\"{raw}\"")
        }
        Expr::Array(a) => {
            let parts: Vec<String> = a
                .elems
                .iter()
                .map(|e| e.as_ref().map_or(String::new(), |e| call_text(&e.expr)))
                .collect();
            format!("[{}]", parts.join(","))
        }
        Expr::Member(m) => {
            let obj = call_text(&m.obj);
            match &m.prop {
                MemberProp::Ident(p) => format!("{obj}.{}", p.sym),
                MemberProp::PrivateName(p) => format!("{obj}.#{}", p.name),
                MemberProp::Computed(c) => match &*c.expr {
                    Expr::Lit(Lit::Str(s)) => format!("{obj}.{}", s.value.to_string_lossy()),
                    k => format!("{obj}[{}]", call_text(k)),
                },
            }
        }
        Expr::SuperProp(s) => match &s.prop {
            SuperProp::Ident(p) => format!("(intermediate value).{}", p.sym),
            SuperProp::Computed(c) => format!("(intermediate value)[{}]", call_text(&c.expr)),
        },
        Expr::Call(c) => match &c.callee {
            Callee::Expr(f) => format!("{}(...)", call_text(f)),
            _ => "(intermediate value)".to_owned(),
        },
        Expr::OptChain(o) => match &*o.base {
            OptChainBase::Member(m) => {
                let obj = call_text(&m.obj);
                let dot = if o.optional { "?." } else { "." };
                match &m.prop {
                    MemberProp::Ident(p) => format!("{obj}{dot}{}", p.sym),
                    MemberProp::Computed(c) => format!(
                        "{obj}{}[{}]",
                        if o.optional { "?." } else { "" },
                        call_text(&c.expr)
                    ),
                    MemberProp::PrivateName(p) => format!("{obj}{dot}#{}", p.name),
                }
            }
            OptChainBase::Call(c) => format!("{}(...)", call_text(&c.callee)),
        },
        Expr::Seq(s) => {
            let parts: Vec<String> = s.exprs.iter().map(|e| call_text(e)).collect();
            format!("({})", parts.join(" , "))
        }
        _ => "(intermediate value)".to_owned(),
    }
}
