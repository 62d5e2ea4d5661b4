//! The rewriting of one module's code as the ES linker places it in the
//! script: top-level names to their final names, imported names to what
//! they import, top-level `this` to `undefined`, `import.meta` to the
//! module's record, and `import('spec')` (in ES and CommonJS modules) to a
//! promise of the namespace of the module it names.

use crate::diag::{CResult, Diagnostic};
use std::collections::HashMap;
use swc_common::{BytePos, Span, SyntaxContext};
use swc_ecma_ast::*;
use swc_ecma_visit::{VisitMut, VisitMutWith};

/// What an `import('spec')` becomes.
#[derive(Clone)]
pub(super) enum Dyn {
    /// An ES module evaluated with the entry: a promise of its namespace.
    Eager(String),
    /// An ES module of lazy component `c` (see [`Linker::link`]).
    Lazy(usize, String),
    /// A CommonJS module, JSON file or built-in, by CommonJS id.
    Cjs(usize),
    /// A module that cannot be loaded or linked: the error the promise
    /// rejects with (its class, `code` or "", message, and `url` or "").
    Fail {
        class: String,
        code: String,
        message: String,
        url: String,
    },
}

/// What the `import(...)` calls of one file become.
#[derive(Default)]
pub(super) struct Imports {
    /// By constant specifier ([`spec_key`]).
    pub(super) by_spec: HashMap<String, Dyn>,
    /// For a computed specifier: what each key it may have at run time
    /// loads (see `modules::dynamic::specifier_key`).
    pub(super) computed: Vec<(String, Dyn)>,
    /// The script-level variable holding [`Imports::table`].
    pub(super) table_var: String,
    /// The file's directory and path (for keys and Node's messages).
    pub(super) dir: String,
    pub(super) from: String,
}

impl Imports {
    /// The declaration of the table a computed `import()` looks its key up
    /// in: `var <table_var> = { key: function () { return <load>; }, … };`
    /// (script code of its own, so its functions have positions of their own).
    pub(super) fn table(&self, js_string: impl Fn(&str) -> String) -> String {
        let entries: Vec<String> = self
            .computed
            .iter()
            .map(|(key, d)| {
                let load = match d {
                    Dyn::Eager(ns) => {
                        format!("__kiln_dynamic_import(function () {{ return {ns}; }})")
                    }
                    Dyn::Lazy(c, ns) => {
                        format!("__kiln_lazy_import({c}, function () {{ return {ns}; }})")
                    }
                    Dyn::Cjs(id) => format!("__kiln_cjs_import({id})"),
                    Dyn::Fail {
                        class,
                        code,
                        message,
                        url,
                    } => format!(
                        "__kiln_import_failed({}, {}, {}, {})",
                        js_string(class),
                        js_string(code),
                        js_string(message),
                        js_string(url)
                    ),
                };
                format!("{}: function () {{ return {load}; }}", js_string(key))
            })
            .collect();
        format!("var {} = {{ {} }};\n", self.table_var, entries.join(", "))
    }
}

/// How a reference to a top-level name is rewritten.
#[derive(Clone)]
pub(super) enum Subst {
    Name(String),
    Member(String, String),
}

/// Rewrites one module's statements: top-level names to their final names,
/// imports to what they import, top-level `this` to `undefined`,
/// `import.meta` to the module's record.
pub(super) struct Link<'a> {
    pub(super) top: SyntaxContext,
    /// Top-level name → (rewriting, is an import).
    pub(super) map: &'a HashMap<String, (Subst, bool)>,
    pub(super) meta: String,
    /// What each `import(...)` becomes.
    pub(super) dynamic: Imports,
    /// Non-arrow functions and classes entered (`this` is theirs inside).
    pub(super) this_depth: usize,
    /// Functions entered (an `await` outside them is top-level).
    pub(super) fn_depth: usize,
    pub(super) error: Option<Diagnostic>,
}

impl Link<'_> {
    fn lookup(&self, i: &Ident) -> Option<&(Subst, bool)> {
        if i.ctxt != self.top {
            return None;
        }
        self.map.get(i.sym.as_str())
    }

    fn fail(&mut self, span: Span, msg: String) {
        if self.error.is_none() {
            self.error = Some(Diagnostic::new(span, msg));
        }
    }

    /// Rewrites `e`, an import of a CommonJS export in callee position, to
    /// `(0, exports.name)`; false if it is not one.
    fn unbound_member(&self, e: &mut Box<Expr>) -> bool {
        let Expr::Ident(i) = &**e else { return false };
        let Some((s @ Subst::Member(..), _)) = self.lookup(i) else {
            return false;
        };
        let span = i.span;
        let zero = Expr::Lit(Lit::Num(Number {
            span,
            value: 0.0,
            raw: None,
        }));
        **e = Expr::Seq(SeqExpr {
            span,
            exprs: vec![Box::new(zero), Box::new(Self::expr_for(s, span))],
        });
        true
    }

    pub(super) fn expr_for(s: &Subst, span: Span) -> Expr {
        match s {
            Subst::Name(n) => Expr::Ident(Ident::new_no_ctxt(n.as_str().into(), span)),
            Subst::Member(o, p) => Expr::Member(MemberExpr {
                span,
                obj: Box::new(Expr::Ident(Ident::new_no_ctxt(o.as_str().into(), span))),
                prop: MemberProp::Computed(ComputedPropName {
                    span,
                    expr: Box::new(Expr::Lit(Lit::Str(Str {
                        span,
                        value: p.as_str().into(),
                        raw: None,
                    }))),
                }),
            }),
        }
    }
}

impl VisitMut for Link<'_> {
    fn visit_mut_expr(&mut self, e: &mut Expr) {
        match e {
            Expr::Ident(i) => {
                if let Some((s, _)) = self.lookup(i) {
                    *e = Self::expr_for(&s.clone(), i.span);
                }
                return;
            }
            Expr::This(t) if self.this_depth == 0 => {
                let span = t.span;
                *e = Expr::Unary(UnaryExpr {
                    span,
                    op: UnaryOp::Void,
                    arg: Box::new(Expr::Lit(Lit::Num(Number {
                        span,
                        value: 0.0,
                        raw: None,
                    }))),
                });
                return;
            }
            Expr::MetaProp(m) if m.kind == MetaPropKind::ImportMeta => {
                *e = Expr::Ident(Ident::new_no_ctxt(self.meta.as_str().into(), m.span));
                return;
            }
            Expr::Call(c) if matches!(c.callee, Callee::Import(_)) => {
                // `import('spec')`: a promise of the (bundled) module's namespace.
                c.args.visit_mut_with(self);
                match import_call(c, &self.dynamic) {
                    Ok(new) => *e = new,
                    Err(d) => {
                        if self.error.is_none() {
                            self.error = Some(d);
                        }
                    }
                }
                return;
            }
            Expr::Update(u) => {
                if let Expr::Ident(i) = &*u.arg {
                    if let Some((_, true)) = self.lookup(i) {
                        let span = i.span;
                        self.fail(span, const_import(&i.sym));
                        return;
                    }
                }
            }
            _ => {}
        }
        e.visit_mut_children_with(self);
    }

    // A named import of a CommonJS module called as `f()` is called with
    // `this` undefined, as `(0, exports.f)()`, not as a method.
    fn visit_mut_callee(&mut self, c: &mut Callee) {
        if let Callee::Expr(e) = c {
            if self.unbound_member(e) {
                return;
            }
        }
        c.visit_mut_children_with(self);
    }

    fn visit_mut_tagged_tpl(&mut self, t: &mut TaggedTpl) {
        if !self.unbound_member(&mut t.tag) {
            t.tag.visit_mut_with(self);
        }
        t.tpl.visit_mut_with(self);
    }

    fn visit_mut_prop(&mut self, p: &mut Prop) {
        if let Prop::Shorthand(i) = p {
            if let Some((s, _)) = self.lookup(i) {
                let key = PropName::Ident(IdentName::new(i.sym.clone(), i.span));
                let value = Box::new(Self::expr_for(&s.clone(), i.span));
                *p = Prop::KeyValue(KeyValueProp { key, value });
                return;
            }
        }
        p.visit_mut_children_with(self);
    }

    // Identifiers outside expressions: declarations and assignment targets.
    fn visit_mut_ident(&mut self, i: &mut Ident) {
        match self.lookup(i).cloned() {
            Some((_, true)) => {
                let span = i.span;
                self.fail(span, const_import(&i.sym));
            }
            Some((Subst::Name(n), false)) => i.sym = n.as_str().into(),
            _ => {}
        }
    }

    fn visit_mut_object_pat_prop(&mut self, p: &mut ObjectPatProp) {
        // `{ a }` in a pattern names both a property and a binding.
        if let ObjectPatProp::Assign(a) = p {
            if let Some((Subst::Name(n), false)) = self.lookup(&a.key.id).cloned() {
                if *n != *a.key.id.sym {
                    let span = a.key.id.span;
                    let key = PropName::Ident(IdentName::new(a.key.id.sym.clone(), span));
                    let mut id = a.key.clone();
                    id.id.sym = n.as_str().into();
                    let mut value = Pat::Ident(id);
                    if let Some(right) = a.value.take() {
                        value = Pat::Assign(AssignPat {
                            span,
                            left: Box::new(value),
                            right,
                        });
                    }
                    *p = ObjectPatProp::KeyValue(KeyValuePatProp {
                        key,
                        value: Box::new(value),
                    });
                }
            }
        }
        p.visit_mut_children_with(self);
    }

    fn visit_mut_getter_prop(&mut self, g: &mut GetterProp) {
        self.this_depth += 1;
        self.fn_depth += 1;
        g.visit_mut_children_with(self);
        self.this_depth -= 1;
        self.fn_depth -= 1;
    }

    fn visit_mut_setter_prop(&mut self, g: &mut SetterProp) {
        self.this_depth += 1;
        self.fn_depth += 1;
        g.visit_mut_children_with(self);
        self.this_depth -= 1;
        self.fn_depth -= 1;
    }

    fn visit_mut_function(&mut self, f: &mut Function) {
        self.this_depth += 1;
        self.fn_depth += 1;
        f.visit_mut_children_with(self);
        self.this_depth -= 1;
        self.fn_depth -= 1;
    }

    fn visit_mut_arrow_expr(&mut self, a: &mut ArrowExpr) {
        self.fn_depth += 1;
        a.visit_mut_children_with(self);
        self.fn_depth -= 1;
    }

    fn visit_mut_class(&mut self, c: &mut Class) {
        // `extends` is evaluated outside the class's own `this`.
        if let Some(sup) = &mut c.super_class {
            sup.visit_mut_with(self);
        }
        self.this_depth += 1;
        self.fn_depth += 1;
        c.body.visit_mut_with(self);
        c.decorators.visit_mut_with(self);
        self.this_depth -= 1;
        self.fn_depth -= 1;
    }
}

/// Marks a JSON import's key in [`Imports::by_spec`].
pub(super) const JSON_KEY: &str = "\u{0}json";

/// The key of `import(spec)` in [`Imports::by_spec`]: a JSON import (with
/// `{ with: { type: 'json' } }`) loads what the same specifier without it
/// does not.
pub(super) fn spec_key(spec: &str, json: bool) -> String {
    if json {
        format!("{spec}{JSON_KEY}")
    } else {
        spec.to_string()
    }
}

/// What the call `import(...)` (`c`, its arguments already rewritten)
/// becomes, given what its file's calls load: a call of the prelude's
/// `__kiln_dynamic_import`, `__kiln_lazy_import`, `__kiln_cjs_import` or
/// `__kiln_import_failed` for a constant specifier, of
/// `__kiln_import_computed` for a computed one.
pub(super) fn import_call(c: &mut CallExpr, imports: &Imports) -> CResult<Expr> {
    use swc_common::Spanned;
    let span = match &c.callee {
        Callee::Import(i) => i.span,
        _ => c.span,
    };
    // Distinct positions: the analysis keys references by position.
    let arg_span = c.args.first().map_or(span, |a| a.expr.span());
    let spec = crate::modules::dynamic::dynamic_specifier(c).map(|s| spec_key(&s.0, s.2));
    let (callee, args) = match spec {
        Some(spec) => {
            let Some(d) = imports.by_spec.get(&spec) else {
                return Err(Diagnostic::new(
                    span,
                    "internal: `import()` of a module kiln did not bundle".to_string(),
                ));
            };
            load(d, span, arg_span)
        }
        None => {
            // `import(expr)`: the argument (evaluated first), then the
            // table of what each key the compiler saw loads. The table's
            // name stands inside the `import` keyword: a position no other
            // reference has.
            let arg = c.args.remove(0).expr;
            let table_span = Span::new(span.lo + BytePos(1), span.lo + BytePos(2));
            (
                "__kiln_import_computed",
                vec![
                    *arg,
                    ident(&imports.table_var, table_span),
                    string(&imports.dir, arg_span),
                    string(&imports.from, arg_span),
                ],
            )
        }
    };
    Ok(call(callee, args, c.span, span))
}

/// The prelude function and arguments that load what `d` names.
fn load(d: &Dyn, span: Span, arg_span: Span) -> (&'static str, Vec<Expr>) {
    let num = |v: usize| {
        Expr::Lit(Lit::Num(Number {
            span: arg_span,
            value: v as f64,
            raw: None,
        }))
    };
    let get = |ns: &str| arrow(ident(ns, arg_span), span);
    match d {
        Dyn::Eager(ns) => ("__kiln_dynamic_import", vec![get(ns)]),
        Dyn::Lazy(comp, ns) => ("__kiln_lazy_import", vec![num(*comp), get(ns)]),
        Dyn::Cjs(id) => ("__kiln_cjs_import", vec![num(*id)]),
        Dyn::Fail {
            class,
            code,
            message,
            url,
        } => (
            "__kiln_import_failed",
            [class, code, message, url]
                .iter()
                .map(|s| string(s, arg_span))
                .collect(),
        ),
    }
}

fn ident(name: &str, span: Span) -> Expr {
    Expr::Ident(Ident::new_no_ctxt(name.into(), span))
}

fn string(s: &str, span: Span) -> Expr {
    Expr::Lit(Lit::Str(Str {
        span,
        value: s.into(),
        raw: None,
    }))
}

/// `() => body`.
fn arrow(body: Expr, span: Span) -> Expr {
    Expr::Arrow(ArrowExpr {
        span,
        ctxt: SyntaxContext::empty(),
        params: vec![],
        body: Box::new(ArrowFunctionBody::Expr(Box::new(body))),
        is_async: false,
        is_generator: false,
        type_params: None,
        return_type: None,
    })
}

/// `callee(args...)`.
fn call(callee: &str, args: Vec<Expr>, span: Span, callee_span: Span) -> Expr {
    Expr::Call(CallExpr {
        span,
        ctxt: SyntaxContext::empty(),
        callee: Callee::Expr(Box::new(ident(callee, callee_span))),
        args: args
            .into_iter()
            .map(|e| ExprOrSpread {
                spread: None,
                expr: Box::new(e),
            })
            .collect(),
        type_args: None,
    })
}

/// Rewrites the `import()` calls of a CommonJS module.
pub(super) struct CjsImports<'a> {
    pub(super) map: &'a Imports,
    pub(super) error: Option<Diagnostic>,
}

impl VisitMut for CjsImports<'_> {
    fn visit_mut_expr(&mut self, e: &mut Expr) {
        if let Expr::Call(c) = e {
            if matches!(c.callee, Callee::Import(_)) {
                c.args.visit_mut_with(self);
                match import_call(c, self.map) {
                    Ok(new) => *e = new,
                    Err(d) => {
                        if self.error.is_none() {
                            self.error = Some(d);
                        }
                    }
                }
                return;
            }
        }
        e.visit_mut_children_with(self);
    }
}

fn const_import(name: &str) -> String {
    format!("TypeError: Assignment to constant variable: `{name}` is an import binding (kiln rejects the assignment at compile time; Node throws when it runs)")
}
