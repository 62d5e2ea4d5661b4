//! Builtin globals the compiler recognises by name (`console.log`, `Math.sqrt`, `String`, ...).
//!
//! A builtin path written out at a call site (`Math.floor(x)`,
//! `console.log(...)`) or as a constant (`Math.PI`) compiles to the builtin
//! itself when the global is not shadowed and the program never modifies it
//! or lets it escape (`Analysis::patched_globals`: `Math.random = f`,
//! `delete console.log`, `const m = Math`, `globalThis.Math`); otherwise the
//! path is an ordinary property read. Each path is looked up in the
//! runtime's own tables, so names and ids are defined once.

use crate::analysis::{Analysis, Ty};
use kiln_runtime::abi::names::{GLOBAL_CONSTANTS, GLOBAL_FUNCTIONS};
use swc_ecma_ast::{Expr, MemberProp};

/// `console.log` style path of a callee made of unresolved global names,
/// unless the program may modify or hand out that global (then its paths
/// are ordinary property reads and calls).
pub fn global_path(a: &Analysis, callee: &Expr) -> Option<String> {
    match crate::syntax::ast::strip_parens(callee) {
        Expr::Ident(id) if a.is_global(id.span.lo) && !a.patched_globals.contains(&*id.sym) => {
            Some(id.sym.to_string())
        }
        Expr::Member(m) => {
            let Expr::Ident(obj) = crate::syntax::ast::strip_parens(&m.obj) else {
                return None;
            };
            if !a.is_global(obj.span.lo) || a.patched_globals.contains(&*obj.sym) {
                return None;
            }
            match &m.prop {
                MemberProp::Ident(p) => Some(format!("{}.{}", obj.sym, p.sym)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The free names that make the entry a CommonJS module with dependencies.
pub const CJS_NAMES: &[&str] = &["require", "module", "exports", "__filename", "__dirname"];

/// The binding the CommonJS entry's prelude declares for the module
/// wrapper's `arguments` (`[exports, require, module, __filename,
/// __dirname]`, as Node's wrapper function receives them), which top-level
/// `arguments` reads: unwrapped, the entry has no function of its own.
pub const ENTRY_ARGUMENTS: &str = "__kiln_arguments";

/// Global names of builtin namespaces and functions (shadowable, but never
/// undeclared-variable errors).
pub const BUILTIN_GLOBALS: &[&str] = &[
    "console",
    "Math",
    "Number",
    "String",
    "Boolean",
    "Object",
    "Array",
    "Function",
    "Symbol",
    "JSON",
    "globalThis",
    "global",
    "Promise",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Reflect",
    "Proxy",
    "isNaN",
    "isFinite",
    "parseInt",
    "parseFloat",
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "EvalError",
    "URIError",
    "AggregateError",
    "Date",
    "RegExp",
    "BigInt",
    "process",
    "require",
    "module",
    "exports",
    "setTimeout",
    "setInterval",
    "clearTimeout",
    "queueMicrotask",
    "structuredClone",
    "encodeURIComponent",
    "decodeURIComponent",
    "encodeURI",
    "decodeURI",
    "ArrayBuffer",
    "DataView",
    "Intl",
    "WeakRef",
];

pub fn is_builtin_namespace(name: &str) -> bool {
    BUILTIN_GLOBALS.contains(&name)
}

/// What a global path denotes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Builtin {
    /// `console.log` (1) / `console.error` and `console.warn` (2).
    Console(i64),
    /// A runtime global function by id.
    Function(i64),
    /// An Error class constructor by kind.
    ErrorClass(i64),
    /// A numeric constant such as `Math.PI`.
    Constant(f64),
}

pub fn lookup(path: &str) -> Option<Builtin> {
    match path {
        "console.log" | "console.info" | "console.debug" => return Some(Builtin::Console(1)),
        "console.error" | "console.warn" | "console.trace" => return Some(Builtin::Console(2)),
        _ => {}
    }
    if let Some((_, g)) = GLOBAL_FUNCTIONS.iter().find(|(n, _)| *n == path) {
        return Some(Builtin::Function(*g as i64));
    }
    if let Some((_, k)) = kiln_runtime::abi::names::ERROR_CLASSES
        .iter()
        .find(|(n, _)| *n == path)
    {
        return Some(Builtin::ErrorClass(*k as i64));
    }
    GLOBAL_CONSTANTS
        .iter()
        .find(|(n, _)| *n == path)
        .map(|(_, v)| Builtin::Constant(*v))
}

/// The static result type of calling builtin `path`.
pub fn result_ty(path: &str) -> Ty {
    match path {
        "String" => Ty::Str,
        "Boolean" | "isNaN" | "isFinite" => Ty::Bool,
        p if p.starts_with("Number.is") => Ty::Bool,
        p if p.starts_with("console.") => Ty::Undef,
        "Number" | "parseInt" | "parseFloat" => Ty::Num,
        p if p.starts_with("Math.") || p.starts_with("Number.parse") => Ty::Num,
        _ => Ty::Any,
    }
}
