//! Statements and declarations: one `gen_*` per statement kind.

use crate::analysis::{BindingKind, ScopeKind};
use crate::codegen::func::Control;
use crate::codegen::func::{FnGen, FnNode};
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use cranelift_codegen::ir::InstBuilder;
use swc_common::Spanned;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// Generates `stmts`, letting the region tier take runs of them.
    pub fn gen_stmts(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        let mut i = 0;
        while i < stmts.len() {
            if let Some(n) = self.try_lower_region(&stmts[i..])? {
                i += n;
                continue;
            }
            self.gen_stmt(&stmts[i])?;
            i += 1;
        }
        Ok(())
    }

    pub fn gen_block(&mut self, b: &'a BlockStmt) -> CResult<()> {
        if let Some(scope) = self.a.scope_at(b.span, ScopeKind::Block) {
            self.enter_scope(scope)?;
        }
        self.gen_stmts(&b.stmts)
    }

    pub fn gen_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.span());
        match s {
            Stmt::Block(b) => self.gen_block(b),
            Stmt::Empty(_) | Stmt::Debugger(_) => Ok(()),
            Stmt::Expr(e) => self.gen_effect(&e.expr),
            Stmt::Decl(Decl::Var(v)) => self.gen_var_decl(v),
            Stmt::Decl(Decl::Class(c)) => self.gen_class_decl(c),
            Stmt::Decl(Decl::Fn(f)) => {
                // Instantiated at scope entry; the body is generated separately.
                let fid = self.a.func_at(f.function.span);
                self.queue(fid, FnNode::Function(&f.function));
                // Annex B.3.3: evaluating the declaration copies the block's
                // function into the function-scoped var of the same name.
                let bid = self.a.decls[&f.ident.span.lo];
                if let Some(&vb) = self.a.annex_b.get(&bid) {
                    let v = self.read_binding(bid, false)?;
                    self.store_binding(vb, v)?;
                }
                Ok(())
            }
            Stmt::Return(r) => self.gen_return(r.arg.as_deref(), r.span),
            Stmt::If(i) => self.gen_if(i),
            Stmt::While(w) => self.gen_while(w, vec![]),
            Stmt::DoWhile(w) => self.gen_do_while(w, vec![]),
            Stmt::For(f) => self.gen_for(f, vec![]),
            Stmt::ForIn(f) => self.gen_for_in(f, vec![]),
            Stmt::ForOf(f) => self.gen_for_of(f, vec![]),
            Stmt::Labeled(l) => self.gen_labeled(l),
            Stmt::With(w) => self.gen_with(w),
            Stmt::Break(b) => self.gen_jump(b.label.as_ref(), false, b.span),
            Stmt::Continue(c) => self.gen_jump(c.label.as_ref(), true, c.span),
            Stmt::Switch(sw) => self.gen_switch(sw),
            Stmt::Throw(t) => self.gen_throw(t),
            Stmt::Try(t) => self.gen_try(t),
            other => Err(Diagnostic::unsupported(other.span(), "this statement")),
        }
    }

    pub fn gen_var_decl(&mut self, v: &'a VarDecl) -> CResult<()> {
        for d in &v.decls {
            let Pat::Ident(bi) = &d.name else {
                let init = d
                    .init
                    .as_deref()
                    .expect("the resolver requires an initialiser");
                let tv = self.gen_expr(init)?;
                let val = self.boxed(tv);
                let text = crate::syntax::ast::call_text(init);
                self.bind_pat(&d.name, val, super::patterns::Bind::Init, &text)?;
                continue;
            };
            let a = self.a;
            if let (Some(wr), Some(init)) = (a.with_ref(bi.id.span.lo), &d.init) {
                // `var x = v` in a with body assigns through the object.
                let tv = self.gen_expr(init)?;
                self.set_loc(d.span);
                self.gen_with_write(&bi.id, wr, tv)?;
                continue;
            }
            let bid = self.a.decls[&bi.id.span.lo];
            match &d.init {
                Some(init) => {
                    let b = &self.a.bindings[bid];
                    if b.kind == BindingKind::Const && !b.reassigned && makes_object(init) {
                        self.mg.object_consts.insert(bid);
                    }
                    let tv = self.gen_expr(init)?;
                    self.set_loc(d.span);
                    self.store_binding(bid, tv)?;
                }
                None if v.kind != VarDeclKind::Var => {
                    let u = self.undefined();
                    self.store_binding(bid, u)?;
                }
                None => {}
            }
        }
        Ok(())
    }

    pub fn gen_if(&mut self, i: &'a IfStmt) -> CResult<()> {
        let then = self.b.create_block();
        let els = self.b.create_block();
        let after = if i.alt.is_some() {
            self.b.create_block()
        } else {
            els
        };
        self.gen_test(&i.test, then, els)?;
        self.switch_to(then);
        self.gen_stmt(&i.cons)?;
        if !self.is_filled() {
            self.b.ins().jump(after, &[]);
        }
        if let Some(alt) = &i.alt {
            self.switch_to(els);
            self.gen_stmt(alt)?;
            if !self.is_filled() {
                self.b.ins().jump(after, &[]);
            }
        }
        self.switch_to(after);
        Ok(())
    }

    pub(crate) fn gen_loop_body(
        &mut self,
        body: &'a Stmt,
        labels: Vec<String>,
        brk: cranelift_codegen::ir::Block,
        cont: cranelift_codegen::ir::Block,
    ) -> CResult<()> {
        self.controls.push(Control::Loop { labels, brk, cont });
        let r = self.gen_stmt(body);
        self.controls.pop();
        r?;
        if !self.is_filled() {
            self.b.ins().jump(cont, &[]);
        }
        Ok(())
    }

    pub fn gen_labeled(&mut self, l: &'a LabeledStmt) -> CResult<()> {
        let mut labels = vec![l.label.sym.to_string()];
        let mut body: &'a Stmt = &l.body;
        while let Stmt::Labeled(inner) = body {
            labels.push(inner.label.sym.to_string());
            body = &inner.body;
        }
        match body {
            Stmt::While(w) => self.gen_while(w, labels),
            Stmt::DoWhile(w) => self.gen_do_while(w, labels),
            Stmt::For(f) => self.gen_for(f, labels),
            Stmt::ForIn(f) => self.gen_for_in(f, labels),
            Stmt::ForOf(f) => self.gen_for_of(f, labels),
            other => {
                let brk = self.b.create_block();
                self.controls.push(Control::Label { labels, brk });
                let r = self.gen_stmt(other);
                self.controls.pop();
                r?;
                if !self.is_filled() {
                    self.b.ins().jump(brk, &[]);
                }
                self.switch_to(brk);
                Ok(())
            }
        }
    }

    pub fn gen_switch(&mut self, sw: &'a SwitchStmt) -> CResult<()> {
        let d = self.gen_expr(&sw.discriminant)?;
        let d = {
            let v = self.boxed(d);
            Tv::Boxed(v, d.ty())
        };
        if let Some(scope) = self.a.scope_at(sw.span, ScopeKind::Switch) {
            self.enter_scope(scope)?;
        }
        let exit = self.b.create_block();
        let bodies: Vec<_> = sw.cases.iter().map(|_| self.b.create_block()).collect();
        // Tests in order; default only after every test failed.
        for (i, c) in sw.cases.iter().enumerate() {
            if let Some(t) = &c.test {
                let tv = self.gen_expr(t)?;
                let eq = self.strict_eq(d, tv)?;
                let next = self.b.create_block();
                self.b.ins().brif(eq, bodies[i], &[], next, &[]);
                self.switch_to(next);
            }
        }
        let default = sw.cases.iter().position(|c| c.test.is_none());
        self.b.ins().jump(default.map_or(exit, |i| bodies[i]), &[]);
        self.controls.push(Control::Switch { brk: exit });
        for (i, c) in sw.cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            let r = self.gen_stmts(&c.cons);
            if r.is_err() {
                self.controls.pop();
                return r;
            }
            if !self.is_filled() {
                let next = bodies.get(i + 1).copied().unwrap_or(exit);
                self.b.ins().jump(next, &[]);
            }
        }
        self.controls.pop();
        self.switch_to(exit);
        Ok(())
    }
}

/// Does evaluating `e` always yield an object (or throw)?
fn makes_object(e: &Expr) -> bool {
    matches!(
        crate::syntax::ast::strip_parens(e),
        Expr::New(_)
            | Expr::Object(_)
            | Expr::Array(_)
            | Expr::Fn(_)
            | Expr::Arrow(_)
            | Expr::Class(_)
    )
}
