//! Destructuring patterns: the identifiers they bind, and the expressions
//! inside them (default values, computed keys, assignment targets).

use super::scope::Resolver;
use super::*;
use crate::diag::{CResult, Diagnostic};
use crate::syntax::ast::strip_parens;
use swc_common::Spanned;
use swc_ecma_ast::*;

/// The identifiers a binding pattern binds, in source order.
pub fn pat_idents<'p>(pat: &'p Pat, out: &mut Vec<&'p Ident>) {
    match pat {
        Pat::Ident(bi) => out.push(&bi.id),
        Pat::Array(a) => {
            for e in a.elems.iter().flatten() {
                pat_idents(e, out);
            }
        }
        Pat::Rest(r) => pat_idents(&r.arg, out),
        Pat::Object(o) => {
            for p in &o.props {
                match p {
                    ObjectPatProp::KeyValue(kv) => pat_idents(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push(&a.key.id),
                    ObjectPatProp::Rest(r) => pat_idents(&r.arg, out),
                }
            }
        }
        Pat::Assign(a) => pat_idents(&a.left, out),
        Pat::Expr(_) | Pat::Invalid(_) => {}
    }
}

impl Resolver {
    /// Declares every identifier `pat` binds as `kind` in `scope`.
    pub(super) fn declare_pat(
        &mut self,
        pat: &Pat,
        kind: BindingKind,
        scope: ScopeId,
    ) -> CResult<Vec<BindingId>> {
        if let Pat::Invalid(i) = pat {
            return Err(Diagnostic::new(
                i.span,
                "syntax error: invalid destructuring target",
            ));
        }
        let mut ids = vec![];
        pat_idents(pat, &mut ids);
        let mut out = vec![];
        for id in ids {
            let b = self.declare(id, kind, scope)?;
            self.a.bindings[b].destructured = true;
            out.push(b);
        }
        Ok(out)
    }

    /// Resolves the expressions inside `pat`: default values and computed
    /// keys; with `assign`, its targets too (identifiers written, member
    /// expressions evaluated).
    pub(super) fn pat_exprs(&mut self, pat: &Pat, assign: bool) -> CResult<()> {
        match pat {
            Pat::Ident(bi) => {
                if assign {
                    self.check_strict_target(&bi.id)?;
                    self.reference(&bi.id, false, true);
                }
                Ok(())
            }
            Pat::Array(a) => {
                for e in a.elems.iter().flatten() {
                    self.pat_exprs(e, assign)?;
                }
                Ok(())
            }
            Pat::Rest(r) => self.pat_exprs(&r.arg, assign),
            Pat::Object(o) => {
                for p in &o.props {
                    match p {
                        ObjectPatProp::KeyValue(kv) => {
                            if let PropName::Computed(c) = &kv.key {
                                self.expr(&c.expr)?;
                            }
                            self.pat_exprs(&kv.value, assign)?;
                        }
                        ObjectPatProp::Assign(a) => {
                            if assign {
                                self.check_strict_target(&a.key.id)?;
                                self.reference(&a.key.id, false, true);
                            }
                            if let Some(v) = &a.value {
                                self.named_value(v, &a.key.id.sym)?;
                            }
                        }
                        ObjectPatProp::Rest(r) => self.pat_exprs(&r.arg, assign)?,
                    }
                }
                Ok(())
            }
            Pat::Assign(a) => {
                self.pat_exprs(&a.left, assign)?;
                match &*a.left {
                    Pat::Ident(bi) => self.named_value(&a.right, &bi.id.sym),
                    _ => self.expr(&a.right),
                }
            }
            Pat::Expr(e) => {
                if !assign {
                    return Err(Diagnostic::new(
                        e.span(),
                        "syntax error: invalid destructuring target",
                    ));
                }
                if let Expr::Member(m) = strip_parens(e) {
                    self.global_member(m, true);
                }
                self.expr(e)
            }
            Pat::Invalid(i) => Err(Diagnostic::new(
                i.span,
                "syntax error: invalid destructuring target",
            )),
        }
    }
}
