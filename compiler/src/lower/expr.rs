//! Expressions: one `gen_*` per AST node kind, for a value, for effect, or for a branch.

use crate::analysis::types::{assign_ty, cond_ty};
use crate::analysis::{Rep, Ty};
use crate::codegen::func::{FnGen, FnNode};
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder};
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_common::Spanned;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// Generates `e` for its value.
    pub fn gen_expr(&mut self, e: &'a Expr) -> CResult<Tv> {
        self.set_loc(e.span());
        match e {
            Expr::Lit(l) => self.gen_lit(l),
            Expr::Ident(id) => self.gen_ident(id),
            Expr::Paren(p) => self.gen_expr(&p.expr),
            Expr::Tpl(t) => self.gen_tpl(t),
            Expr::TaggedTpl(t) => self.gen_tagged_tpl(t),
            Expr::Unary(u) => self.gen_unary(u),
            Expr::Update(u) => self.gen_update(u, true),
            Expr::Bin(b) => self.gen_bin(b),
            Expr::Assign(a) => self.gen_assign(a),
            Expr::Cond(c) => self.gen_cond(c),
            Expr::Seq(s) => self.gen_seq(s),
            Expr::Call(c) => Ok(self
                .gen_call(c, false)?
                .expect("non-tail call yields a value")),
            Expr::New(n) => self.gen_new(n),
            Expr::Member(m) => self.gen_member(m),
            Expr::Fn(f) => self.gen_fn_expr(f),
            Expr::Arrow(a) => self.gen_arrow(a),
            Expr::This(t) => self.gen_this(t),
            Expr::Object(o) => self.gen_object(o),
            Expr::Array(a) => self.gen_array(a),
            Expr::MetaProp(m) => self.gen_meta(m),
            Expr::SuperProp(s) => self.gen_super_prop(s),
            Expr::Class(c) => self.gen_class_expr(c),
            Expr::OptChain(o) => self.gen_opt_chain(o),
            Expr::Yield(y) => self.gen_yield(y),
            Expr::Await(a) => self.gen_await(a),
            other => Err(Diagnostic::unsupported(other.span(), "this expression")),
        }
    }

    /// Generates `e` for effect only (its value is discarded).
    pub fn gen_effect(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Lit(_) | Expr::Fn(_) | Expr::Arrow(_) => {
                // Function bodies are still compiled (they may be referenced by name).
                if let Expr::Fn(f) = e {
                    let fid = self.a.func_at(f.function.span);
                    self.queue(fid, FnNode::Function(&f.function));
                }
                if let Expr::Arrow(ar) = e {
                    let fid = self.a.func_at(ar.span);
                    self.queue(fid, FnNode::Arrow(ar));
                }
                Ok(())
            }
            Expr::Paren(p) => self.gen_effect(&p.expr),
            Expr::Update(u) => self.gen_update(u, false).map(|_| ()),
            Expr::Seq(s) => {
                for e in &s.exprs {
                    self.gen_effect(e)?;
                }
                Ok(())
            }
            Expr::Unary(u) if u.op == UnaryOp::Void => self.gen_effect(&u.arg),
            _ => self.gen_expr(e).map(|_| ()),
        }
    }

    /// Generates `e` as a condition: branches to `then` if truthy, else `els`.
    pub fn gen_test(&mut self, e: &'a Expr, then: Block, els: Block) -> CResult<()> {
        self.set_loc(e.span());
        match e {
            Expr::Paren(p) => self.gen_test(&p.expr, then, els),
            Expr::Unary(u) if u.op == UnaryOp::Bang => self.gen_test(&u.arg, els, then),
            Expr::Lit(Lit::Bool(b)) => {
                self.b.ins().jump(if b.value { then } else { els }, &[]);
                self.dead_block();
                Ok(())
            }
            Expr::Bin(b) if b.op == BinaryOp::LogicalAnd => {
                let mid = self.b.create_block();
                self.gen_test(&b.left, mid, els)?;
                self.switch_to(mid);
                self.gen_test(&b.right, then, els)
            }
            Expr::Bin(b) if b.op == BinaryOp::LogicalOr => {
                let mid = self.b.create_block();
                self.gen_test(&b.left, then, mid)?;
                self.switch_to(mid);
                self.gen_test(&b.right, then, els)
            }
            Expr::Bin(b) if super::ops::is_comparison(b.op) => {
                let c = self.gen_comparison(b)?;
                self.b.ins().brif(c, then, &[], els, &[]);
                self.dead_block();
                Ok(())
            }
            _ => {
                let tv = self.gen_expr(e)?;
                let c = self.truthy(tv)?;
                self.b.ins().brif(c, then, &[], els, &[]);
                self.dead_block();
                Ok(())
            }
        }
    }

    pub fn gen_ident(&mut self, id: &Ident) -> CResult<Tv> {
        if let Some(r) = self.a.reference(id.span.lo) {
            return self.read_binding(r.binding, r.tdz_check);
        }
        let a = self.a;
        if let Some(wr) = a.with_ref(id.span.lo) {
            return self.gen_with_read(id, wr);
        }
        self.gen_global_ident(id)
    }

    /// Reads global `id` (not declared, not in a `with` body).
    pub fn gen_global_ident(&mut self, id: &Ident) -> CResult<Tv> {
        match &*id.sym {
            "undefined" => return Ok(self.undefined()),
            "NaN" => return Ok(self.f64_const(f64::NAN)),
            "Infinity" => return Ok(self.f64_const(f64::INFINITY)),
            _ => {}
        }
        // Globals: properties of the global object (builtins), else a ReferenceError.
        let n = self.str_value(&id.sym)?;
        self.set_loc(id.span);
        Ok(Tv::Boxed(
            self.call_rt_checked(RtFn::Global, &[n])?,
            Ty::Any,
        ))
    }

    pub fn gen_seq(&mut self, s: &'a SeqExpr) -> CResult<Tv> {
        let (last, init) = s.exprs.split_last().expect("sequence is non-empty");
        for e in init {
            self.gen_effect(e)?;
        }
        self.gen_expr(last)
    }

    /// `c ? x : y`, joined in the representation of its static type.
    pub fn gen_cond(&mut self, c: &'a CondExpr) -> CResult<Tv> {
        let ty = cond_ty(self.a, c);
        let rep = ty.rep();
        let then = self.b.create_block();
        let els = self.b.create_block();
        let join = self.b.create_block();
        self.b
            .append_block_param(join, crate::codegen::rep_type(rep));
        self.gen_test(&c.test, then, els)?;
        for (blk, e) in [(then, &c.cons), (els, &c.alt)] {
            self.switch_to(blk);
            let tv = self.gen_expr(e)?;
            let v = self.coerce(tv, rep);
            self.b.ins().jump(join, &[v.into()]);
        }
        self.switch_to(join);
        let v = self.b.block_params(join)[0];
        Ok(match rep {
            Rep::F64 => Tv::F64(v),
            Rep::Bool => Tv::Bool(v),
            Rep::Boxed => Tv::Boxed(v, ty),
        })
    }

    pub fn gen_assign(&mut self, asg: &'a AssignExpr) -> CResult<Tv> {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &asg.left {
            return self.gen_member_assign(asg, m);
        }
        if let AssignTarget::Simple(SimpleAssignTarget::SuperProp(s)) = &asg.left {
            return self.gen_super_assign(asg, s);
        }
        if let AssignTarget::Pat(p) = &asg.left {
            let tv = self.gen_expr(&asg.right)?;
            let v = self.boxed(tv);
            let text = crate::syntax::ast::call_text(&asg.right);
            let how = super::patterns::Bind::Assign;
            match p {
                AssignTargetPat::Array(ap) => self.bind_array_pat(ap, v, how, &text)?,
                AssignTargetPat::Object(op) => self.bind_object_pat(op, v, how, &text)?,
                AssignTargetPat::Invalid(i) => {
                    return Err(Diagnostic::new(
                        i.span,
                        "syntax error: invalid destructuring target",
                    ))
                }
            }
            return Ok(tv);
        }
        let AssignTarget::Simple(SimpleAssignTarget::Ident(bi)) = &asg.left else {
            return Err(Diagnostic::unsupported(
                asg.left.span(),
                "this assignment target",
            ));
        };
        let a = self.a;
        if let Some(wr) = a.with_ref(bi.id.span.lo) {
            return self.gen_with_assign(asg, &bi.id, wr);
        }
        let Some(r) = self.a.reference(bi.id.span.lo) else {
            if crate::analysis::types::global_constant_ty(&bi.id.sym).is_some() {
                // `NaN = x`: a read-only global; the value is the right side.
                if let Some(kind) = super::ops::Logical::of_assign(asg.op) {
                    let cur = self.gen_ident(&bi.id)?;
                    let name = bi.id.sym.to_string();
                    return self.short_circuit(kind, cur, Ty::Any, |g| {
                        let v = g.gen_expr(&asg.right)?;
                        g.read_only_global_write(&name)?;
                        Ok(v)
                    });
                }
                let v = match asg.op.to_update() {
                    None => self.gen_expr(&asg.right)?,
                    Some(op) => {
                        let cur = self.gen_ident(&bi.id)?;
                        let rhs = self.gen_expr(&asg.right)?;
                        self.binop(op, cur, rhs)?
                    }
                };
                self.read_only_global_write(&bi.id.sym)?;
                return Ok(v);
            }
            return self.assign_implicit_global(asg, &bi.id);
        };
        match asg.op {
            AssignOp::Assign => {
                let v = self.gen_expr(&asg.right)?;
                self.assign_binding(r, v)?;
                Ok(v)
            }
            AssignOp::AndAssign | AssignOp::OrAssign | AssignOp::NullishAssign => {
                let ty = assign_ty(self.a, asg);
                let kind = super::ops::Logical::of_assign(asg.op).expect("a logical assignment");
                let cur = self.read_binding(r.binding, r.tdz_check)?;
                self.short_circuit(kind, cur, ty, |g| {
                    let v = g.gen_expr(&asg.right)?;
                    g.assign_binding(r, v)?;
                    Ok(v)
                })
            }
            op => {
                let bop = op
                    .to_update()
                    .expect("compound assignment has a binary operator");
                let cur = self.read_binding(r.binding, r.tdz_check)?;
                let rhs = self.gen_num_operand(&asg.right, bop, |_| cur.ty())?;
                let v = self.binop(bop, cur, rhs)?;
                self.assign_binding(r, v)?;
                Ok(v)
            }
        }
    }

    /// `(ToNumeric(cur), ToNumeric(cur) ± 1)` for `++`/`--` (`± 1n` for a BigInt).
    pub fn stepped(&mut self, cur: Tv, op: UpdateOp) -> CResult<(Tv, Tv)> {
        let old = self.to_numeric(cur)?;
        if old.ty() != Ty::Num && !Self::known_number(old) {
            let new = self.step_numeric(old, op == UpdateOp::PlusPlus)?;
            return Ok((old, new));
        }
        let one = self.f64_const(1.0);
        let bop = if op == UpdateOp::PlusPlus {
            BinaryOp::Add
        } else {
            BinaryOp::Sub
        };
        let new = self.binop(bop, old, one)?;
        Ok((old, new))
    }

    /// A write to the read-only globals `undefined`, `NaN`, `Infinity`: ignored
    /// in sloppy code, a TypeError in strict code.
    pub(crate) fn read_only_global_write(&mut self, name: &str) -> CResult<()> {
        if !self.a.funcs[self.fid].strict {
            return Ok(());
        }
        let msg = format!("Cannot assign to read only property '{name}' of object '#<Object>'");
        let m = self.str_value(&msg)?;
        let k = self.b.ins().iconst(
            types::I64,
            kiln_runtime::abi::names::ErrorKind::TypeError as i64,
        );
        let err = self.call_rt_checked(RtFn::NewError, &[k, m])?;
        self.throw_rt(RtFn::Throw, &[err])
    }

    /// `i8`: is `tv` null or undefined?
    pub fn is_nullish(&mut self, tv: Tv) -> cranelift_codegen::ir::Value {
        match tv {
            Tv::F64(_) | Tv::Bool(_) => self.b.ins().iconst(types::I8, 0),
            Tv::Boxed(v, _) => {
                let a = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, v, nb::UNDEFINED as i64);
                let n = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::NULL as i64);
                self.b.ins().bor(a, n)
            }
        }
    }

    /// `++x`, `x--`, ...; `want_old` gives the postfix value.
    pub fn gen_update(&mut self, u: &'a UpdateExpr, want_value: bool) -> CResult<Tv> {
        let arg = crate::syntax::ast::strip_parens(&u.arg);
        if let Expr::Member(m) = arg {
            return self.gen_member_update(u, m, want_value);
        }
        let Expr::Ident(id) = arg else {
            return Err(Diagnostic::unsupported(u.span, "this update target"));
        };
        let a = self.a;
        if let Some(wr) = a.with_ref(id.span.lo) {
            return self.gen_with_update(u, id, wr, want_value);
        }
        let Some(r) = self.a.reference(id.span.lo) else {
            if crate::analysis::types::global_constant_ty(&id.sym).is_some() {
                let cur = self.gen_ident(id)?;
                let (old, new) = self.stepped(cur, u.op)?;
                self.read_only_global_write(&id.sym)?;
                return Ok(if u.prefix || !want_value { new } else { old });
            }
            // A global object property (`globalThis.g = 1; ++g`): read
            // it (a ReferenceError when there is none), then write it back.
            let cur = self.gen_ident(id)?;
            let (old, new) = self.stepped(cur, u.op)?;
            self.set_implicit_global(id, new, u.span)?;
            return Ok(if u.prefix || !want_value { new } else { old });
        };
        let cur = self.read_binding(r.binding, r.tdz_check)?;
        let (old, new) = self.stepped(cur, u.op)?;
        self.assign_binding(r, new)?;
        Ok(if u.prefix || !want_value { new } else { old })
    }
}
