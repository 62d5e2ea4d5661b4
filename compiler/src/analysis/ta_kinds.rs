//! Element kinds of typed-array bindings: which bindings always hold a typed array of one kind.
//!
//! A binding that is never reassigned and is initialised with `new K(...)`,
//! where `K` is one of the nine Number typed-array constructors as the
//! builtin global (not shadowed or assigned, and no `globalThis` used as a
//! value), always holds a typed array whose element type is `K`'s:
//! the constructor either returns one or throws. A parameter of a function
//! that is only called directly (its specialised entry) gets the kind too
//! when every call passes, at that position, a binding of that kind. Code
//! generation then compiles `ta[i]`, `ta[i] = v` and `ta.length` on such a
//! binding without checking that it is a typed array or dispatching on its
//! element type (`lower/typed_array.rs`); the bounds check stays (a buffer
//! may be detached or resized by any call).
//!
//! BigInt64Array and BigUint64Array are left out: their elements are heap
//! BigInts, which compiled code never loads inline.

use super::types::known_callee;
use super::*;
use crate::syntax::ast::strip_parens;
use kiln_runtime::abi::layout as ob;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// The Number typed-array constructors and their element type codes
/// (`layout::TA_*`).
const KINDS: [(&str, u8); 9] = [
    ("Int8Array", ob::TA_INT8),
    ("Uint8Array", ob::TA_UINT8),
    ("Uint8ClampedArray", ob::TA_UINT8_CLAMPED),
    ("Int16Array", ob::TA_INT16),
    ("Uint16Array", ob::TA_UINT16),
    ("Int32Array", ob::TA_INT32),
    ("Uint32Array", ob::TA_UINT32),
    ("Float32Array", ob::TA_FLOAT32),
    ("Float64Array", ob::TA_FLOAT64),
];

/// The element type code of a Number typed-array constructor's name.
pub fn ctor_kind(name: &str) -> Option<u8> {
    KINDS.iter().find(|(n, _)| *n == name).map(|&(_, k)| k)
}

/// The constructor name of element type code `k` (for `--emit analysis`).
pub fn kind_name(k: u8) -> &'static str {
    KINDS
        .iter()
        .find(|&&(_, c)| c == k)
        .map_or("typed array", |&(n, _)| n)
}

/// What is known of one candidate binding while the facts are computed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fact {
    /// No initialiser or call seen yet (optimistic start for parameters).
    Unseen,
    Kind(u8),
    /// Something else may be stored.
    Unknown,
}

impl Fact {
    fn meet(self, other: Fact) -> Fact {
        match (self, other) {
            (Fact::Unseen, f) | (f, Fact::Unseen) => f,
            (Fact::Kind(a), Fact::Kind(b)) if a == b => self,
            _ => Fact::Unknown,
        }
    }
}

struct Collect<'a> {
    a: &'a Analysis,
    /// Declared bindings and the kind of their initialiser (`None`: not a
    /// known constructor call).
    inits: Vec<(BindingId, Option<u8>)>,
    /// Direct calls: the callee and, per argument, the binding it reads
    /// (`None`: anything else, a spread makes the whole call unknown).
    calls: Vec<(FuncId, Option<Vec<Option<BindingId>>>)>,
}

impl Collect<'_> {
    fn new_kind(&self, e: &Expr) -> Option<u8> {
        let Expr::New(n) = strip_parens(e) else {
            return None;
        };
        let Expr::Ident(id) = strip_parens(&n.callee) else {
            return None;
        };
        // Only the global binding itself matters: what `new K` returns has
        // K's element type whatever is done to K's properties (its
        // `prototype` is read-only), so reading `K.prototype` or passing K
        // around is fine; assigning the global or reaching the global
        // object as a value is not.
        if self.a.reference(id.span.lo).is_some()
            || self.a.global_writes.contains(&*id.sym)
            || self.a.global_object_escapes
        {
            return None;
        }
        ctor_kind(&id.sym)
    }
}

impl Visit for Collect<'_> {
    fn visit_var_declarator(&mut self, d: &VarDeclarator) {
        if let Pat::Ident(id) = &d.name {
            if let Some(&b) = self.a.decls.get(&id.id.span.lo) {
                let k = d.init.as_deref().and_then(|e| self.new_kind(e));
                self.inits.push((b, k));
            }
        }
        d.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, c: &CallExpr) {
        if let Callee::Expr(callee) = &c.callee {
            if let Some(f) = known_callee(self.a, callee) {
                let args = if c.args.iter().any(|a| a.spread.is_some()) {
                    None
                } else {
                    Some(
                        c.args
                            .iter()
                            .map(|a| match strip_parens(&a.expr) {
                                Expr::Ident(id) => self.a.reference(id.span.lo).map(|r| r.binding),
                                _ => None,
                            })
                            .collect(),
                    )
                };
                self.calls.push((f, args));
            }
        }
        c.visit_children_with(self);
    }
}

/// A binding whose value is the one its declaration or its callers gave it.
fn stable(b: &Binding) -> bool {
    !b.reassigned
        && !b.destructured
        && b.storage != Storage::Global
        && match b.kind {
            BindingKind::Let | BindingKind::Const => b.known_fn.is_none(),
            BindingKind::Var => b.var_always_initialised && b.known_fn.is_none(),
            BindingKind::Param => true,
            _ => false,
        }
}

/// Sets `a.ta_kinds`.
pub fn infer(a: &mut Analysis, script: &Script) {
    let mut c = Collect {
        a,
        inits: vec![],
        calls: vec![],
    };
    script.visit_with(&mut c);
    let Collect { inits, calls, .. } = c;
    let mut facts: HashMap<BindingId, Fact> = HashMap::new();
    for (b, k) in inits {
        let f = match k {
            Some(k) if stable(&a.bindings[b]) && a.bindings[b].kind != BindingKind::Param => {
                Fact::Kind(k)
            }
            _ => Fact::Unknown,
        };
        let e = facts.entry(b).or_insert(Fact::Unseen);
        *e = e.meet(f);
    }
    // Parameters of functions only called directly: optimistic (unseen)
    // until a call says otherwise; narrowed until nothing changes (each
    // round only lowers facts, so at most three rounds per parameter).
    let mut params: Vec<(FuncId, usize, BindingId)> = vec![];
    for (fid, fi) in a.funcs.iter().enumerate() {
        if !fi.is_specialised() {
            continue;
        }
        for (i, &p) in fi.params.iter().enumerate() {
            if stable(&a.bindings[p]) {
                params.push((fid, i, p));
            }
        }
    }
    let param_set: HashSet<BindingId> = params.iter().map(|&(_, _, p)| p).collect();
    let fact = |facts: &HashMap<BindingId, Fact>, b: Option<BindingId>| match b {
        Some(b) if param_set.contains(&b) => facts.get(&b).copied().unwrap_or(Fact::Unseen),
        Some(b) => facts.get(&b).copied().unwrap_or(Fact::Unknown),
        None => Fact::Unknown,
    };
    let mut converged = false;
    for _ in 0..2 * params.len() + 2 {
        let mut changed = false;
        for &(fid, i, p) in &params {
            let mut f = Fact::Unseen;
            for (callee, args) in &calls {
                if *callee != fid {
                    continue;
                }
                // A spread or a missing argument (`undefined`) is unknown.
                f = f.meet(match args.as_ref().and_then(|args| args.get(i)) {
                    Some(&arg) => fact(&facts, arg),
                    None => Fact::Unknown,
                });
            }
            let old = facts.get(&p).copied().unwrap_or(Fact::Unseen);
            if old != f {
                facts.insert(p, f);
                changed = true;
            }
        }
        if !changed {
            converged = true;
            break;
        }
    }
    if !converged {
        // Never expected (each parameter's fact falls at most twice); the
        // facts of parameters are then not trusted.
        for p in &param_set {
            facts.remove(p);
        }
    }
    a.ta_kinds = facts
        .into_iter()
        .filter_map(|(b, f)| match f {
            Fact::Kind(k) => Some((b, k)),
            _ => None,
        })
        .collect();
}
