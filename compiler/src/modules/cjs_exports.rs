//! The named exports Node finds in a CommonJS module without running it.
//!
//! When an ES module imports a CommonJS module (statically or with
//! `import()`), Node's namespace object has `default` (`module.exports`)
//! plus the names its lexer (`cjs-module-lexer`) detects in the source:
//! `exports.x = …`, `exports['x'] = …`, `module.exports.x = …`,
//! `Object.defineProperty(exports, 'x', …)`, and the simple keys of an
//! object literal assigned to `module.exports` (`{ a, b: c, 'd': e }`, up to
//! the first entry that is not an identifier or a string key with an
//! identifier value). The lexer is textual and sees assignments anywhere,
//! even in dead code; this walk of the parsed module does the same. The
//! namespace reads each name from `module.exports` (an assignment that
//! never ran gives `undefined`, as in Node).
//!
//! There is no crate for this (the lexer is JavaScript/WebAssembly), and
//! the AST the compiler already has makes the walk short.

use std::collections::BTreeSet;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// The names Node's lexer would detect in `body`, sorted, without `default`.
pub(crate) fn detect(body: &Script) -> Vec<String> {
    let mut d = Detect(BTreeSet::new());
    body.visit_with(&mut d);
    d.0.remove("default");
    d.0.into_iter().collect()
}

struct Detect(BTreeSet<String>);

/// `exports` or `module.exports`.
fn is_exports(e: &Expr) -> bool {
    match e {
        Expr::Ident(i) => &*i.sym == "exports",
        Expr::Member(m) => {
            matches!(&*m.obj, Expr::Ident(o) if &*o.sym == "module")
                && matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "exports")
        }
        Expr::Paren(p) => is_exports(&p.expr),
        _ => false,
    }
}

/// `module.exports` exactly, as an assignment target.
fn is_module_exports(m: &MemberExpr) -> bool {
    matches!(&*m.obj, Expr::Ident(o) if &*o.sym == "module")
        && matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "exports")
}

fn str_value(e: &Expr) -> Option<String> {
    match e {
        Expr::Lit(Lit::Str(s)) => s.value.as_str().map(str::to_string),
        _ => None,
    }
}

impl Detect {
    fn object_literal(&mut self, o: &ObjectLit) {
        for p in &o.props {
            let PropOrSpread::Prop(p) = p else { return };
            match &**p {
                Prop::Shorthand(i) => {
                    self.0.insert(i.sym.to_string());
                }
                Prop::KeyValue(kv) if matches!(&*kv.value, Expr::Ident(_)) => match &kv.key {
                    PropName::Ident(i) => {
                        self.0.insert(i.sym.to_string());
                    }
                    PropName::Str(s) => match s.value.as_str() {
                        Some(v) => {
                            self.0.insert(v.to_string());
                        }
                        None => return,
                    },
                    _ => return,
                },
                _ => return,
            }
        }
    }
}

impl Visit for Detect {
    fn visit_assign_expr(&mut self, a: &AssignExpr) {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &a.left {
            if is_exports(&m.obj) {
                match &m.prop {
                    MemberProp::Ident(p) => {
                        self.0.insert(p.sym.to_string());
                    }
                    MemberProp::Computed(c) => {
                        if let Some(v) = str_value(&c.expr) {
                            self.0.insert(v);
                        }
                    }
                    MemberProp::PrivateName(_) => {}
                }
            } else if is_module_exports(m) {
                if let Expr::Object(o) = &*a.right {
                    self.object_literal(o);
                }
            }
        }
        a.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, c: &CallExpr) {
        // Object.defineProperty(exports, 'name', { ... })
        if let Callee::Expr(callee) = &c.callee {
            if let Expr::Member(m) = &**callee {
                let define = matches!(&*m.obj, Expr::Ident(o) if &*o.sym == "Object")
                    && matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "defineProperty");
                if define && c.args.len() >= 3 && is_exports(&c.args[0].expr) {
                    if let Some(name) = str_value(&c.args[1].expr) {
                        self.0.insert(name);
                    }
                }
            }
        }
        c.visit_children_with(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swc_common::{sync::Lrc, SourceMap};

    fn names(src: &str) -> Vec<String> {
        let cm: Lrc<SourceMap> = Default::default();
        let s = crate::syntax::parse::parse_into(&cm, "t.js", src.to_string(), true).unwrap();
        detect(&s)
    }

    #[test]
    fn detects_node_forms() {
        assert_eq!(
            names("exports.a = 1; module.exports.b = 2; exports['c'] = 3; if (0) exports.d = 4; exports.default = 5;"),
            ["a", "b", "c", "d"]
        );
        assert_eq!(
            names(
                "Object.defineProperty(exports, 'e', { value: 1 }); function f() { exports.g = 1 }"
            ),
            ["e", "g"]
        );
        assert_eq!(
            names("const a = 1, c = 2; module.exports = { a, b: c, 'x': c, d: 1, e };"),
            ["a", "b", "x"]
        );
        assert!(
            names("module.exports = function () {}; var exports2 = {}; exports2.z = 1;").is_empty()
        );
    }
}
