//! The early errors of a module that swc's parser does not report: a
//! top-level function clashing with another declaration, a duplicate export.

use super::{declared_names, export_name, BindingNames};
use crate::diag::{CResult, Diagnostic};
use std::collections::HashSet;
use swc_common::Span;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// The early errors of a module's top level that a script does not have:
/// a function declaration is lexical there, so it clashes with a `var`,
/// another function or a lexical declaration of the same name; and an
/// export name may be exported once.
pub(super) fn early_errors(module: &Module) -> CResult<()> {
    let mut lexical: HashSet<String> = HashSet::new();
    let mut vars = VarNames(vec![]);
    let mut exported: HashSet<String> = HashSet::new();
    let dup = |span: Span, name: &str| {
        Diagnostic::new(
            span,
            format!("SyntaxError: Identifier '{name}' has already been declared"),
        )
    };
    let mut export = |span: Span, name: String| -> CResult<()> {
        if exported.insert(name.clone()) {
            Ok(())
        } else {
            Err(Diagnostic::new(
                span,
                format!("SyntaxError: Duplicate export of '{name}'"),
            ))
        }
    };
    for item in &module.body {
        let decl = match item {
            ModuleItem::Stmt(Stmt::Decl(d)) => Some(d),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(e)) => {
                for name in declared_names(&e.decl) {
                    export(e.span, name)?;
                }
                Some(&e.decl)
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(n)) => {
                for s in &n.specifiers {
                    let (span, name) = match s {
                        ExportSpecifier::Named(s) => {
                            (s.span, export_name(s.exported.as_ref().unwrap_or(&s.orig)))
                        }
                        ExportSpecifier::Namespace(s) => (s.span, export_name(&s.name)),
                        ExportSpecifier::Default(s) => {
                            (s.exported.span, s.exported.sym.to_string())
                        }
                    };
                    export(span, name)?;
                }
                None
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultDecl(d)) => {
                export(d.span, "default".into())?;
                let name = match &d.decl {
                    DefaultDecl::Fn(FnExpr { ident: Some(i), .. })
                    | DefaultDecl::Class(ClassExpr { ident: Some(i), .. }) => Some(i),
                    _ => None,
                };
                if let Some(i) = name.filter(|i| !lexical.insert(i.sym.to_string())) {
                    return Err(dup(i.span, &i.sym));
                }
                None
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(e)) => {
                export(e.span, "default".into())?;
                None
            }
            ModuleItem::ModuleDecl(ModuleDecl::Import(i)) => {
                for s in &i.specifiers {
                    let local = match s {
                        ImportSpecifier::Named(n) => &n.local,
                        ImportSpecifier::Default(d) => &d.local,
                        ImportSpecifier::Namespace(n) => &n.local,
                    };
                    if !lexical.insert(local.sym.to_string()) {
                        return Err(dup(local.span, &local.sym));
                    }
                }
                None
            }
            ModuleItem::Stmt(s) => {
                s.visit_with(&mut vars);
                None
            }
            _ => None,
        };
        match decl {
            Some(Decl::Var(v)) if v.kind == VarDeclKind::Var => v.visit_with(&mut vars),
            Some(d @ (Decl::Fn(_) | Decl::Class(_) | Decl::Var(_))) => {
                use swc_common::Spanned;
                for name in declared_names(d) {
                    if !lexical.insert(name.clone()) {
                        return Err(dup(d.span(), &name));
                    }
                }
            }
            _ => {}
        }
    }
    for (name, span) in vars.0 {
        if lexical.contains(&name) {
            return Err(dup(span, &name));
        }
    }
    Ok(())
}

/// The `var` names a module's top level declares (in nested blocks too,
/// not in functions).
struct VarNames(Vec<(String, Span)>);

impl Visit for VarNames {
    fn visit_var_decl(&mut self, v: &VarDecl) {
        if v.kind == VarDeclKind::Var {
            let mut c = BindingNames(vec![]);
            for d in &v.decls {
                d.name.visit_with(&mut c);
            }
            self.0.extend(c.0.into_iter().map(|n| (n, v.span)));
        }
    }
    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
    fn visit_class(&mut self, _: &Class) {}
    fn visit_expr(&mut self, _: &Expr) {}
}
