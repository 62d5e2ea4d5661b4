//! The resolver's `with` statements: a scope holding the object, and the
//! names looked up past it that become run-time references
//! (`Analysis::with_refs`, lowered by `lower/with.rs`).

use super::scope::{Resolver, Use};
use super::*;
use crate::diag::{CResult, Diagnostic};
use swc_ecma_ast::*;

impl Resolver {
    /// [`Self::lookup`], also giving the run-time layers the lookup
    /// crosses (innermost first): `with` objects, and a `var` only eval
    /// code declares (the lookup goes on past it). A name found past them
    /// may be one of theirs at run time instead.
    pub(super) fn lookup_with(&self, name: &str) -> (Option<BindingId>, Vec<Layer>) {
        let mut layers = vec![];
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let scope = &self.a.scopes[id];
            if scope.kind == ScopeKind::With {
                layers.push(Layer::Object(scope.bindings[0]));
            } else if let Some(&b) = scope.names.get(name) {
                let flag = match self.eval_vars.contains(&b) {
                    true => scope.names.get(&super::eval::declared_flag(name)),
                    false => None,
                };
                match flag {
                    Some(&flag) => layers.push(Layer::EvalVar { var: b, flag }),
                    None => return (Some(b), layers),
                }
            }
            if self.opaque_scopes.contains(&id) {
                break;
            }
            s = scope.parent;
        }
        (None, layers)
    }

    /// Does a reference to `name` here cross a run-time layer (a `with`
    /// object, an eval-declared `var`)?
    pub(super) fn in_with(&self, name: &str) -> bool {
        self.any_with && !self.lookup_with(name).1.is_empty()
    }

    /// Records reference `lo` as crossing the run-time layers `withs`
    /// (`found`: what it denotes otherwise): it uses their bindings, and
    /// the bindings it may denote are never typed.
    pub(super) fn with_reference(
        &mut self,
        lo: BytePos,
        found: Option<BindingId>,
        withs: Vec<Layer>,
    ) {
        for &l in &withs {
            let used = match l {
                Layer::Object(w) => vec![w],
                Layer::EvalVar { var, flag } => {
                    self.a.bindings[var].dynamic = true;
                    self.a.bindings[var].reassigned = true;
                    vec![var, flag]
                }
            };
            for w in used {
                self.uses.push(Use {
                    binding: w,
                    lo,
                    func: self.func,
                    callee: false,
                    synth: false,
                    hidden: true,
                });
            }
        }
        self.with_pending.push((lo, withs));
        self.a.with_funcs.insert(self.func);
        if let Some(b) = found {
            self.a.bindings[b].dynamic = true;
            if self.a.bindings[b].kind == BindingKind::Param {
                // Its function's parameters are not typed either.
                let f = self.a.bindings[b].func;
                self.a.funcs[f].escapes = true;
            }
        }
    }

    /// `with (obj) body`: the body runs in a scope holding the object (a
    /// synthetic binding); every reference in it that the lookup resolves
    /// past that scope becomes a [`WithRef`].
    pub(super) fn with_stmt(&mut self, w: &WithStmt) -> CResult<()> {
        if self.a.funcs[self.func].strict {
            return Err(Diagnostic::new(
                w.span,
                "syntax error: Strict mode code may not include a with statement",
            ));
        }
        if let Stmt::Decl(Decl::Fn(f)) = &*w.body {
            let m = if f.function.is_async {
                "Async functions can only be declared at the top level or inside a block."
            } else {
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
            };
            return Err(Diagnostic::new(
                f.function.span,
                format!("syntax error: {m}"),
            ));
        }
        self.expr(&w.obj)?;
        self.any_with = true;
        let s = self.push_scope(ScopeKind::With, Some(w.span));
        self.declare_synth("%with", s);
        self.nested_stmt(&w.body)?;
        self.pop_scope();
        Ok(())
    }
}
