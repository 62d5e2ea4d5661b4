//! Operators: inline number fast paths guarded by type checks, runtime calls otherwise.

use crate::analysis::types::{bin_expr_ty, expr_ty};
use crate::analysis::{Rep, Ty};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::opt::speculate::Speculation;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, Block, InstBuilder, InstructionData, MemFlagsData, Opcode, Value,
};
use kiln_runtime::abi::names::BinOp as RtBinOp;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_ecma_ast::*;

/// A short-circuit operator: `&&` goes on when truthy, `||` when falsy, `??` when nullish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Logical {
    And,
    Or,
    Nullish,
}

impl Logical {
    pub fn of_bin(op: BinaryOp) -> Option<Logical> {
        match op {
            BinaryOp::LogicalAnd => Some(Logical::And),
            BinaryOp::LogicalOr => Some(Logical::Or),
            BinaryOp::NullishCoalescing => Some(Logical::Nullish),
            _ => None,
        }
    }

    pub fn of_assign(op: AssignOp) -> Option<Logical> {
        match op {
            AssignOp::AndAssign => Some(Logical::And),
            AssignOp::OrAssign => Some(Logical::Or),
            AssignOp::NullishAssign => Some(Logical::Nullish),
            _ => None,
        }
    }
}

pub fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Lt | LtEq | Gt | GtEq | EqEq | NotEq | EqEqEq | NotEqEq)
}

fn rt_code(op: BinaryOp) -> RtBinOp {
    use BinaryOp::*;
    match op {
        Sub => RtBinOp::Sub,
        Mul => RtBinOp::Mul,
        Div => RtBinOp::Div,
        Mod => RtBinOp::Mod,
        Exp => RtBinOp::Exp,
        BitAnd => RtBinOp::BitAnd,
        BitOr => RtBinOp::BitOr,
        BitXor => RtBinOp::BitXor,
        LShift => RtBinOp::Shl,
        RShift => RtBinOp::Sar,
        ZeroFillRShift => RtBinOp::Shr,
        _ => unreachable!("not a numeric operator: {op:?}"),
    }
}

impl<'a> FnGen<'_, 'a> {
    pub fn gen_unary(&mut self, u: &'a UnaryExpr) -> CResult<Tv> {
        match u.op {
            UnaryOp::Bang => {
                let tv = self.gen_expr(&u.arg)?;
                let t = self.truthy(tv)?;
                Ok(Tv::Bool(self.b.ins().bxor_imm_s(t, 1)))
            }
            UnaryOp::Void => {
                self.gen_effect(&u.arg)?;
                Ok(self.undefined())
            }
            UnaryOp::TypeOf => self.gen_typeof(&u.arg),
            UnaryOp::Plus => {
                let tv = self.gen_expr(&u.arg)?;
                self.to_number(tv)
            }
            UnaryOp::Minus => {
                let tv = self.gen_expr(&u.arg)?;
                self.numeric_unary(tv, RtFn::Negate, |g, f| g.b.ins().fneg(f))
            }
            UnaryOp::Tilde => {
                let tv = self.gen_expr(&u.arg)?;
                self.numeric_unary(tv, RtFn::BitNot, |g, f| {
                    let i = g.to_int32(f);
                    let n = g.b.ins().bnot(i);
                    g.b.ins().fcvt_from_sint(types::F64, n)
                })
            }
            UnaryOp::Delete => self.gen_delete(u),
        }
    }

    fn gen_typeof(&mut self, arg: &'a Expr) -> CResult<Tv> {
        // `typeof undeclared` does not throw.
        if let Expr::Ident(id) = crate::syntax::ast::strip_parens(arg) {
            let a = self.a;
            if let Some(wr) = a.with_ref(id.span.lo) {
                return self.gen_with_typeof(id, wr);
            }
            if self.a.reference(id.span.lo).is_none() {
                return self.global_typeof(id);
            }
        }
        let tv = self.gen_expr(arg)?;
        let known = match tv.ty() {
            Ty::Num => Some("number"),
            Ty::Bool => Some("boolean"),
            Ty::Str => Some("string"),
            Ty::Undef => Some("undefined"),
            _ => None,
        };
        if let Some(s) = known {
            return Ok(Tv::Boxed(self.str_value(s)?, Ty::Str));
        }
        let v = self.boxed(tv);
        Ok(Tv::Boxed(self.call_rt(RtFn::TypeOf, &[v])?, Ty::Str))
    }

    /// `typeof id` of a global name (never a ReferenceError).
    pub fn global_typeof(&mut self, id: &Ident) -> CResult<Tv> {
        let s = match &*id.sym {
            "undefined" => "undefined",
            "NaN" | "Infinity" => "number",
            n => {
                let name = self.str_value(n)?;
                let t = self.call_rt_checked(RtFn::GlobalTypeof, &[name])?;
                return Ok(Tv::Boxed(t, Ty::Str));
            }
        };
        Ok(Tv::Boxed(self.str_value(s)?, Ty::Str))
    }

    /// ToNumber (unary `+`).
    pub fn to_number(&mut self, tv: Tv) -> CResult<Tv> {
        if Self::known_number(tv) {
            return Ok(Tv::F64(self.num_of_known(tv)));
        }
        let v = self.boxed(tv);
        let r = self.guarded_unary(v, |_, _| None, RtFn::ToNumber)?;
        Ok(Tv::F64(self.b.ins().bitcast(
            types::F64,
            MemFlagsData::new(),
            r,
        )))
    }

    /// ToNumeric (for `++`/`--`): numbers stay, others go through ToNumber.
    pub fn to_numeric(&mut self, tv: Tv) -> CResult<Tv> {
        if Self::known_number(tv) {
            return Ok(Tv::F64(self.num_of_known(tv)));
        }
        let v = self.boxed(tv);
        let r = self.guarded_unary(v, |_, _| None, RtFn::ToNumeric)?;
        Ok(Tv::Boxed(
            r,
            if tv.ty().is_plain_primitive() {
                Ty::Num
            } else {
                Ty::Any
            },
        ))
    }

    /// `v ± 1` of a ToNumeric result that may be a BigInt: inline for a
    /// number, else `kiln_increment`/`kiln_decrement`.
    pub fn step_numeric(&mut self, v: Tv, inc: bool) -> CResult<Tv> {
        let delta = if inc { 1.0 } else { -1.0 };
        let slow = if inc {
            RtFn::Increment
        } else {
            RtFn::Decrement
        };
        let ty = v.ty();
        let bv = self.boxed(v);
        let r = self.guarded_unary(
            bv,
            |g, f| {
                let d = g.b.ins().f64const(delta);
                Some(g.b.ins().fadd(f, d))
            },
            slow,
        )?;
        Ok(Tv::Boxed(r, ty))
    }

    fn numeric_unary(
        &mut self,
        tv: Tv,
        slow: RtFn,
        fast: impl Fn(&mut Self, Value) -> Value,
    ) -> CResult<Tv> {
        if Self::known_number(tv) {
            let f = self.num_of_known(tv);
            return Ok(Tv::F64(fast(self, f)));
        }
        let ty = if tv.ty().is_plain_primitive() {
            Ty::Num
        } else {
            Ty::Any
        };
        let v = self.boxed(tv);
        let r = self.guarded_unary(v, |g, f| Some(fast(g, f)), slow)?;
        Ok(Tv::Boxed(r, ty))
    }

    /// Runs `fast` on the unboxed `a` when it is a number, otherwise the
    /// runtime entry `slow` (which may throw); the result is boxed. `fast`
    /// returning `None` means "identity" (ToNumber of a number).
    fn guarded_unary(
        &mut self,
        a: Value,
        fast: impl Fn(&mut Self, Value) -> Option<Value>,
        slow: RtFn,
    ) -> CResult<Value> {
        let fast_blk = self.b.create_block();
        let slow_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_blk);
        self.b.append_block_param(join, types::I64);
        let ok = self.is_number(a);
        self.b.ins().brif(ok, fast_blk, &[], slow_blk, &[]);
        self.switch_to(fast_blk);
        let fa = self.b.ins().bitcast(types::F64, MemFlagsData::new(), a);
        let r = match fast(self, fa) {
            Some(f) => self.b.ins().bitcast(types::I64, MemFlagsData::new(), f),
            None => a,
        };
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(slow_blk);
        let r = self.call_rt_checked(slow, &[a])?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// `a % b` on numbers: an integer remainder when both are integers that fit
    /// an `i64` and `b` is not zero (the remainder takes the dividend's sign, so
    /// `copysign` also gives `-4 % 2 === -0`); the runtime's fmod otherwise.
    pub fn fmod(&mut self, a: Value, b: Value) -> CResult<Value> {
        let ai = self.b.ins().fcvt_to_sint_sat(types::I64, a);
        let bi = self.b.ins().fcvt_to_sint_sat(types::I64, b);
        let af = self.b.ins().fcvt_from_sint(types::F64, ai);
        let bf = self.b.ins().fcvt_from_sint(types::F64, bi);
        let a_exact = self.b.ins().fcmp(FloatCC::Equal, af, a);
        let b_exact = self.b.ins().fcmp(FloatCC::Equal, bf, b);
        let b_nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, bi, 0);
        // Saturated conversions (|x| >= 2^63) round-trip deceptively: exclude them.
        let a_lo = self.b.ins().icmp_imm_s(IntCC::NotEqual, ai, i64::MIN);
        let a_hi = self.b.ins().icmp_imm_s(IntCC::NotEqual, ai, i64::MAX);
        let b_hi = self.b.ins().icmp_imm_s(IntCC::NotEqual, bi, i64::MAX);
        let ok = self.b.ins().band(a_exact, b_exact);
        let ok = self.b.ins().band(ok, b_nonzero);
        let ok = self.b.ins().band(ok, a_lo);
        let ok = self.b.ins().band(ok, a_hi);
        let ok = self.b.ins().band(ok, b_hi);
        let int_blk = self.b.create_block();
        let slow_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_blk);
        self.b.append_block_param(join, types::F64);
        self.b.ins().brif(ok, int_blk, &[], slow_blk, &[]);
        self.switch_to(int_blk);
        let r = self.b.ins().srem(ai, bi);
        let rf = self.b.ins().fcvt_from_sint(types::F64, r);
        let signed = self.b.ins().fcopysign(rf, a);
        self.b.ins().jump(join, &[signed.into()]);
        self.switch_to(slow_blk);
        let m = self.call_rt(RtFn::Fmod, &[a, b])?;
        self.b.ins().jump(join, &[m.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// ToInt32 of an `f64`, as an `i32`.
    pub fn to_int32(&mut self, f: Value) -> Value {
        if let Some(n) = self.int32_known(f) {
            return n;
        }
        // Truncate to i64 (saturating); in range that is exact and the low 32
        // bits are ToInt32. Saturated results (|f| >= 2^63, ±Infinity) take the
        // runtime path; NaN saturates to 0, which is right.
        let i = self.b.ins().fcvt_to_sint_sat(types::I64, f);
        let lo = self.b.ins().icmp_imm_s(IntCC::Equal, i, i64::MIN);
        let hi = self.b.ins().icmp_imm_s(IntCC::Equal, i, i64::MAX);
        let sat = self.b.ins().bor(lo, hi);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(sat, slow, &[], join, &[i.into()]);
        self.switch_to(slow);
        let r = self
            .call_rt(RtFn::ToInt32, &[f])
            .expect("runtime entry exists");
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        let w = self.b.block_params(join)[0];
        self.b.ins().ireduce(types::I32, w)
    }

    /// ToInt32 of `f` without a conversion when `f` is a constant, or the
    /// exact conversion of an integer of at most 32 bits (an `i32` result
    /// of `|`, `imul`, `>>>`, a typed-array element): its bits.
    fn int32_known(&mut self, f: Value) -> Option<Value> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        if let Some(&n) = self.int32_of.get(&f) {
            return Some(n);
        }
        let dfg = &self.b.func.dfg;
        let ValueDef::Result(inst, _) = dfg.value_def(f) else {
            return None;
        };
        match dfg.insts[inst] {
            InstructionData::UnaryIeee64 {
                opcode: Opcode::F64const,
                imm,
            } => {
                let x = f64::from_bits(imm.bits());
                let n = if x.is_finite() {
                    x.trunc().rem_euclid(4294967296.0) as u32 as i32
                } else {
                    0
                };
                Some(self.b.ins().iconst(types::I32, n as i64))
            }
            InstructionData::Unary {
                opcode: Opcode::FcvtFromSint,
                arg,
            } => {
                let narrow = match dfg.value_type(arg) {
                    types::I32 => return Some(arg),
                    types::I64 => match dfg.value_def(arg) {
                        ValueDef::Result(src, _) => match dfg.insts[src].opcode() {
                            Opcode::Uextend | Opcode::Sextend => dfg
                                .inst_args(src)
                                .first()
                                .is_some_and(|&a| dfg.value_type(a).bits() <= 32),
                            Opcode::Uload8
                            | Opcode::Sload8
                            | Opcode::Uload16
                            | Opcode::Sload16
                            | Opcode::Uload32
                            | Opcode::Sload32 => true,
                            _ => false,
                        },
                        _ => false,
                    },
                    _ => false,
                };
                narrow.then(|| self.b.ins().ireduce(types::I32, arg))
            }
            _ => None,
        }
    }

    pub fn gen_bin(&mut self, b: &'a BinExpr) -> CResult<Tv> {
        use BinaryOp::*;
        match b.op {
            LogicalAnd | LogicalOr | NullishCoalescing => self.gen_logical(b),
            In | InstanceOf => self.gen_relation(b),
            op if is_comparison(op) => Ok(Tv::Bool(self.gen_comparison(b)?)),
            op => {
                let generic = |g: &mut Self| {
                    let l = g.gen_num_operand(&b.left, op, |g| expr_ty(g.a, &b.right))?;
                    let r = g.gen_num_operand(&b.right, op, |g| expr_ty(g.a, &b.left))?;
                    g.set_loc(b.span);
                    g.binop(op, l, r)
                };
                if let Some(tv) = self.try_speculate(Speculation::Bin(b), generic)? {
                    return Ok(tv);
                }
                generic(self)
            }
        }
    }

    fn gen_logical(&mut self, b: &'a BinExpr) -> CResult<Tv> {
        let ty = bin_expr_ty(self.a, b);
        let kind = Logical::of_bin(b.op).expect("a logical operator");
        let l = self.gen_expr(&b.left)?;
        self.short_circuit(kind, l, ty, |g| g.gen_expr(&b.right))
    }

    /// `i8`: does `left` make short-circuit operator `kind` evaluate its right side?
    pub fn goes_right(&mut self, kind: Logical, left: Tv) -> CResult<Value> {
        Ok(match kind {
            Logical::And => self.truthy(left)?,
            Logical::Or => {
                let t = self.truthy(left)?;
                self.b.ins().bxor_imm_s(t, 1)
            }
            Logical::Nullish => self.is_nullish(left),
        })
    }

    /// `left kind right`, joined in the representation of its static type `ty`;
    /// `rhs` generates the right side (and, for `&&=` etc., the assignment).
    pub fn short_circuit(
        &mut self,
        kind: Logical,
        left: Tv,
        ty: Ty,
        rhs: impl FnOnce(&mut Self) -> CResult<Tv>,
    ) -> CResult<Tv> {
        let rep = ty.rep();
        let rhs_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b
            .append_block_param(join, crate::codegen::rep_type(rep));
        let lv = self.coerce(left, rep);
        let go = self.goes_right(kind, left)?;
        self.b.ins().brif(go, rhs_blk, &[], join, &[lv.into()]);
        self.switch_to(rhs_blk);
        let r = rhs(self)?;
        let rv = self.coerce(r, rep);
        self.b.ins().jump(join, &[rv.into()]);
        self.switch_to(join);
        let v = self.b.block_params(join)[0];
        Ok(match rep {
            Rep::F64 => Tv::F64(v),
            Rep::Bool => Tv::Bool(v),
            Rep::Boxed => Tv::Boxed(v, ty),
        })
    }

    /// `a op b` on `f64`s for `op` one of `+ - * /`.
    pub fn f64_arith(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        match op {
            BinaryOp::Add => self.b.ins().fadd(a, b),
            BinaryOp::Sub => self.b.ins().fsub(a, b),
            BinaryOp::Mul => self.b.ins().fmul(a, b),
            BinaryOp::Div => self.b.ins().fdiv(a, b),
            _ => unreachable!("f64_arith called with {op:?}"),
        }
    }

    /// A binary arithmetic/bitwise/`+` operator on generated operands.
    pub fn binop(&mut self, op: BinaryOp, l: Tv, r: Tv) -> CResult<Tv> {
        use BinaryOp::*;
        let static_ty = crate::analysis::types::bin_ty(op, l.ty(), r.ty());
        if op == Add && (l.ty() == Ty::Str || r.ty() == Ty::Str) {
            let (lv, rv) = (self.boxed(l), self.boxed(r));
            let f = if l.ty() == Ty::Str && r.ty() == Ty::Str {
                RtFn::Concat
            } else {
                RtFn::Add
            };
            let v = self.call_rt_checked(f, &[lv, rv])?;
            return Ok(Tv::Boxed(v, Ty::Str));
        }
        let fast = move |g: &mut Self, a: Value, b: Value| -> CResult<Value> {
            Ok(match op {
                Add | Sub | Mul | Div => g.f64_arith(op, a, b),
                Mod => g.fmod(a, b)?,
                Exp => g.call_rt(RtFn::Pow, &[a, b])?,
                BitAnd | BitOr | BitXor | LShift | RShift | ZeroFillRShift => {
                    let x = g.to_int32(a);
                    let y = g.to_int32(b);
                    let i = match op {
                        BitAnd => g.b.ins().band(x, y),
                        BitOr => g.b.ins().bor(x, y),
                        BitXor => g.b.ins().bxor(x, y),
                        LShift => g.b.ins().ishl(x, y),
                        RShift => g.b.ins().sshr(x, y),
                        _ => g.b.ins().ushr(x, y),
                    };
                    if op == ZeroFillRShift {
                        let w = g.b.ins().uextend(types::I64, i);
                        g.b.ins().fcvt_from_sint(types::F64, w)
                    } else {
                        g.b.ins().fcvt_from_sint(types::F64, i)
                    }
                }
                _ => unreachable!("binop called with {op:?}"),
            })
        };
        if Self::known_number(l) && Self::known_number(r) {
            let a = self.num_of_known(l);
            let b = self.num_of_known(r);
            return Ok(Tv::F64(fast(self, a, b)?));
        }
        // Guarded: both numbers inline, otherwise the runtime.
        let lv = self.boxed(l);
        let rv = self.boxed(r);
        let fast_blk = self.b.create_block();
        let slow_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_blk);
        self.b.append_block_param(join, types::I64);
        let both = self.both_numbers(lv, rv);
        self.b.ins().brif(both, fast_blk, &[], slow_blk, &[]);
        self.switch_to(fast_blk);
        let a = self.b.ins().bitcast(types::F64, MemFlagsData::new(), lv);
        let b = self.b.ins().bitcast(types::F64, MemFlagsData::new(), rv);
        let f = fast(self, a, b)?;
        let fb = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.b.ins().jump(join, &[fb.into()]);
        self.switch_to(slow_blk);
        let v = if op == Add {
            self.call_rt_checked(RtFn::Add, &[lv, rv])?
        } else {
            let code = self.b.ins().iconst(types::I64, rt_code(op) as i64);
            self.call_rt_checked(RtFn::Arith, &[code, lv, rv])?
        };
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(join);
        let r = self.b.block_params(join)[0];
        if op == Add || static_ty != Ty::Num {
            // `+`, and operands that may both be BigInts (`kiln_arith`
            // returns a BigInt for those).
            return Ok(Tv::Boxed(r, static_ty));
        }
        // One operand is a plain primitive: a number (or a TypeError).
        Ok(Tv::F64(self.b.ins().bitcast(
            types::F64,
            MemFlagsData::new(),
            r,
        )))
    }

    /// A comparison or equality operator as an `i8` condition.
    pub fn gen_comparison(&mut self, b: &'a BinExpr) -> CResult<Value> {
        use BinaryOp::*;
        let l = self.gen_expr(&b.left)?;
        let r = self.gen_expr(&b.right)?;
        self.set_loc(b.span);
        match b.op {
            EqEqEq => self.strict_eq(l, r),
            NotEqEq => {
                let e = self.strict_eq(l, r)?;
                Ok(self.b.ins().bxor_imm_s(e, 1))
            }
            EqEq => self.loose_eq(l, r),
            NotEq => {
                let e = self.loose_eq(l, r)?;
                Ok(self.b.ins().bxor_imm_s(e, 1))
            }
            op => self.relational(op, l, r),
        }
    }

    fn relational(&mut self, op: BinaryOp, l: Tv, r: Tv) -> CResult<Value> {
        use BinaryOp::*;
        let cc = match op {
            Lt => FloatCC::LessThan,
            LtEq => FloatCC::LessThanOrEqual,
            Gt => FloatCC::GreaterThan,
            _ => FloatCC::GreaterThanOrEqual,
        };
        if Self::known_number(l) && Self::known_number(r) {
            let a = self.num_of_known(l);
            let b = self.num_of_known(r);
            return Ok(self.b.ins().fcmp(cc, a, b));
        }
        let lv = self.boxed(l);
        let rv = self.boxed(r);
        let code = match op {
            Lt => 0,
            Gt => 1,
            LtEq => 2,
            _ => 3,
        };
        let ucc = match op {
            Lt => IntCC::UnsignedLessThan,
            LtEq => IntCC::UnsignedLessThanOrEqual,
            Gt => IntCC::UnsignedGreaterThan,
            _ => IntCC::UnsignedGreaterThanOrEqual,
        };
        self.number_guarded_cond(lv, rv, cc, |g| {
            let join = g.b.create_block();
            g.b.append_block_param(join, types::I8);
            let runtime = g.b.create_block();
            g.b.set_cold_block(runtime);
            g.one_unit_strings_cmp(lv, rv, ucc, join, runtime);
            g.switch_to(runtime);
            let k = g.b.ins().iconst(types::I64, code);
            let res = g.call_rt_checked(RtFn::Compare, &[k, lv, rv])?;
            let c = g.b.ins().icmp_imm_s(IntCC::Equal, res, nb::TRUE as i64);
            g.b.ins().jump(join, &[c.into()]);
            g.switch_to(join);
            Ok(g.b.block_params(join)[0])
        })
    }

    /// `lv < rv` (and the other relational operators, as the unsigned `cc`)
    /// of two one-code-unit strings (`c >= "0"` in a scanner): their units
    /// compared without a call (short strings are never ropes, so the unit
    /// is at the data offset). Jumps to `join` with the `i8` result, or to
    /// `runtime` for anything else.
    fn one_unit_strings_cmp(
        &mut self,
        lv: Value,
        rv: Value,
        cc: IntCC,
        join: Block,
        runtime: Block,
    ) {
        use kiln_runtime::abi::heap as hp;
        let t = MemFlagsData::trusted();
        let lt = self.b.ins().ushr_imm_s(lv, nb::TAG_SHIFT as i64);
        let rt = self.b.ins().ushr_imm_s(rv, nb::TAG_SHIFT as i64);
        let ls = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, lt, nb::TAG_STRING as i64);
        let rs = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, rt, nb::TAG_STRING as i64);
        let both = self.b.ins().band(ls, rs);
        let strs = self.b.create_block();
        self.b.ins().brif(both, strs, &[], runtime, &[]);
        self.switch_to(strs);
        let lp = self.b.ins().band_imm_s(lv, nb::PAYLOAD_MASK as i64);
        let rp = self.b.ins().band_imm_s(rv, nb::PAYLOAD_MASK as i64);
        let llen = self.b.ins().uload32(t, lp, hp::HEADER_AUX_OFFSET);
        let rlen = self.b.ins().uload32(t, rp, hp::HEADER_AUX_OFFSET);
        let l1 = self.b.ins().icmp_imm_s(IntCC::Equal, llen, 1);
        let r1 = self.b.ins().icmp_imm_s(IntCC::Equal, rlen, 1);
        let ones = self.b.ins().band(l1, r1);
        let units = self.b.create_block();
        self.b.ins().brif(ones, units, &[], runtime, &[]);
        self.switch_to(units);
        let lu = self
            .b
            .ins()
            .uload16(types::I64, t, lp, hp::STRING_DATA_OFFSET);
        let ru = self
            .b
            .ins()
            .uload16(types::I64, t, rp, hp::STRING_DATA_OFFSET);
        let c = self.b.ins().icmp(cc, lu, ru);
        self.b.ins().jump(join, &[c.into()]);
    }

    /// The bits of `v` if it is an `iconst` (a boxed constant).
    fn const_bits(&self, v: Value) -> Option<u64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            InstructionData::UnaryImm {
                opcode: Opcode::Iconst,
                imm,
            } => Some(imm.bits() as u64),
            _ => None,
        }
    }

    /// Is `v` a boxed constant that is neither a number nor a string (null,
    /// undefined, a boolean)? Strict equality with it is bit equality.
    fn bitwise_const(&self, v: Value) -> bool {
        self.const_bits(v)
            .is_some_and(|b| b >= nb::TAG_FIRST_NON_NUMBER && b >> nb::TAG_SHIFT != nb::TAG_STRING)
    }

    /// IsStrictlyEqual as an `i8`.
    pub fn strict_eq(&mut self, l: Tv, r: Tv) -> CResult<Value> {
        if Self::known_number(l)
            && Self::known_number(r)
            && !matches!(l.ty(), Ty::Undef)
            && !matches!(r.ty(), Ty::Undef)
        {
            if matches!(l, Tv::Bool(_)) || matches!(r, Tv::Bool(_)) {
                // A boolean is never strictly equal to a number: compare boxes.
                let (a, b) = (self.boxed(l), self.boxed(r));
                return Ok(self.b.ins().icmp(IntCC::Equal, a, b));
            }
            let a = self.num_of_known(l);
            let b = self.num_of_known(r);
            return Ok(self.b.ins().fcmp(FloatCC::Equal, a, b));
        }
        let (lt, rt) = (l.ty(), r.ty());
        let simple = |t: Ty| matches!(t, Ty::Bool | Ty::Undef);
        let lv = self.boxed(l);
        let rv = self.boxed(r);
        if simple(lt) || simple(rt) || self.bitwise_const(lv) || self.bitwise_const(rv) {
            // Booleans and undefined are equal only to the same bits.
            return Ok(self.b.ins().icmp(IntCC::Equal, lv, rv));
        }
        self.number_guarded_cond(lv, rv, FloatCC::Equal, |g| {
            // Not both numbers: only two strings or two BigInts need their
            // contents compared; everything else is equal exactly when the bits are.
            let lt = g.b.ins().ushr_imm_s(lv, nb::TAG_SHIFT as i64);
            let rt = g.b.ins().ushr_imm_s(rv, nb::TAG_SHIFT as i64);
            // Two strings or two BigInts (equal by contents) go to the runtime.
            let same_tag = g.b.ins().icmp(IntCC::Equal, lt, rt);
            let ls =
                g.b.ins()
                    .icmp_imm_s(IntCC::Equal, lt, nb::TAG_STRING as i64);
            let lb =
                g.b.ins()
                    .icmp_imm_s(IntCC::Equal, lt, nb::TAG_BIGINT as i64);
            let by_contents = g.b.ins().bor(ls, lb);
            let both = g.b.ins().band(same_tag, by_contents);
            let same = g.b.ins().icmp(IntCC::Equal, lv, rv);
            let strings = g.b.create_block();
            let join = g.b.create_block();
            g.b.append_block_param(join, types::I8);
            // The same bits: equal (whatever the kind).
            let by_contents = g.b.ins().bxor_imm_s(same, 1);
            let both = g.b.ins().band(both, by_contents);
            g.b.ins().brif(both, strings, &[], join, &[same.into()]);
            g.switch_to(strings);
            let runtime = g.b.create_block();
            g.b.set_cold_block(runtime);
            g.short_strings_eq(lv, rv, ls, join, runtime);
            g.switch_to(runtime);
            let res = g.call_rt(RtFn::StrictEq, &[lv, rv])?;
            let r8 = g.b.ins().ireduce(types::I8, res);
            g.b.ins().jump(join, &[r8.into()]);
            g.switch_to(join);
            Ok(g.b.block_params(join)[0])
        })
    }

    /// Two different string values `lv`, `rv` (when `is_string`, else
    /// BigInts: to `runtime`) compared without a call when their lengths
    /// differ (unequal) or both are at most four code units: the first data
    /// word of each, masked to the length (an aligned 8-byte load at the
    /// data offset never leaves the string's page; strings under 32 units
    /// are never ropes, so the data is there). Jumps to `join` with the
    /// `i8` result, or to `runtime` for longer strings.
    fn short_strings_eq(
        &mut self,
        lv: Value,
        rv: Value,
        is_string: Value,
        join: Block,
        runtime: Block,
    ) {
        use kiln_runtime::abi::heap as hp;
        let t = MemFlagsData::trusted();
        let strs = self.b.create_block();
        self.b.ins().brif(is_string, strs, &[], runtime, &[]);
        self.switch_to(strs);
        let lp = self.b.ins().band_imm_s(lv, nb::PAYLOAD_MASK as i64);
        let rp = self.b.ins().band_imm_s(rv, nb::PAYLOAD_MASK as i64);
        let llen = self.b.ins().uload32(t, lp, hp::HEADER_AUX_OFFSET);
        let rlen = self.b.ins().uload32(t, rp, hp::HEADER_AUX_OFFSET);
        let same_len = self.b.ins().icmp(IntCC::Equal, llen, rlen);
        let zero = self.b.ins().iconst(types::I8, 0);
        let lens = self.b.create_block();
        self.b.ins().brif(same_len, lens, &[], join, &[zero.into()]);
        self.switch_to(lens);
        let short = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, llen, 4);
        let words = self.b.create_block();
        self.b.ins().brif(short, words, &[], runtime, &[]);
        self.switch_to(words);
        let lw = self.b.ins().load(types::I64, t, lp, hp::STRING_DATA_OFFSET);
        let rw = self.b.ins().load(types::I64, t, rp, hp::STRING_DATA_OFFSET);
        let diff = self.b.ins().bxor(lw, rw);
        // The low `16 × len` bits: all ones shifted right by 64 − 16 × len
        // (none for the empty string).
        let bits = self.b.ins().imul_imm_s(llen, 16);
        let sixty_four = self.b.ins().iconst(types::I64, 64);
        let shift = self.b.ins().isub(sixty_four, bits);
        let ones = self.b.ins().iconst(types::I64, -1);
        let mask = self.b.ins().ushr(ones, shift);
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, llen, 0);
        let none = self.b.ins().iconst(types::I64, 0);
        let mask = self.b.ins().select(empty, none, mask);
        let diff = self.b.ins().band(diff, mask);
        let eq = self.b.ins().icmp_imm_s(IntCC::Equal, diff, 0);
        self.b.ins().jump(join, &[eq.into()]);
    }

    /// IsLooselyEqual as an `i8`.
    pub fn loose_eq(&mut self, l: Tv, r: Tv) -> CResult<Value> {
        if Self::known_number(l)
            && Self::known_number(r)
            && l.ty() != Ty::Undef
            && r.ty() != Ty::Undef
        {
            let a = self.num_of_known(l);
            let b = self.num_of_known(r);
            return Ok(self.b.ins().fcmp(FloatCC::Equal, a, b));
        }
        let lv = self.boxed(l);
        let rv = self.boxed(r);
        // `x == null`, `x == undefined`: exactly the two nullish values (no
        // `document.all` here).
        let nullish =
            |g: &Self, v: Value| matches!(g.const_bits(v), Some(nb::NULL | nb::UNDEFINED));
        if nullish(self, rv) {
            return Ok(self.is_nullish(Tv::Boxed(lv, Ty::Any)));
        }
        if nullish(self, lv) {
            return Ok(self.is_nullish(Tv::Boxed(rv, Ty::Any)));
        }
        self.number_guarded_cond(lv, rv, FloatCC::Equal, |g| {
            let res = g.call_rt_checked(RtFn::LooseEq, &[lv, rv])?;
            Ok(g.b.ins().icmp_imm_s(IntCC::Equal, res, nb::TRUE as i64))
        })
    }

    /// `i8` condition: `cc` on the two boxed operands when both are numbers,
    /// otherwise `slow` (a runtime call producing the `i8`).
    fn number_guarded_cond(
        &mut self,
        lv: Value,
        rv: Value,
        cc: FloatCC,
        slow: impl FnOnce(&mut Self) -> CResult<Value>,
    ) -> CResult<Value> {
        let fast_blk = self.b.create_block();
        let slow_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        let both = self.both_numbers(lv, rv);
        self.b.ins().brif(both, fast_blk, &[], slow_blk, &[]);
        self.switch_to(fast_blk);
        let a = self.b.ins().bitcast(types::F64, MemFlagsData::new(), lv);
        let b = self.b.ins().bitcast(types::F64, MemFlagsData::new(), rv);
        let c = self.b.ins().fcmp(cc, a, b);
        self.b.ins().jump(join, &[c.into()]);
        self.switch_to(slow_blk);
        let c = slow(self)?;
        self.b.ins().jump(join, &[c.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }
}

impl<'a> FnGen<'_, 'a> {
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
}
