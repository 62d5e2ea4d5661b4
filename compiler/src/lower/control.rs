//! Control flow: jump targets for break/continue, `finally` on every exit path, returns and tail calls.

use crate::codegen::func::Control;
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use crate::syntax::ast::strip_parens;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder};
use kiln_runtime::abi::RtFn;
use swc_common::Span;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// Emits what leaving the construct at control index `i` runs (a
    /// `finally` body, or IteratorClose), inline, as the code outside it
    /// sees the world.
    fn emit_exit(&mut self, i: usize) -> CResult<()> {
        let saved = self.controls.split_off(i);
        let (Control::Finally { handler, .. } | Control::IterClose { handler, .. }) = saved[0]
        else {
            unreachable!("emit_exit on a construct that runs nothing")
        };
        let saved_handler = std::mem::replace(&mut self.handler, handler);
        let r = match saved[0] {
            Control::Finally { body, .. } => self.gen_block(body),
            Control::IterClose { src, is_await, .. } => {
                let close = if is_await {
                    RtFn::ForAwaitClose
                } else {
                    RtFn::IteratorClose
                };
                self.call_rt_checked(close, &[src]).map(|_| ())
            }
            _ => unreachable!("checked above"),
        };
        self.handler = saved_handler;
        self.controls.extend(saved);
        r
    }

    /// `break [label]` / `continue [label]`.
    pub fn gen_jump(
        &mut self,
        label: Option<&Ident>,
        is_continue: bool,
        span: Span,
    ) -> CResult<()> {
        let name = label.map(|l| l.sym.to_string());
        let mut i = self.controls.len();
        let target = loop {
            if i == 0 {
                let what = if is_continue { "continue" } else { "break" };
                return Err(Diagnostic::new(
                    span,
                    format!("syntax error: Illegal {what} statement"),
                ));
            }
            i -= 1;
            let hit = match (&self.controls[i], &name, is_continue) {
                (Control::Loop { cont, .. }, None, true) => Some(*cont),
                (Control::Loop { brk, .. } | Control::Switch { brk }, None, false) => Some(*brk),
                (Control::Loop { labels, cont, .. }, Some(n), true) if labels.contains(n) => {
                    Some(*cont)
                }
                (
                    Control::Loop { labels, brk, .. } | Control::Label { labels, brk },
                    Some(n),
                    false,
                ) if labels.contains(n) => Some(*brk),
                (Control::Label { labels, .. }, Some(n), true) if labels.contains(n) => {
                    return Err(Diagnostic::new(
                        span,
                        format!("syntax error: Illegal continue statement: '{n}' does not denote an iteration statement"),
                    ));
                }
                _ => None,
            };
            if let Some(t) = hit {
                break t;
            }
        };
        // Run the finally blocks between here and the target, innermost first.
        let mut j = self.controls.len();
        while j > i + 1 {
            j -= 1;
            if self.controls[j].runs_on_exit() {
                self.emit_exit(j)?;
                if self.is_filled() {
                    return Ok(());
                }
            }
        }
        self.b.ins().jump(target, &[]);
        self.dead_block();
        Ok(())
    }

    /// Returns `tv` from the function, running enclosing finally blocks first.
    pub fn gen_return_value(&mut self, tv: Tv) -> CResult<()> {
        let tv = self.ctor_result(tv)?;
        let v = self.coerce(tv, self.ret_rep);
        let var = self.b.declare_var(crate::codegen::rep_type(self.ret_rep));
        self.b.def_var(var, v);
        let mut j = self.controls.len();
        while j > 0 {
            j -= 1;
            if self.controls[j].runs_on_exit() {
                self.emit_exit(j)?;
                if self.is_filled() {
                    return Ok(());
                }
            }
        }
        let v = self.b.use_var(var);
        match self.inline_exit {
            // An inlined body returns to the code after the call.
            Some(exit) => self.b.ins().jump(exit, &[v.into()]),
            None => self.b.ins().return_(&[v]),
        };
        self.dead_block();
        Ok(())
    }

    /// `return e;` (or an arrow's expression body): calls in tail position
    /// become proper tail calls.
    pub fn gen_return(&mut self, e: Option<&'a Expr>, _span: Span) -> CResult<()> {
        match e {
            None => {
                let u = self.undefined();
                self.gen_return_value(u)
            }
            Some(e) if self.tail_allowed() => self.gen_tail(e),
            Some(e) => {
                let tv = self.gen_expr(e)?;
                let fi = &self.a.funcs[self.fid];
                if fi.is_async && fi.is_generator {
                    // `return v` in an async generator awaits `v`.
                    let v = self.boxed(tv);
                    let r = self.call_rt_checked(kiln_runtime::abi::RtFn::Await, &[v])?;
                    return self.gen_return_value(Tv::Boxed(r, crate::analysis::Ty::Any));
                }
                self.gen_return_value(tv)
            }
        }
    }

    /// Returns the value of `e`, which is in tail position.
    fn gen_tail(&mut self, e: &'a Expr) -> CResult<()> {
        match strip_parens(e) {
            Expr::Call(c) => match self.gen_call(c, true)? {
                None => Ok(()),
                Some(tv) => self.gen_return_value(tv),
            },
            Expr::Cond(c) => {
                let then = self.b.create_block();
                let els = self.b.create_block();
                self.gen_test(&c.test, then, els)?;
                self.switch_to(then);
                self.gen_tail(&c.cons)?;
                self.switch_to(els);
                self.gen_tail(&c.alt)
            }
            Expr::Seq(s) => {
                let (last, init) = s.exprs.split_last().expect("sequence is non-empty");
                for e in init {
                    self.gen_effect(e)?;
                }
                self.gen_tail(last)
            }
            Expr::Bin(b)
                if matches!(
                    b.op,
                    BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing
                ) =>
            {
                let l = self.gen_expr(&b.left)?;
                let rhs = self.b.create_block();
                let ret_left = self.b.create_block();
                let kind = super::ops::Logical::of_bin(b.op).expect("a logical operator");
                let go = self.goes_right(kind, l)?;
                self.b.ins().brif(go, rhs, &[], ret_left, &[]);
                self.switch_to(ret_left);
                // The function's result type covers `l` (joined in inference).
                self.gen_return_value(l)?;
                self.switch_to(rhs);
                self.gen_tail(&b.right)
            }
            other => {
                let tv = self.gen_expr(other)?;
                self.gen_return_value(tv)
            }
        }
    }

    /// `try { } catch (e) { } finally { }`.
    pub fn gen_try(&mut self, t: &'a TryStmt) -> CResult<()> {
        let after = self.b.create_block();
        let outer = self.handler;
        let fin = t.finalizer.as_ref();
        let fin_exc = fin.map(|_| {
            let b = self.b.create_block();
            self.b.set_cold_block(b);
            b
        });
        let catch_blk = t.handler.as_ref().map(|_| self.b.create_block());
        // try block
        self.handler = catch_blk.or(fin_exc).expect("try has catch or finally");
        if let Some(body) = fin {
            self.controls.push(Control::Finally {
                body,
                handler: outer,
            });
        }
        self.gen_block(&t.block)?;
        if fin.is_some() {
            self.controls.pop();
        }
        self.handler = outer;
        self.leave_try(fin, after)?;
        // catch block
        if let (Some(cb), Some(h)) = (catch_blk, &t.handler) {
            self.switch_to(cb);
            let exc = self.call_rt(kiln_runtime::abi::RtFn::TakeException, &[])?;
            self.handler = fin_exc.unwrap_or(outer);
            if self.a.funcs[self.fid].is_generator {
                // A generator's `return()` completion passes catch clauses by.
                let is_ret = self.b.ins().icmp_imm_s(
                    IntCC::Equal,
                    exc,
                    kiln_runtime::abi::value::GEN_RETURN as i64,
                );
                let rethrow = self.b.create_block();
                let cont = self.b.create_block();
                self.b.set_cold_block(rethrow);
                self.b.ins().brif(is_ret, rethrow, &[], cont, &[]);
                self.switch_to(rethrow);
                self.throw_rt(kiln_runtime::abi::RtFn::Throw, &[exc])?;
                self.switch_to(cont);
            }
            if let Some(body) = fin {
                self.controls.push(Control::Finally {
                    body,
                    handler: outer,
                });
            }
            if let Some(scope) = self.a.scope_at(h.span, crate::analysis::ScopeKind::Catch) {
                self.enter_scope(scope)?;
            }
            match &h.param {
                Some(Pat::Ident(bi)) => {
                    let bid = self.a.decls[&bi.id.span.lo];
                    self.init_binding(bid, Tv::Boxed(exc, crate::analysis::Ty::Any))?;
                }
                Some(p) => self.bind_pat(p, exc, super::patterns::Bind::Init, "error")?,
                None => {}
            }
            self.gen_block(&h.body)?;
            if fin.is_some() {
                self.controls.pop();
            }
            self.handler = outer;
            self.leave_try(fin, after)?;
        }
        // exception path through finally
        if let (Some(fe), Some(body)) = (fin_exc, fin) {
            self.switch_to(fe);
            let exc = self.call_rt(kiln_runtime::abi::RtFn::TakeException, &[])?;
            let var = self.b.declare_var(types::I64);
            self.b.def_var(var, exc);
            self.gen_block(body)?;
            if !self.is_filled() {
                let v = self.b.use_var(var);
                self.throw_rt(kiln_runtime::abi::RtFn::Rethrow, &[v])?;
            }
        }
        self.switch_to(after);
        Ok(())
    }

    /// Normal completion of a try or catch block: run finally, continue after.
    fn leave_try(&mut self, fin: Option<&'a BlockStmt>, after: Block) -> CResult<()> {
        if self.is_filled() {
            return Ok(());
        }
        if let Some(body) = fin {
            self.gen_block(body)?;
        }
        if !self.is_filled() {
            self.b.ins().jump(after, &[]);
        }
        Ok(())
    }
}

impl<'a> FnGen<'_, 'a> {
    pub fn gen_throw(&mut self, t: &'a ThrowStmt) -> CResult<()> {
        let tv = self.gen_expr(&t.arg)?;
        let v = self.boxed(tv);
        self.set_loc(t.span);
        self.throw_rt(RtFn::Throw, &[v])
    }
}
