//! `kiln build --emit analysis`: the resolver's and typer's decisions as text.
//!
//! One line per function (kind, whether it escapes or is only called
//! directly, its parameter and result types when specialised), per binding
//! (kind, storage: a Cranelift variable, a heap cell or a module slot, and
//! its inferred type; in a method with a type-specialised clone, also its
//! type there) and per direct call (a call of a known function), each
//! with its `file:line:col`, in source order. Synthetic bindings (`this`,
//! `arguments`, ...) are left out.

use super::{Analysis, BindingKind, FuncKind, Storage, Ty};
use std::fmt::Write;
use swc_common::{BytePos, SourceMap};

/// The report for `a`, with positions in `file_name`.
pub fn render(a: &Analysis, cm: &SourceMap, file_name: &str) -> String {
    let at = |pos: BytePos| {
        if pos.0 == 0 {
            return format!("{file_name}:?");
        }
        let loc = cm.lookup_char_pos(pos);
        format!("{file_name}:{}:{}", loc.line, loc.col_display + 1)
    };
    let mut out = String::new();
    out.push_str("functions:\n");
    let mut funcs: Vec<usize> = (0..a.funcs.len()).collect();
    funcs.sort_by_key(|&f| (a.funcs[f].span.lo, f));
    for f in funcs {
        let fi = &a.funcs[f];
        let _ = write!(
            out,
            "  {} fn#{f} {} {}",
            at(fi.span.lo),
            display_name(&fi.name),
            kind_name(fi.kind)
        );
        if fi.kind != FuncKind::Script {
            out.push_str(if fi.escapes {
                ", escapes"
            } else {
                ", direct calls only"
            });
        }
        if fi.is_specialised() {
            let params: Vec<String> = fi
                .params
                .iter()
                .zip(&fi.param_tys)
                .map(|(&b, &t)| format!("{}: {}", a.bindings[b].name, ty_name(t)))
                .collect();
            let _ = write!(
                out,
                ", specialised ({}) -> {}",
                params.join(", "),
                ty_name(fi.ret_ty)
            );
        } else if fi.kind != FuncKind::Script {
            out.push_str(", generic convention");
        }
        if let Some(spec) = a.spec_params.get(&f) {
            let params: Vec<&str> = fi
                .params
                .iter()
                .zip(spec)
                .filter(|(_, &s)| s)
                .map(|(&b, _)| a.bindings[b].name.as_str())
                .collect();
            let _ = write!(out, ", clone for number {}", params.join(", "));
        }
        if !fi.captures.is_empty() {
            let names: Vec<&str> = fi
                .captures
                .iter()
                .map(|&b| a.bindings[b].name.as_str())
                .collect();
            let _ = write!(out, ", captures {}", names.join(", "));
        }
        out.push('\n');
    }
    out.push_str("bindings:\n");
    let mut bindings: Vec<usize> = (0..a.bindings.len())
        .filter(|&b| a.bindings[b].kind != BindingKind::Synthetic)
        .collect();
    bindings.sort_by_key(|&b| (a.bindings[b].span.lo, b));
    for b in bindings {
        let bi = &a.bindings[b];
        let storage = match bi.storage {
            Storage::Local => "variable".to_string(),
            Storage::Cell => "cell".to_string(),
            Storage::Module(i) => format!("module slot {i}"),
            Storage::Global => "global property".to_string(),
        };
        let _ = write!(
            out,
            "  {} {} {} in fn#{}: {storage}, {}",
            at(bi.span.lo),
            bi.name,
            binding_kind_name(bi.kind),
            bi.func,
            ty_name(bi.ty)
        );
        if let Some(f) = bi.known_fn {
            let _ = write!(out, ", always fn#{f}");
        }
        if bi.captured {
            out.push_str(", captured");
        }
        if let Some(&k) = a.ta_kinds.get(&b) {
            let _ = write!(out, ", always {}", super::ta_kinds::kind_name(k));
        }
        if let Some(spec) = a
            .spec
            .as_deref()
            .filter(|_| a.spec_params.contains_key(&bi.func))
        {
            let _ = write!(out, " (clone: {})", ty_name(spec.bindings[b].ty));
        }
        out.push('\n');
    }
    out.push_str("direct calls:\n");
    for (&pos, &f) in &a.direct_calls {
        let fi = &a.funcs[f];
        let _ = writeln!(
            out,
            "  {} call fn#{f} {} ({})",
            at(pos),
            display_name(&fi.name),
            if fi.is_specialised() {
                "specialised entry"
            } else {
                "generic entry"
            }
        );
    }
    out
}

fn display_name(name: &str) -> &str {
    if name.is_empty() {
        "<anonymous>"
    } else {
        name
    }
}

fn ty_name(t: Ty) -> &'static str {
    match t {
        Ty::Bottom => "never",
        Ty::Num => "number",
        Ty::Bool => "boolean",
        Ty::Str => "string",
        Ty::Undef => "undefined",
        Ty::Any => "any",
    }
}

fn kind_name(k: FuncKind) -> &'static str {
    match k {
        FuncKind::Script => "script",
        FuncKind::Decl => "declaration",
        FuncKind::Expr => "function expression",
        FuncKind::Arrow => "arrow",
        FuncKind::Method => "method",
        FuncKind::ClassCtor => "class constructor",
    }
}

fn binding_kind_name(k: BindingKind) -> &'static str {
    match k {
        BindingKind::Var => "var",
        BindingKind::Let => "let",
        BindingKind::Const => "const",
        BindingKind::Function => "function",
        BindingKind::Param => "param",
        BindingKind::CatchParam => "catch param",
        BindingKind::FuncExprName => "function name",
        BindingKind::Synthetic => "synthetic",
    }
}
