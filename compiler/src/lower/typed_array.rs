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

use crate::codegen::func::FnGen;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::Switch;
use kiln_runtime::abi::layout as ob;
use kiln_runtime::abi::{heap, value as nb};

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
        let shape = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::OBJ_SHAPE_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, shape, expected);
        let intact = self.b.create_block();
        self.b.ins().brif(same, intact, &[], next, &[]);
        self.switch_to(intact);
        let armed = self.b.ins().load(
            types::I64,
            MemFlagsData::new(),
            guard,
            ob::TA_GUARD_ARMED_OFFSET,
        );
        let hit = self.b.create_block();
        self.b.ins().brif(armed, hit, &[], next, &[]);
        self.switch_to(hit);
        let len = self
            .b
            .ins()
            .load(types::I64, Self::trusted(), p, ob::TA_LENGTH_OFFSET);
        let f = self.b.ins().fcvt_from_uint(types::F64, len);
        let v = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(next);
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

    /// `ta[i]` for the object at `p` (any object: non-typed-arrays and
    /// out-of-bounds indices branch to `slow`); jumps to `join` with the number.
    pub(crate) fn typed_array_load(&mut self, p: Value, i: Value, join: Block, slow: Block) {
        let (elem, data) = self.typed_array_check(p, i, slow);
        let blocks = self.typed_array_dispatch(elem, slow);
        for ((_, access, size), blk) in ELEMENTS.into_iter().zip(blocks) {
            self.switch_to(blk);
            let addr = self.element_addr(data, i, size);
            let flags = MemFlagsData::new();
            let f = match access {
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
            };
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
            self.b.ins().jump(join, &[]);
        }
    }
}
