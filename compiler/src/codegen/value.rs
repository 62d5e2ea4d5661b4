//! Typed values in generated code: unboxed numbers and booleans, NaN-boxed values, and conversions.

use super::func::FnGen;
use crate::analysis::{Rep, Ty};
use crate::diag::CResult;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;

/// A value produced by generated code, in its machine representation.
#[derive(Clone, Copy, Debug)]
pub enum Tv {
    /// An unboxed number (`f64`).
    F64(Value),
    /// An unboxed boolean (`i8`, 0 or 1).
    Bool(Value),
    /// A NaN-boxed value (`i64`) with what is statically known of its type.
    Boxed(Value, Ty),
}

impl Tv {
    pub fn ty(self) -> Ty {
        match self {
            Tv::F64(_) => Ty::Num,
            Tv::Bool(_) => Ty::Bool,
            Tv::Boxed(_, t) => t,
        }
    }
}

impl FnGen<'_, '_> {
    pub fn const_boxed(&mut self, bits: u64, ty: Ty) -> Tv {
        Tv::Boxed(self.b.ins().iconst(types::I64, bits as i64), ty)
    }

    pub fn undefined(&mut self) -> Tv {
        self.const_boxed(nb::UNDEFINED, Ty::Undef)
    }

    pub fn f64_const(&mut self, n: f64) -> Tv {
        Tv::F64(self.b.ins().f64const(n))
    }

    /// The NaN-boxed form of `tv`.
    pub fn boxed(&mut self, tv: Tv) -> Value {
        match tv {
            // Numbers are their own boxes: NaNs are canonical (see runtime value.rs).
            Tv::F64(v) => {
                self.b
                    .ins()
                    .bitcast(types::I64, cranelift_codegen::ir::MemFlagsData::new(), v)
            }
            Tv::Bool(v) => {
                let w = self.b.ins().uextend(types::I64, v);
                self.b.ins().bor_imm_s(w, nb::FALSE as i64)
            }
            Tv::Boxed(v, _) => v,
        }
    }

    /// `tv` converted to representation `rep`. Sound only when the static type
    /// of `tv` fits `rep` (guaranteed by type inference): boxed → f64 assumes a
    /// number, boxed → bool assumes a boolean.
    pub fn coerce(&mut self, tv: Tv, rep: Rep) -> Value {
        match (tv, rep) {
            (_, Rep::Boxed) => self.boxed(tv),
            (Tv::F64(v), Rep::F64) => v,
            (Tv::Bool(v), Rep::Bool) => v,
            (Tv::Boxed(v, _), Rep::F64) => {
                self.b
                    .ins()
                    .bitcast(types::F64, cranelift_codegen::ir::MemFlagsData::new(), v)
            }
            (Tv::Boxed(v, _), Rep::Bool) => {
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::TRUE as i64);
                c
            }
            (Tv::Bool(v), Rep::F64) => {
                // Only reachable for dead values whose type was joined; keep it valid.
                let w = self.b.ins().uextend(types::I32, v);
                self.b.ins().fcvt_from_uint(types::F64, w)
            }
            (Tv::F64(v), Rep::Bool) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::OrderedNotEqual, v, z)
            }
        }
    }

    /// `tv` as a `Tv` of representation `rep` (see [`Self::coerce`]).
    pub fn coerce_tv(&mut self, tv: Tv, rep: Rep, ty: Ty) -> Tv {
        let v = self.coerce(tv, rep);
        match rep {
            Rep::F64 => Tv::F64(v),
            Rep::Bool => Tv::Bool(v),
            Rep::Boxed => Tv::Boxed(v, ty),
        }
    }

    /// `i8` test: is the boxed value `v` a number?
    pub fn is_number(&mut self, v: Value) -> Value {
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, v, nb::TAG_FIRST_NON_NUMBER as i64)
    }

    /// `i8`: are both boxed values numbers? (The larger one is.)
    pub fn both_numbers(&mut self, a: Value, b: Value) -> Value {
        let m = self.b.ins().umax(a, b);
        self.is_number(m)
    }

    /// ToBoolean as an `i8`.
    pub fn truthy(&mut self, tv: Tv) -> CResult<Value> {
        Ok(match tv {
            Tv::Bool(v) => v,
            Tv::F64(v) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::OrderedNotEqual, v, z)
            }
            Tv::Boxed(v, Ty::Undef) => {
                let _ = v;
                self.b.ins().iconst(types::I8, 0)
            }
            Tv::Boxed(v, _) => {
                // number → compare with zero; boolean → low bit; otherwise the runtime.
                let num_blk = self.b.create_block();
                let other_blk = self.b.create_block();
                let bool_blk = self.b.create_block();
                let slow_blk = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, types::I8);
                let isn = self.is_number(v);
                self.b.ins().brif(isn, num_blk, &[], other_blk, &[]);

                self.switch_to(num_blk);
                self.b.seal_block(num_blk);
                let f =
                    self.b
                        .ins()
                        .bitcast(types::F64, cranelift_codegen::ir::MemFlagsData::new(), v);
                let z = self.b.ins().f64const(0.0);
                let t = self.b.ins().fcmp(FloatCC::OrderedNotEqual, f, z);
                self.b.ins().jump(join, &[t.into()]);

                self.switch_to(other_blk);
                self.b.seal_block(other_blk);
                let tag = self.b.ins().ushr_imm_s(v, nb::TAG_SHIFT as i64);
                let isb = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, tag, nb::TAG_BOOL as i64);
                self.b.ins().brif(isb, bool_blk, &[], slow_blk, &[]);

                self.switch_to(bool_blk);
                self.b.seal_block(bool_blk);
                let low = self.b.ins().ireduce(types::I8, v);
                let t = self.b.ins().band_imm_s(low, 1);
                self.b.ins().jump(join, &[t.into()]);

                self.switch_to(slow_blk);
                self.b.seal_block(slow_blk);
                let r = self.call_rt(RtFn::Truthy, &[v])?;
                let t = self.b.ins().ireduce(types::I8, r);
                self.b.ins().jump(join, &[t.into()]);

                self.switch_to(join);
                self.b.seal_block(join);
                self.b.block_params(join)[0]
            }
        })
    }

    /// A number known to be a number, as `f64` (boxed numbers by bit cast,
    /// booleans converted, undefined as NaN).
    pub fn num_of_known(&mut self, tv: Tv) -> Value {
        match tv {
            Tv::F64(v) => v,
            Tv::Bool(v) => {
                let w = self.b.ins().uextend(types::I32, v);
                self.b.ins().fcvt_from_uint(types::F64, w)
            }
            Tv::Boxed(_, Ty::Undef) => self.b.ins().f64const(f64::NAN),
            Tv::Boxed(v, _) => {
                self.b
                    .ins()
                    .bitcast(types::F64, cranelift_codegen::ir::MemFlagsData::new(), v)
            }
        }
    }

    /// Whether `tv` can be used as an `f64` without a check.
    pub fn known_number(tv: Tv) -> bool {
        matches!(
            tv,
            Tv::F64(_) | Tv::Bool(_) | Tv::Boxed(_, Ty::Num | Ty::Undef)
        )
    }
}
