//! Loops: `while`, `do`/`while`, `for`, `for`/`in` and `for`/`of`, with per-iteration bindings.

use crate::analysis::*;
use crate::codegen::func::{Control, FnGen};
use crate::codegen::value::Tv;
use crate::diag::CResult;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    pub fn gen_while(&mut self, w: &'a WhileStmt, labels: Vec<String>) -> CResult<()> {
        let header = self.b.create_block();
        let body = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.switch_to(header);
        self.gen_test(&w.test, body, exit)?;
        self.switch_to(body);
        self.gen_loop_body(&w.body, labels, exit, header)?;
        self.switch_to(exit);
        Ok(())
    }

    pub fn gen_do_while(&mut self, w: &'a DoWhileStmt, labels: Vec<String>) -> CResult<()> {
        let body = self.b.create_block();
        let test = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(body, &[]);
        self.switch_to(body);
        self.gen_loop_body(&w.body, labels, exit, test)?;
        self.switch_to(test);
        self.gen_test(&w.test, body, exit)?;
        self.switch_to(exit);
        Ok(())
    }

    /// Gives the captured `let` bindings of a `for` head fresh cells holding
    /// their current values (CreatePerIterationEnvironment).
    fn per_iteration_copy(&mut self, scope: Option<usize>) -> CResult<()> {
        let Some(sid) = scope else { return Ok(()) };
        for &bid in &self.a.scopes[sid].bindings.clone() {
            if self.a.bindings[bid].storage == Storage::Cell {
                let cur = self.read_binding(bid, false)?;
                self.init_binding(bid, cur)?;
            }
        }
        Ok(())
    }

    /// `for (k in o)`: iterates a snapshot of the enumerable string keys
    /// (`kiln_for_in_keys`), skipping keys deleted meanwhile.
    pub fn gen_for_in(&mut self, f: &'a ForInStmt, labels: Vec<String>) -> CResult<()> {
        self.gen_for_each(&f.left, &f.right, &f.body, f.span, labels, Each::In)
    }

    /// `for (x of v)`: arrays by index (reading the length each time, as the
    /// array iterator does) and strings by code point.
    pub fn gen_for_of(&mut self, f: &'a ForOfStmt, labels: Vec<String>) -> CResult<()> {
        let how = if f.is_await { Each::Await } else { Each::Of };
        self.gen_for_each(&f.left, &f.right, &f.body, f.span, labels, how)
    }

    fn gen_for_each(
        &mut self,
        left: &'a ForHead,
        right: &'a Expr,
        body: &'a Stmt,
        span: swc_common::Span,
        labels: Vec<String>,
        how: Each,
    ) -> CResult<()> {
        let of = how != Each::In;
        let is_await = how == Each::Await;
        let scope = self.a.scope_at(span, ScopeKind::For);
        if let Some(s) = scope {
            self.enter_scope(s)?;
        }
        let o = self.gen_expr(right)?;
        let o = self.boxed(o);
        self.set_loc(span);
        let src = if of {
            let text = self.raw_source_text(right);
            let t = self.str_value(&text)?;
            let source = if is_await {
                RtFn::ForAwaitSource
            } else {
                RtFn::ForOfSource
            };
            self.call_rt_checked(source, &[o, t])?
        } else {
            self.call_rt_checked(RtFn::ForInKeys, &[o])?
        };
        let sp = self.b.ins().band_imm_s(src, nb::PAYLOAD_MASK as i64);
        let i_var = self.b.declare_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(i_var, zero);
        // for-of walks arrays by index (inline) and anything else through
        // its iterator (`kiln_for_of_next`).
        let is_arr = (of && !is_await).then(|| self.is_array_at(sp));
        let header = self.b.create_block();
        let fetch = self.b.create_block();
        let body_blk = self.b.create_block();
        self.b.append_block_param(body_blk, types::I64);
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.switch_to(header);
        if is_await {
            // `for await`: every step is a runtime call that awaits.
            let v = self.call_rt_checked(RtFn::ForAwaitNext, &[src])?;
            let done = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
            self.b.ins().brif(done, exit, &[], body_blk, &[v.into()]);
            // (The array walk below is then unreachable.)
            self.dead_block();
        } else if let Some(is_arr) = is_arr {
            let arr_hdr = self.b.create_block();
            let iter_hdr = self.b.create_block();
            self.b.ins().brif(is_arr, arr_hdr, &[], iter_hdr, &[]);
            self.switch_to(iter_hdr);
            let v = self.call_rt_checked(RtFn::ForOfNext, &[src])?;
            let done = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
            self.b.ins().brif(done, exit, &[], body_blk, &[v.into()]);
            self.switch_to(arr_hdr);
        }
        let i = self.b.use_var(i_var);
        let len_off = if of {
            kiln_runtime::abi::layout::EL_LENGTH_OFFSET
        } else {
            kiln_runtime::abi::layout::EL_DENSE_LEN_OFFSET
        };
        let els = self.elements_of(sp);
        let len = self.b.ins().uload32(MemFlagsData::trusted(), els, len_off);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.b.ins().brif(more, fetch, &[], exit, &[]);
        self.switch_to(fetch);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(i_var, next);
        let k = if of {
            let idx = self.b.ins().fcvt_from_sint(types::F64, i);
            self.get_elem(src, Tv::F64(idx), span)?
        } else {
            let els = self.elements_of(sp);
            let off = self.b.ins().ishl_imm_s(i, 3);
            let addr = self.b.ins().iadd(els, off);
            let k = self.b.ins().load(
                types::I64,
                MemFlagsData::trusted(),
                addr,
                kiln_runtime::abi::layout::EL_VALUES_OFFSET,
            );
            // Deleted since the snapshot? (Only objects can lose keys.)
            let tag = self.b.ins().ushr_imm_s(o, nb::TAG_SHIFT as i64);
            let is_obj = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, tag, nb::TAG_OBJECT as i64);
            let check = self.b.create_block();
            let keep = self.b.create_block();
            self.b.ins().brif(is_obj, check, &[], keep, &[]);
            self.switch_to(check);
            let present = self.call_rt(RtFn::In, &[k, o])?;
            let yes = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, present, nb::TRUE as i64);
            self.b.ins().brif(yes, keep, &[], header, &[]);
            self.switch_to(keep);
            k
        };
        self.b.ins().jump(body_blk, &[k.into()]);
        self.switch_to(body_blk);
        // From here (binding the value included) an exception or an exit
        // other than the loop's own end or `continue` closes the iterator.
        let outer = self.handler;
        let exc_close = of.then(|| self.b.create_block());
        if let Some(exc) = exc_close {
            self.b.set_cold_block(exc);
            self.controls.push(Control::IterClose {
                src,
                handler: outer,
                is_await,
            });
            self.handler = exc;
        }
        let k = self.b.block_params(body_blk)[0];
        let ty = if of { Ty::Any } else { Ty::Str };
        let kv = Tv::Boxed(k, ty);
        use super::patterns::Bind;
        match left {
            ForHead::VarDecl(v) => {
                let d = &v.decls[0];
                let how = if v.kind == VarDeclKind::Var {
                    Bind::Assign
                } else {
                    Bind::Fresh
                };
                match (&d.name, how) {
                    (Pat::Ident(bi), Bind::Assign) => {
                        let a = self.a;
                        match a.with_ref(bi.id.span.lo) {
                            Some(wr) => self.gen_with_write(&bi.id, wr, kv)?,
                            None => {
                                let r = self.a.reference(bi.id.span.lo).expect("resolved");
                                self.assign_binding(r, kv)?;
                            }
                        }
                    }
                    (Pat::Ident(bi), _) => {
                        let bid = self.a.decls[&bi.id.span.lo];
                        self.init_binding(bid, kv)?;
                    }
                    (p, how) => {
                        let text = crate::syntax::ast::call_text(right);
                        self.bind_pat(p, k, how, &text)?;
                    }
                }
            }
            ForHead::Pat(p) => {
                let text = crate::syntax::ast::call_text(right);
                self.bind_pat(p, k, Bind::Assign, &text)?;
            }
            ForHead::UsingDecl(u) => {
                return Err(crate::diag::Diagnostic::unsupported(u.span, "`using`"))
            }
        }
        if let Some(exc) = exc_close {
            // Leaving a for-of by `break` closes its iterator (`return()`);
            // so does an exception, which then propagates.
            let close = self.b.create_block();
            let r = self.gen_loop_body(body, labels, close, header);
            self.controls.pop();
            self.handler = outer;
            r?;
            self.switch_to(close);
            let (close_fn, close_throw) = if is_await {
                (RtFn::ForAwaitClose, RtFn::ForAwaitCloseThrow)
            } else {
                (RtFn::IteratorClose, RtFn::IteratorCloseThrow)
            };
            self.call_rt_checked(close_fn, &[src])?;
            self.b.ins().jump(exit, &[]);
            self.switch_to(exc);
            self.throw_rt(close_throw, &[src])?;
        } else {
            self.gen_loop_body(body, labels, exit, header)?;
        }
        self.switch_to(exit);
        Ok(())
    }

    pub fn gen_for(&mut self, f: &'a ForStmt, labels: Vec<String>) -> CResult<()> {
        let scope = self.a.scope_at(f.span, ScopeKind::For);
        if let Some(sid) = scope {
            self.enter_scope(sid)?;
        }
        match &f.init {
            Some(VarDeclOrExpr::VarDecl(v)) => self.gen_var_decl(v)?,
            Some(VarDeclOrExpr::Expr(e)) => self.gen_effect(e)?,
            None => {}
        }
        self.per_iteration_copy(scope)?;
        let header = self.b.create_block();
        let body = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.switch_to(header);
        match &f.test {
            Some(t) => self.gen_test(t, body, exit)?,
            None => {
                self.b.ins().jump(body, &[]);
            }
        }
        self.switch_to(body);
        self.gen_loop_body(&f.body, labels, exit, cont)?;
        self.switch_to(cont);
        self.per_iteration_copy(scope)?;
        if let Some(u) = &f.update {
            self.gen_effect(u)?;
        }
        self.b.ins().jump(header, &[]);
        self.switch_to(exit);
        Ok(())
    }
}

/// What a for-in/for-of loop walks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Each {
    /// `for (k in o)`: the enumerable keys.
    In,
    /// `for (x of o)`: the iteration protocol.
    Of,
    /// `for await (x of o)`: the async iteration protocol.
    Await,
}
