//! The resolver's declarations before a body runs: `var` hoisting (also
//! out of nested blocks and Annex B functions), lexical declarations of a
//! scope, and the early errors between them.

use super::scope::{var_idents, Resolver};
use super::*;
use crate::diag::{CResult, Diagnostic};
use swc_ecma_ast::*;

impl Resolver {
    /// Early error: a `var` in `stmts` (hoisted past the current scope)
    /// named like a lexical declaration of the current scope.
    pub(super) fn no_var_over_lexical<'s>(
        &self,
        stmts: impl Iterator<Item = &'s Stmt>,
    ) -> CResult<()> {
        let mut ids = Vec::new();
        for s in stmts {
            var_idents(s, &mut ids);
        }
        for id in ids {
            self.no_redeclaration(self.scope, id)?;
        }
        Ok(())
    }

    /// Early error if `scope` already binds `id`'s name lexically (or as a
    /// catch parameter).
    pub(super) fn no_redeclaration(&self, scope: ScopeId, id: &Ident) -> CResult<()> {
        let clash = self.a.scopes[scope].names.get(&*id.sym).is_some_and(|&b| {
            let k = self.a.bindings[b].kind;
            k.is_lexical() || k == BindingKind::CatchParam
        });
        if clash {
            return Err(Diagnostic::new(
                id.span,
                format!(
                    "syntax error: Identifier '{}' has already been declared",
                    id.sym
                ),
            ));
        }
        Ok(())
    }

    pub(super) fn hoist_vars(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.hoist_vars_stmt(s)?;
        }
        Ok(())
    }

    /// Hoists the `var`s of statements nested in blocks, and (in sloppy code)
    /// the Annex B `var` bindings of block-level function declarations.
    pub(super) fn hoist_nested(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            if let Stmt::Decl(Decl::Fn(f)) = s {
                if !self.a.funcs[self.func].strict {
                    let fs = self.function_scope();
                    let lexical = self.a.scopes[fs]
                        .names
                        .get(&*f.ident.sym)
                        .is_some_and(|&b| self.a.bindings[b].kind.is_lexical());
                    if !lexical {
                        let b = self.declare(&f.ident, BindingKind::Var, fs)?;
                        self.a.bindings[b].reassigned = true;
                    }
                }
            }
            self.hoist_vars_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn hoist_var_decl(&mut self, v: &VarDecl) -> CResult<()> {
        if v.kind != VarDeclKind::Var {
            return Ok(());
        }
        for d in &v.decls {
            match &d.name {
                Pat::Ident(bi) => {
                    let fs = self.function_scope();
                    self.declare(&bi.id, BindingKind::Var, fs)?;
                }
                other => {
                    let fs = self.function_scope();
                    for b in self.declare_pat(other, BindingKind::Var, fs)? {
                        self.a.bindings[b].reassigned = true;
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn hoist_vars_stmt(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::Decl(Decl::Var(v)) => self.hoist_var_decl(v),
            Stmt::Block(b) => self.hoist_nested(&b.stmts),
            Stmt::If(i) => {
                self.hoist_vars_stmt(&i.cons)?;
                if let Some(alt) = &i.alt {
                    self.hoist_vars_stmt(alt)?;
                }
                Ok(())
            }
            Stmt::While(w) => self.hoist_vars_stmt(&w.body),
            Stmt::DoWhile(w) => self.hoist_vars_stmt(&w.body),
            Stmt::For(f) => {
                if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                    self.hoist_var_decl(v)?;
                }
                self.hoist_vars_stmt(&f.body)
            }
            Stmt::ForIn(f) => {
                if let ForHead::VarDecl(v) = &f.left {
                    if v.kind == VarDeclKind::Var {
                        self.hoist_var_decl(v)?;
                    }
                }
                self.hoist_vars_stmt(&f.body)
            }
            Stmt::ForOf(f) => {
                if let ForHead::VarDecl(v) = &f.left {
                    if v.kind == VarDeclKind::Var {
                        self.hoist_var_decl(v)?;
                    }
                }
                self.hoist_vars_stmt(&f.body)
            }
            Stmt::Labeled(l) => self.hoist_vars_stmt(&l.body),
            Stmt::With(w) => self.hoist_vars_stmt(&w.body),
            Stmt::Switch(sw) => {
                for c in &sw.cases {
                    self.hoist_nested(&c.cons)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.hoist_nested(&t.block.stmts)?;
                if let Some(h) = &t.handler {
                    self.hoist_nested(&h.body.stmts)?;
                }
                if let Some(f) = &t.finalizer {
                    self.hoist_nested(&f.stmts)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Declares the `let`/`const` and function declarations of a statement list
    /// in the current scope.
    pub(super) fn declare_lexical(&mut self, stmts: &[Stmt]) -> CResult<()> {
        let scope = self.scope;
        for s in stmts {
            // `l: function f() {}` declares `f` like a plain declaration.
            let mut s = s;
            while let Stmt::Labeled(l) = s {
                s = &l.body;
            }
            match s {
                Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                    let kind = if v.kind == VarDeclKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    for d in &v.decls {
                        match &d.name {
                            Pat::Ident(bi) => {
                                let b = self.declare(&bi.id, kind, scope)?;
                                self.a.bindings[b].init_end = d.span.hi;
                            }
                            other => {
                                for b in self.declare_pat(other, kind, scope)? {
                                    self.a.bindings[b].init_end = d.span.hi;
                                }
                            }
                        }
                    }
                }
                Stmt::Decl(Decl::Fn(f)) => {
                    let b = self.declare(&f.ident, BindingKind::Function, scope)?;
                    let fid =
                        self.new_func(FuncKind::Decl, f.ident.sym.to_string(), &f.function.span);
                    self.a.scopes[scope].fn_decls.retain(|&(ob, _)| ob != b);
                    self.a.scopes[scope].fn_decls.push((b, fid));
                    self.a.bindings[b].known_fn = Some(fid);
                    if self.a.scopes[scope].kind != ScopeKind::Function
                        && !self.a.funcs[self.func].strict
                    {
                        let fs = self.function_scope();
                        if let Some(&vb) = self.a.scopes[fs].names.get(&*f.ident.sym) {
                            if self.a.bindings[vb].kind == BindingKind::Var && vb != b {
                                self.a.annex_b.insert(b, vb);
                                self.a.funcs[fid].escapes = true;
                            }
                        }
                    }
                }
                Stmt::Decl(Decl::Class(c)) => {
                    let b = self.declare(&c.ident, BindingKind::Let, scope)?;
                    self.a.bindings[b].init_end = c.class.span.hi;
                }
                _ => {}
            }
        }
        Ok(())
    }
}
