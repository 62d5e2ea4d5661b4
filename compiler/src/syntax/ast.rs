//! Helpers over the swc AST shared by the analysis and the lowering.

use swc_common::Span;
use swc_ecma_ast::*;

/// `e` without surrounding parentheses.
pub fn strip_parens(mut e: &Expr) -> &Expr {
    while let Expr::Paren(p) = e {
        e = &p.expr;
    }
    e
}

pub fn prop_span(m: &MemberExpr) -> Span {
    match &m.prop {
        MemberProp::Ident(p) => p.span,
        MemberProp::Computed(c) => c.span,
        MemberProp::PrivateName(p) => p.span,
    }
}

/// How V8's messages name a callee (its "call printer"): property chains and
/// literals as written (strings in double quotes, string keys as `.name`),
/// calls as `f(...)`, anything else as `(intermediate value)`.
pub fn call_text(e: &Expr) -> String {
    match e {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::This(_) => "this".to_owned(),
        Expr::Paren(p) => call_text(&p.expr),
        Expr::Lit(Lit::Str(s)) => format!("\"{}\"", s.value.to_string_lossy()),
        Expr::Lit(Lit::Num(n)) => kiln_runtime::text::number_format::to_rust_string(n.value),
        Expr::Lit(Lit::Bool(b)) => b.value.to_string(),
        Expr::Lit(Lit::Null(_)) => "null".to_owned(),
        Expr::Tpl(t) if t.exprs.is_empty() => {
            let raw: String = t.quasis.iter().map(|q| q.raw.to_string()).collect();
            format!("\"{raw}\"")
        }
        Expr::Array(a) => {
            let parts: Vec<String> = a
                .elems
                .iter()
                .map(|e| e.as_ref().map_or(String::new(), |e| call_text(&e.expr)))
                .collect();
            format!("[{}]", parts.join(","))
        }
        Expr::Member(m) => {
            let obj = call_text(&m.obj);
            match &m.prop {
                MemberProp::Ident(p) => format!("{obj}.{}", p.sym),
                MemberProp::PrivateName(p) => format!("{obj}.#{}", p.name),
                MemberProp::Computed(c) => match &*c.expr {
                    Expr::Lit(Lit::Str(s)) => format!("{obj}.{}", s.value.to_string_lossy()),
                    k => format!("{obj}[{}]", call_text(k)),
                },
            }
        }
        Expr::SuperProp(s) => match &s.prop {
            SuperProp::Ident(p) => format!("(intermediate value).{}", p.sym),
            SuperProp::Computed(c) => format!("(intermediate value)[{}]", call_text(&c.expr)),
        },
        Expr::Call(c) => match &c.callee {
            Callee::Expr(f) => format!("{}(...)", call_text(f)),
            _ => "(intermediate value)".to_owned(),
        },
        Expr::OptChain(o) => match &*o.base {
            OptChainBase::Member(m) => {
                let obj = call_text(&m.obj);
                let dot = if o.optional { "?." } else { "." };
                match &m.prop {
                    MemberProp::Ident(p) => format!("{obj}{dot}{}", p.sym),
                    MemberProp::Computed(c) => format!(
                        "{obj}{}[{}]",
                        if o.optional { "?." } else { "" },
                        call_text(&c.expr)
                    ),
                    MemberProp::PrivateName(p) => format!("{obj}{dot}#{}", p.name),
                }
            }
            OptChainBase::Call(c) => format!("{}(...)", call_text(&c.callee)),
        },
        Expr::Seq(s) => {
            let parts: Vec<String> = s.exprs.iter().map(|e| call_text(e)).collect();
            format!("({})", parts.join(" , "))
        }
        _ => "(intermediate value)".to_owned(),
    }
}
