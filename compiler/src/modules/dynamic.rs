//! The `import()` calls of a file: their constant specifiers, and for a
//! computed one the specifiers the compiler can see it may name.
//!
//! kiln bundles every module at compile time, so `import(x)` with `x`
//! known only when it runs can load only a module the compiler chose to
//! bundle. It bundles what the file shows: the values the specifier
//! expression folds to (string literals, `+` and templates of them,
//! `?:`, and variables initialised or assigned with such values anywhere
//! in the file: an over-approximation is harmless), for `'./dir/x' + name +
//! '.js'` the files of `dir` that match, and every string
//! literal of the file that looks like a module specifier (a relative or
//! absolute `.js`/`.mjs`/`.cjs`/`.json` path, or a Node built-in's name). At run
//! time any other specifier rejects the promise as Node rejects a module
//! it cannot find (see `esm.rs`, `__kiln_import_computed`).

use crate::diag::Diagnostic;
use crate::syntax::ast::strip_parens;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use swc_common::Span;
use swc_ecma_ast::{
    AssignExpr, AssignOp, AssignTarget, BinaryOp, CallExpr, Callee, Expr, Lit, NewExpr, Pat,
    SimpleAssignTarget, Str, VarDeclarator,
};
use swc_ecma_visit::{Visit, VisitWith};

/// One `import(...)` call.
#[derive(Clone)]
pub(crate) enum Call {
    /// `import('spec')` (or a template with no substitutions): the
    /// specifier, its span, and whether the options ask for JSON.
    Const(String, Span, bool),
    /// `import(expr)`: the span of `import`.
    Computed(Span),
}

/// An `import(...)` call, or the early error of a malformed one.
pub(crate) type DynamicImport = Result<Call, Diagnostic>;

/// A file's `import(...)` calls and, when one is computed, the specifiers
/// it may name.
#[derive(Default)]
pub(crate) struct DynamicImports {
    pub(crate) calls: Vec<DynamicImport>,
    /// The computed specifier expressions.
    args: Vec<Expr>,
}

/// A specifier a computed `import()` may name: the string, and whether it
/// is a value the specifier expression folds to (else a literal of the
/// file that looks like a specifier).
pub(crate) type Candidate = (String, bool);

impl DynamicImports {
    /// The `import(...)` calls of `node`.
    pub(crate) fn scan<N: VisitWith<Self>>(node: &N) -> Self {
        let mut d = DynamicImports::default();
        node.visit_with(&mut d);
        d
    }

    /// Whether some call's specifier is computed.
    pub(crate) fn has_computed(&self) -> bool {
        self.calls
            .iter()
            .any(|c| matches!(c, Ok(Call::Computed(_))))
    }

    /// The specifiers the computed calls of `node` (the file scanned) may
    /// name; empty when no call is computed.
    pub(crate) fn candidates<N: VisitWith<Values>>(&self, node: &N, dir: &Path) -> Vec<Candidate> {
        if !self.has_computed() {
            return vec![];
        }
        let mut v = Values::default();
        node.visit_with(&mut v);
        let mut out: BTreeSet<Candidate> = BTreeSet::new();
        for a in &self.args {
            match v.fold(a, 0) {
                Some(values) => out.extend(values.into_iter().map(|s| (s, true))),
                None => out.extend(v.pattern_files(a, dir).into_iter().map(|s| (s, true))),
            }
        }
        for s in v.literals {
            if looks_like_specifier(&s) && !out.contains(&(s.clone(), true)) {
                out.insert((s, false));
            }
        }
        out.into_iter().collect()
    }
}

impl Visit for DynamicImports {
    fn visit_call_expr(&mut self, c: &CallExpr) {
        if let Some(d) = classify_import(c) {
            if let Ok(Call::Computed(_)) = &d {
                if let Some(a) = c.args.first() {
                    self.args.push((*a.expr).clone());
                }
            }
            self.calls.push(d);
        }
        c.visit_children_with(self);
    }
    fn visit_new_expr(&mut self, n: &NewExpr) {
        if let Some(d) = new_import(n) {
            self.calls.push(d);
        }
        n.visit_children_with(self);
    }
}

/// A string literal that may name a module: a relative or absolute path
/// of a JavaScript or JSON file, or a `node:` built-in.
fn looks_like_specifier(s: &str) -> bool {
    let path = s.starts_with("./") || s.starts_with("../") || s.starts_with('/');
    let ext = [".js", ".mjs", ".cjs", ".json"]
        .iter()
        .any(|e| s.ends_with(e));
    let top = s.split('/').next().unwrap_or(s);
    (path && ext)
        || (s.starts_with("node:") && s.len() > 5)
        || super::resolve::BUILTINS.contains(&top)
}

/// The string values of a file: its literals and what each variable is
/// initialised or assigned with.
#[derive(Default)]
pub(crate) struct Values {
    literals: BTreeSet<String>,
    inits: HashMap<String, Vec<Expr>>,
}

/// At most this many values per folded expression.
const MAX_VALUES: usize = 64;

impl Values {
    /// For `'./dir/pre' + x + 'suf'` (the value's start and end known):
    /// the files of `dir` that match, as specifiers (what bundlers call a
    /// context module).
    fn pattern_files(&self, e: &Expr, dir: &Path) -> Vec<String> {
        let mut parts = vec![];
        flatten_add(e, &mut parts);
        let known = |e: &Expr| {
            self.fold(e, 0)
                .filter(|v| v.len() == 1)
                .map(|mut v| v.remove(0))
        };
        let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
            return vec![];
        };
        let (Some(prefix), suffix) = (known(first), known(last).unwrap_or_default()) else {
            return vec![];
        };
        if parts.len() < 2 || !(prefix.starts_with("./") || prefix.starts_with("../")) {
            return vec![];
        }
        let Some((sub, start)) = prefix.rsplit_once('/') else {
            return vec![];
        };
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            return vec![];
        };
        let mut out: Vec<String> = entries
            .flatten()
            .filter(|f| f.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|f| f.file_name().into_string().ok())
            .filter(|n| {
                n.starts_with(start)
                    && n.ends_with(&suffix)
                    && n.len() >= start.len() + suffix.len()
            })
            .filter(|n| {
                [".js", ".mjs", ".cjs", ".json"]
                    .iter()
                    .any(|x| n.ends_with(x))
            })
            .map(|n| format!("{sub}/{n}"))
            .collect();
        out.sort();
        out.truncate(MAX_VALUES);
        out
    }

    /// The string values `e` may have, if the file shows them all.
    fn fold(&self, e: &Expr, depth: usize) -> Option<Vec<String>> {
        if depth > 8 {
            return None;
        }
        let product = |a: Vec<String>, b: Vec<String>| -> Option<Vec<String>> {
            if a.len() * b.len() > MAX_VALUES {
                return None;
            }
            Some(
                a.iter()
                    .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
                    .collect(),
            )
        };
        match strip_parens(e) {
            Expr::Lit(Lit::Str(s)) => Some(vec![str_value(s)?]),
            Expr::Tpl(t) => {
                let mut acc = vec![String::new()];
                for (i, q) in t.quasis.iter().enumerate() {
                    let cooked = q.cooked.as_ref()?.as_str()?.to_string();
                    acc = product(acc, vec![cooked])?;
                    if let Some(x) = t.exprs.get(i) {
                        acc = product(acc, self.fold(x, depth + 1)?)?;
                    }
                }
                Some(acc)
            }
            Expr::Bin(b) if b.op == BinaryOp::Add => product(
                self.fold(&b.left, depth + 1)?,
                self.fold(&b.right, depth + 1)?,
            ),
            Expr::Cond(c) => {
                let mut a = self.fold(&c.cons, depth + 1)?;
                a.extend(self.fold(&c.alt, depth + 1)?);
                (a.len() <= MAX_VALUES).then_some(a)
            }
            Expr::Seq(s) => self.fold(s.exprs.last()?, depth + 1),
            Expr::Assign(AssignExpr {
                op: AssignOp::Assign,
                right,
                ..
            }) => self.fold(right, depth + 1),
            Expr::Assign(AssignExpr {
                op: AssignOp::AddAssign,
                left: AssignTarget::Simple(SimpleAssignTarget::Ident(b)),
                right,
                ..
            }) => product(
                self.fold(&Expr::Ident(b.id.clone()), depth + 1)?,
                self.fold(right, depth + 1)?,
            ),
            Expr::Ident(i) => {
                let mut out = vec![];
                for init in self.inits.get(i.sym.as_str())? {
                    out.extend(self.fold(init, depth + 1)?);
                    if out.len() > MAX_VALUES {
                        return None;
                    }
                }
                Some(out)
            }
            _ => None,
        }
    }
}

/// The operands of a chain of `+`, left to right.
fn flatten_add<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match strip_parens(e) {
        Expr::Bin(b) if b.op == BinaryOp::Add => {
            flatten_add(&b.left, out);
            flatten_add(&b.right, out);
        }
        e => out.push(e),
    }
}

fn str_value(s: &Str) -> Option<String> {
    s.value.as_str().map(str::to_string)
}

impl Visit for Values {
    fn visit_tpl(&mut self, t: &swc_ecma_ast::Tpl) {
        if let ([q], []) = (&t.quasis[..], &t.exprs[..]) {
            if let Some(c) = q.cooked.as_ref().and_then(|c| c.as_str()) {
                self.literals.insert(c.to_string());
            }
        }
        t.visit_children_with(self);
    }
    fn visit_str(&mut self, s: &Str) {
        if let Some(v) = str_value(s) {
            self.literals.insert(v);
        }
    }
    fn visit_var_declarator(&mut self, d: &VarDeclarator) {
        if let (Pat::Ident(b), Some(init)) = (&d.name, &d.init) {
            self.inits
                .entry(b.id.sym.to_string())
                .or_default()
                .push((**init).clone());
        }
        d.visit_children_with(self);
    }
    fn visit_assign_expr(&mut self, a: &AssignExpr) {
        if a.op == AssignOp::Assign {
            if let AssignTarget::Simple(SimpleAssignTarget::Ident(b)) = &a.left {
                self.inits
                    .entry(b.id.sym.to_string())
                    .or_default()
                    .push((*a.right).clone());
            }
        }
        a.visit_children_with(self);
    }
}

/// What the call `c` is if it is `import(...)`.
pub(crate) fn classify_import(c: &CallExpr) -> Option<DynamicImport> {
    let Callee::Import(i) = &c.callee else {
        return None;
    };
    if c.args.is_empty() || c.args.len() > 2 || c.args.iter().any(|a| a.spread.is_some()) {
        return Some(Err(Diagnostic::new(
            i.span,
            "syntax error: `import()` takes a specifier and an optional options object, without spread".to_string(),
        )));
    }
    Some(Ok(match dynamic_specifier(c) {
        Some((spec, span, json)) => Call::Const(spec, span, json),
        None => Call::Computed(i.span),
    }))
}

/// The early error of `new import(...)` (an import call is not a constructor
/// expression), if `n` is one.
pub(crate) fn new_import(n: &NewExpr) -> Option<DynamicImport> {
    let mut callee = &*n.callee;
    loop {
        match callee {
            Expr::Member(m) => callee = &m.obj,
            Expr::Call(c) if matches!(c.callee, Callee::Import(_)) => {
                return Some(Err(Diagnostic::new(
                    n.span,
                    "syntax error: `new import(...)`: an import call cannot be the operand of `new`"
                        .to_string(),
                )))
            }
            _ => return None,
        }
    }
}

/// The constant specifier of `import(spec, options)`, its span and whether
/// the options ask for JSON.
pub(crate) fn dynamic_specifier(c: &CallExpr) -> Option<(String, Span, bool)> {
    let (spec, span) = match c.args.first().map(|a| &*a.expr) {
        Some(Expr::Lit(Lit::Str(s))) => (s.value.as_str()?.to_string(), s.span),
        Some(Expr::Tpl(t)) if t.exprs.is_empty() && t.quasis.len() == 1 => {
            (t.quasis[0].cooked.as_ref()?.as_str()?.to_string(), t.span)
        }
        _ => return None,
    };
    let json = c.args.get(1).is_some_and(|o| match &*o.expr {
        Expr::Object(o) => o.props.iter().any(|p| {
            let swc_ecma_ast::PropOrSpread::Prop(p) = p else {
                return false;
            };
            let swc_ecma_ast::Prop::KeyValue(kv) = &**p else {
                return false;
            };
            let with = match &kv.key {
                swc_ecma_ast::PropName::Ident(i) => &*i.sym == "with",
                swc_ecma_ast::PropName::Str(s) => s.value.as_str() == Some("with"),
                _ => false,
            };
            with && matches!(&*kv.value, Expr::Object(w) if super::esm::is_json_attribute(w))
        }),
        _ => false,
    });
    Some((spec, span, json))
}

/// The key a specifier is looked up by at run time: a relative or
/// absolute one as the absolute path it names (`.` and `..` resolved
/// lexically, as a URL's are), a bare one as itself. The prelude's
/// `__kiln_specifier_key` computes the same.
pub(crate) fn specifier_key(spec: &str, dir: &str) -> String {
    let relative = spec.starts_with("./") || spec.starts_with("../");
    if !relative && !spec.starts_with('/') {
        return spec.to_string();
    }
    let joined = if relative {
        format!("{dir}/{spec}")
    } else {
        spec.to_string()
    };
    let mut parts: Vec<&str> = vec![];
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_resolve_dots_lexically() {
        assert_eq!(specifier_key("./a.js", "/x/y"), "/x/y/a.js");
        assert_eq!(specifier_key("../a.js", "/x/y"), "/x/a.js");
        assert_eq!(specifier_key("./b/../a.js", "/x"), "/x/a.js");
        assert_eq!(specifier_key("/p//q/./r.js", "/x"), "/p/q/r.js");
        assert_eq!(specifier_key("fs", "/x"), "fs");
        assert_eq!(specifier_key("../../../..", "/x"), "/");
    }

    #[test]
    fn specifier_like_literals() {
        assert!(looks_like_specifier("./a.js"));
        assert!(looks_like_specifier("../b/c.json"));
        assert!(looks_like_specifier("node:fs"));
        assert!(!looks_like_specifier("./notes.txt"));
        assert!(!looks_like_specifier("hello"));
        assert!(!looks_like_specifier("node:"));
        assert!(looks_like_specifier("fs"));
        assert!(looks_like_specifier("fs/promises"));
    }
}
