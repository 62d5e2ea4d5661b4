//! Inline element access on typed arrays: `ta[i]` with an in-bounds integer
//! index is a load or store through the array's data pointer with the
//! element type's conversion (the layout is `kiln_runtime::abi::layout`'s
//! `TA_*`). Reads give a number (float NaNs canonicalised); writes take the
//! fast path only for a number value whose integer conversion is exact in
//! 64 bits (everything else, NaN and infinities included, calls the runtime).
//! `ta.length` is inline too, behind a shape check and the runtime's guard.
//! BigInt64Array and BigUint64Array (codes `TA_BIGINT64`, `TA_BIGUINT64`)
//! have no entry in the dispatch table: their elements are BigInts (heap
//! cells), so every access to them takes the runtime path. A view of a
//! detached buffer has length 0, so the bounds check sends it there too.

use super::property::PKey;
use crate::analysis::types::expr_ty;
use crate::analysis::Ty;
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::syntax::ast::{prop_span, strip_parens};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::Switch;
use kiln_runtime::abi::layout as ob;
use kiln_runtime::abi::RtFn;
use kiln_runtime::abi::{heap, value as nb};
use swc_common::Span;
use swc_ecma_ast::{BinaryOp, Expr, MemberExpr, MemberProp};

/// How one element type is loaded and stored.
#[derive(Clone, Copy)]
enum Access {
    /// An integer of `ty`, signed or not.
    Int(Type, bool),
    /// Uint8Clamped.
    Clamped,
    F32,
    F64,
}

const ELEMENTS: [(u8, Access, i64); 9] = [
    (ob::TA_INT8, Access::Int(types::I8, true), 1),
    (ob::TA_UINT8, Access::Int(types::I8, false), 1),
    (ob::TA_UINT8_CLAMPED, Access::Clamped, 1),
    (ob::TA_INT16, Access::Int(types::I16, true), 2),
    (ob::TA_UINT16, Access::Int(types::I16, false), 2),
    (ob::TA_INT32, Access::Int(types::I32, true), 4),
    (ob::TA_UINT32, Access::Int(types::I32, false), 4),
    (ob::TA_FLOAT32, Access::F32, 4),
    (ob::TA_FLOAT64, Access::F64, 8),
];

impl FnGen<'_, '_> {
    /// `ta.length` for the object at `p`, inline when it is a typed array
    /// with its intrinsic prototype's root shape while the runtime's guard
    /// holds (`kiln_ta_length_guard`); jumps to `join` with the number, and
    /// continues in a fresh block otherwise.
    pub(crate) fn typed_array_length(&mut self, p: Value, join: Block) {
        let next = self.b.create_block();
        let kind = self
            .b
            .ins()
            .uload8(types::I32, Self::trusted(), p, heap::HEADER_KIND_OFFSET);
        let is_ta = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, heap::KIND_TYPED_ARRAY as i64);
        let ta = self.b.create_block();
        self.b.ins().brif(is_ta, ta, &[], next, &[]);
        self.switch_to(ta);
        let guard = self.data_base(self.mg.ta_length_guard);
        let elem = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_ELEM_OFFSET);
        let off = self.b.ins().ishl_imm_s(elem, 3);
        let slot = self.b.ins().iadd(guard, off);
        let expected = self.b.ins().load(types::I64, MemFlagsData::new(), slot, 0);
        self.guarded_length(p, guard, expected, next, join);
    }

    /// Jumps to `join` with the length (a number) of the typed array at `p`
    /// if its shape is `expected` and `guard`'s length guard is armed (no
    /// `length` redefined anywhere), else continues at `miss`.
    fn guarded_length(
        &mut self,
        p: Value,
        guard: Value,
        expected: Value,
        miss: Block,
        join: Block,
    ) {
        let shape = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_SHAPE_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, shape, expected);
        let intact = self.b.create_block();
        self.b.ins().brif(same, intact, &[], miss, &[]);
        self.switch_to(intact);
        let armed = self.b.ins().load(
            types::I64,
            MemFlagsData::new(),
            guard,
            ob::TA_GUARD_ARMED_OFFSET,
        );
        let hit = self.b.create_block();
        self.b.ins().brif(armed, hit, &[], miss, &[]);
        self.switch_to(hit);
        let len = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_LENGTH_OFFSET);
        let f = self.b.ins().fcvt_from_sint(types::F64, len); // < 2^53
        let v = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(miss);
    }

    /// Continues if the object at `p` is a typed array and `i` is below its
    /// length (else branches to `slow`); returns its element type code and
    /// data pointer.
    fn typed_array_check(&mut self, p: Value, i: Value, slow: Block) -> (Value, Value) {
        let kind = self
            .b
            .ins()
            .uload8(types::I32, Self::trusted(), p, heap::HEADER_KIND_OFFSET);
        let is_ta = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, heap::KIND_TYPED_ARRAY as i64);
        let ta = self.b.create_block();
        self.b.ins().brif(is_ta, ta, &[], slow, &[]);
        self.switch_to(ta);
        let len = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_LENGTH_OFFSET);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inb, ok, &[], slow, &[]);
        self.switch_to(ok);
        let elem = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_ELEM_OFFSET);
        let data = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_DATA_OFFSET);
        (elem, data)
    }

    /// One block per element type, dispatched on `elem` (anything else: `slow`).
    fn typed_array_dispatch(&mut self, elem: Value, slow: Block) -> Vec<Block> {
        let mut sw = Switch::new();
        let blocks: Vec<Block> = ELEMENTS
            .iter()
            .map(|(code, _, _)| {
                let blk = self.b.create_block();
                sw.set_entry(*code as u128, blk);
                blk
            })
            .collect();
        sw.emit(&mut self.b, elem, slow);
        blocks
    }

    fn element_addr(&mut self, data: Value, i: Value, size: i64) -> Value {
        let off = self.b.ins().imul_imm_s(i, size);
        self.b.ins().iadd(data, off)
    }

    /// Loads element `i` of the elements at `data` as a number (`f64`).
    fn load_elem(&mut self, access: Access, size: i64, data: Value, i: Value) -> Value {
        let addr = self.element_addr(data, i, size);
        let flags = MemFlagsData::new();
        match access {
            Access::Int(ty, signed) => {
                let x = match (ty, signed) {
                    (types::I8, true) => self.b.ins().sload8(types::I64, flags, addr, 0),
                    (types::I8, false) => self.b.ins().uload8(types::I64, flags, addr, 0),
                    (types::I16, true) => self.b.ins().sload16(types::I64, flags, addr, 0),
                    (types::I16, false) => self.b.ins().uload16(types::I64, flags, addr, 0),
                    (_, true) => self.b.ins().sload32(flags, addr, 0),
                    (_, false) => self.b.ins().uload32(flags, addr, 0),
                };
                self.b.ins().fcvt_from_sint(types::F64, x)
            }
            Access::Clamped => {
                let x = self.b.ins().uload8(types::I64, flags, addr, 0);
                self.b.ins().fcvt_from_sint(types::F64, x)
            }
            Access::F32 | Access::F64 => {
                let x = if matches!(access, Access::F32) {
                    let x = self.b.ins().load(types::F32, flags, addr, 0);
                    self.b.ins().fpromote(types::F64, x)
                } else {
                    self.b.ins().load(types::F64, flags, addr, 0)
                };
                // Foreign bits may hold any NaN: numbers keep the canonical one.
                let nan = self.b.ins().fcmp(FloatCC::Unordered, x, x);
                let canon = self.b.ins().f64const(f64::from_bits(nb::NAN));
                self.b.ins().select(nan, canon, x)
            }
        }
    }

    /// Stores the number `x` as element `i` of the elements at `data`, with
    /// the element type's conversion; a value the inline conversion cannot
    /// take (|x| ≥ 2⁶³, NaN or an infinity into an integer element) branches
    /// to `slow`.
    fn store_elem(
        &mut self,
        access: Access,
        size: i64,
        data: Value,
        i: Value,
        x: Value,
        slow: Block,
    ) {
        let addr = self.element_addr(data, i, size);
        let flags = MemFlagsData::new();
        match access {
            Access::Int(ty, _) => {
                // ToInt32 and friends wrap modulo 2^bits: exact through an
                // i64 for |x| < 2^63 (NaN and infinities fail the test).
                let ax = self.b.ins().fabs(x);
                let lim = self.b.ins().f64const(9.223372036854775e18);
                let small = self.b.ins().fcmp(FloatCC::LessThan, ax, lim);
                let st = self.b.create_block();
                self.b.ins().brif(small, st, &[], slow, &[]);
                self.switch_to(st);
                let n = self.b.ins().fcvt_to_sint_sat(types::I64, x);
                match ty {
                    types::I8 => self.b.ins().istore8(flags, n, addr, 0),
                    types::I16 => self.b.ins().istore16(flags, n, addr, 0),
                    _ => self.b.ins().istore32(flags, n, addr, 0),
                };
            }
            Access::Clamped => {
                // ToUint8Clamp: NaN → 0 (the saturating conversion), clamp,
                // round half to even.
                let zero = self.b.ins().f64const(0.0);
                let max = self.b.ins().f64const(255.0);
                let lo = self.b.ins().fmax(x, zero);
                let c = self.b.ins().fmin(lo, max);
                let r = self.b.ins().nearest(c);
                let n = self.b.ins().fcvt_to_uint_sat(types::I64, r);
                self.b.ins().istore8(flags, n, addr, 0);
            }
            Access::F32 => {
                let f = self.b.ins().fdemote(types::F32, x);
                self.b.ins().store(flags, f, addr, 0);
            }
            Access::F64 => {
                self.b.ins().store(flags, x, addr, 0);
            }
        }
    }

    /// `ta[i]` for the object at `p` (any object: non-typed-arrays and
    /// out-of-bounds indices branch to `slow`); jumps to `join` with the number.
    pub(crate) fn typed_array_load(&mut self, p: Value, i: Value, join: Block, slow: Block) {
        let (elem, data) = self.typed_array_check(p, i, slow);
        let blocks = self.typed_array_dispatch(elem, slow);
        for ((_, access, size), blk) in ELEMENTS.into_iter().zip(blocks) {
            self.switch_to(blk);
            let f = self.load_elem(access, size, data, i);
            let v = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
            self.b.ins().jump(join, &[v.into()]);
        }
    }

    /// `ta[i] = v` for the object at `p` when `v` is a number that converts
    /// without the runtime (else branches to `slow`); jumps to `join`.
    pub(crate) fn typed_array_store(
        &mut self,
        p: Value,
        i: Value,
        v: Value,
        join: Block,
        slow: Block,
    ) {
        let is_num =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThan, v, nb::TAG_FIRST_NON_NUMBER as i64);
        let num = self.b.create_block();
        self.b.ins().brif(is_num, num, &[], slow, &[]);
        self.switch_to(num);
        let (elem, data) = self.typed_array_check(p, i, slow);
        let x = self.b.ins().bitcast(types::F64, MemFlagsData::new(), v);
        let blocks = self.typed_array_dispatch(elem, slow);
        for ((_, access, size), blk) in ELEMENTS.into_iter().zip(blocks) {
            self.switch_to(blk);
            self.store_elem(access, size, data, i, x, slow);
            self.b.ins().jump(join, &[]);
        }
    }
}

/// The access and size of Number element type `code`.
fn access_of(code: u8) -> (Access, i64) {
    let (_, access, size) = ELEMENTS[code as usize];
    (access, size)
}

/// Typed arrays whose element type the analysis knows (`Analysis::ta_kinds`):
/// no kind check, no dispatch; the bounds check and the runtime slow path stay.
impl FnGen<'_, '_> {
    /// The element type code of the Number typed array `e` always evaluates to.
    pub(crate) fn ta_kind_of(&self, e: &Expr) -> Option<u8> {
        let Expr::Ident(id) = strip_parens(e) else {
            return None;
        };
        let r = self.a.reference(id.span.lo)?;
        self.a.ta_kinds.get(&r.binding).copied()
    }

    /// `obj[key]` / `obj.name`, knowing `obj`'s element type when `kind` is set.
    pub(crate) fn get_key_ta(
        &mut self,
        obj: Value,
        key: &PKey,
        span: Span,
        kind: Option<u8>,
    ) -> CResult<Value> {
        match (kind, key) {
            (Some(code), PKey::Computed(k)) => self.ta_known_get(obj, *k, code, span),
            (Some(code), PKey::Named(n)) if n == "length" => self.ta_known_length(obj, code, span),
            _ => self.get_key(obj, key, span),
        }
    }

    /// `obj[key] = v` / `obj.name = v`, knowing `obj`'s element type when `kind` is set.
    pub(crate) fn set_key_ta(
        &mut self,
        obj: Value,
        key: &PKey,
        v: Tv,
        span: Span,
        kind: Option<u8>,
    ) -> CResult<()> {
        match (kind, key) {
            (Some(code), PKey::Computed(k)) => self.ta_known_set(obj, *k, v, code, span),
            _ => {
                let v = self.boxed(v);
                self.set_key(obj, key, v, span)
            }
        }
    }

    /// `ta[key]` for a typed array of element type `code`.
    fn ta_known_get(&mut self, obj: Value, key: Tv, code: u8, span: Span) -> CResult<Value> {
        let (access, size) = access_of(code);
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let i = self.index_of_key(key, slow);
        let data = self.ta_known_bounds(obj, i, slow);
        let f = self.load_elem(access, size, data, i);
        let v = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(slow);
        let k = self.boxed(key);
        self.set_loc(span);
        let r = self.call_rt_checked(RtFn::GetElem, &[obj, k])?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `ta[key] = v` for a typed array of element type `code`.
    fn ta_known_set(&mut self, obj: Value, key: Tv, v: Tv, code: u8, span: Span) -> CResult<()> {
        let (access, size) = access_of(code);
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let i = self.index_of_key(key, slow);
        let x = self.number_or(v, slow);
        let data = self.ta_known_bounds(obj, i, slow);
        self.store_elem(access, size, data, i, x, slow);
        self.b.ins().jump(join, &[]);
        self.switch_to(slow);
        let k = self.boxed(key);
        let vb = self.boxed(v);
        let st = self.strict_flag();
        self.set_loc(span);
        self.call_rt_checked(RtFn::SetElem, &[obj, k, vb, st])?;
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// Continues if index `i` is below the length of the typed array `obj`
    /// (else branches to `slow`); returns its data pointer.
    fn ta_known_bounds(&mut self, obj: Value, i: Value, slow: Block) -> Value {
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let len = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_LENGTH_OFFSET);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inb, ok, &[], slow, &[]);
        self.switch_to(ok);
        self.b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_DATA_OFFSET)
    }

    /// `ta.length` for a typed array of element type `code`: inline while it
    /// has its prototype's root shape and the runtime's guard holds, else
    /// the ordinary named read.
    fn ta_known_length(&mut self, obj: Value, code: u8, span: Span) -> CResult<Value> {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let p = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
        let guard = self.data_base(self.mg.ta_length_guard);
        let expected = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::new(), guard, 8 * code as i32);
        self.guarded_length(p, guard, expected, miss, join);
        let r = self.get_named(obj, "length", span)?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }
}

/// Typed-array reads as operands of numeric operators.
impl<'a> FnGen<'_, 'a> {
    /// `ta[k]` with `ta` of a known Number element type and `k` a number:
    /// its value is a number or `undefined` (a number key is always a
    /// canonical numeric string, so the read never reaches the prototype
    /// chain or runs user code), and the element kind and the key, if any.
    fn ta_number_read(&self, e: &'a Expr) -> Option<(&'a MemberExpr, &'a Expr, u8)> {
        let Expr::Member(m) = strip_parens(e) else {
            return None;
        };
        let MemberProp::Computed(c) = &m.prop else {
            return None;
        };
        let code = self.ta_kind_of(&m.obj)?;
        (expr_ty(self.a, &c.expr) == Ty::Num).then_some((m, &*c.expr, code))
    }

    /// Operand `e` of the numeric operator `op` whose other operand has the
    /// static type `other_ty` gives. A typed-array read of a number key is
    /// produced unboxed, `undefined` (out of bounds) as NaN: ToNumeric gives
    /// NaN for it, and the operators other than `+` apply ToNumeric to it
    /// first. `+` does so only when the other side is no string (a number,
    /// boolean or `undefined`).
    pub(crate) fn gen_num_operand(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        other_ty: impl FnOnce(&Self) -> Ty,
    ) -> CResult<Tv> {
        if let Some((m, key, code)) = self.ta_number_read(e) {
            if op != BinaryOp::Add || matches!(other_ty(self), Ty::Num | Ty::Bool | Ty::Undef) {
                return self.ta_read_f64(m, key, code);
            }
        }
        self.gen_expr(e)
    }

    /// `ta[key]` as an `f64`, NaN when the element does not exist.
    fn ta_read_f64(&mut self, m: &'a MemberExpr, key: &'a Expr, code: u8) -> CResult<Tv> {
        let o = self.gen_expr(&m.obj)?;
        let obj = self.boxed(o);
        let key = self.gen_expr(key)?;
        let (access, size) = access_of(code);
        // Integer elements also carry their ToInt32 through the join, for
        // the bitwise operators (`h ^= bytes[i]` converts no double).
        let int = matches!(access, Access::Int(..) | Access::Clamped);
        let join = self.b.create_block();
        self.b.append_block_param(join, types::F64);
        if int {
            self.b.append_block_param(join, types::I32);
        }
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let i = self.index_of_key(key, slow);
        let data = self.ta_known_bounds(obj, i, slow);
        let f = self.load_elem(access, size, data, i);
        let mut args = vec![f.into()];
        if int {
            args.push(self.to_int32(f).into());
        }
        self.b.ins().jump(join, &args);
        self.switch_to(slow);
        let k = self.boxed(key);
        self.set_loc(prop_span(m));
        let r = self.call_rt_checked(RtFn::GetElem, &[obj, k])?;
        let undef = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, nb::UNDEFINED as i64);
        let nan = self.b.ins().f64const(f64::from_bits(nb::NAN));
        let x = self.b.ins().bitcast(types::F64, MemFlagsData::new(), r);
        let v = self.b.ins().select(undef, nan, x);
        let mut args = vec![v.into()];
        if int {
            args.push(self.to_int32(v).into());
        }
        self.b.ins().jump(join, &args);
        self.switch_to(join);
        let params = self.b.block_params(join).to_vec();
        if int {
            self.int32_of.insert(params[0], params[1]);
        }
        Ok(Tv::F64(params[0]))
    }
}
