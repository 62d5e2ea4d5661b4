//! Speculative parameter types of methods: the typing of their type-specialised clones.
//!
//! A method's parameters are unknown to the typer (anything may call it), so
//! in `placeQueen(c) { ... this.placeQueen(c + 1) ... }` every use of `c`
//! is a guarded generic operation and `c + 1` is unknown too. But the
//! program's own calls `o.placeQueen(...)` (every call of a method of that
//! name, whatever its receiver) show what it is usually called with. When
//! every such call passes a number at position `i`, the method gets a
//! *clone* compiled under the assumption that parameter `i` is a number:
//! its generic entry checks the arguments' tags (one compare per
//! speculated parameter) and tail-calls the clone when they all hold, else
//! runs its ordinary body. Nothing is trusted: a call the analysis did not
//! see (`m.call(...)`, a callback, a getter) takes the guard like any other.
//!
//! The clone's typing is the ordinary one except for the method's own local
//! variables (never captured, so every assignment to them is in its body):
//! those are re-inferred with the speculated parameters as numbers, every
//! other binding keeping its type. The call sites inside clones are typed
//! under the clones' typing (a call `this.m(n - 1)` in a clone passes a
//! number if `n` is one there), so speculation is an optimistic fixpoint:
//! start with every local parameter a number, drop the positions some call
//! contradicts, re-infer, until nothing changes.

use super::types::{seeded_unknown, Typer, SPEC_ARGS};
use super::*;
use swc_ecma_ast::Script;

/// The most times the speculation is narrowed (each a whole-program
/// retyping).
const MAX_ROUNDS: usize = 4;

/// Sets `a.spec_params` (the speculated-number parameters of each cloned
/// method) and `a.spec` (the analysis the clones are compiled under), or
/// leaves both empty when no method qualifies.
pub fn speculate(a: &mut Analysis, script: &Script) {
    let mut cands: Vec<(FuncId, String)> = vec![];
    for (name, defs) in &a.methods {
        for (fid, _) in defs {
            let fi = &a.funcs[*fid];
            if fi.kind == FuncKind::Method
                && fi.accessor.is_none()
                && !fi.is_generator
                && !fi.is_async
                && fi.simple_params()
                && fi.arguments_binding.is_none()
                && (1..=SPEC_ARGS).contains(&fi.params.len())
                && fi.params.iter().any(|&p| local_param(&a.bindings[p]))
            {
                cands.push((*fid, name.clone()));
            }
        }
    }
    if cands.is_empty() {
        return;
    }
    cands.sort();
    let annex: HashSet<BindingId> = a.annex_b.values().copied().collect();
    let mut owner: HashMap<FuncId, Vec<BindingId>> = HashMap::new();
    for (f, _) in &cands {
        owner.entry(*f).or_default();
    }
    for (i, b) in a.bindings.iter().enumerate() {
        if let Some(list) = owner.get_mut(&b.func) {
            if b.storage == Storage::Local
                && matches!(
                    b.kind,
                    BindingKind::Var | BindingKind::Let | BindingKind::Const
                )
                && !seeded_unknown(b)
                && !annex.contains(&i)
            {
                list.push(i);
            }
        }
    }
    let mut spec: HashMap<FuncId, Vec<bool>> = cands
        .iter()
        .map(|(f, _)| {
            let ps = a.funcs[*f].params.iter();
            (*f, ps.map(|&p| local_param(&a.bindings[p])).collect())
        })
        .collect();
    let mut s = a.clone();
    // Any speculation is sound (the entry guard checks it); the rounds only
    // make it match the calls. A long chain of clones calling clones could
    // narrow one position per round, so the rounds are capped: the last
    // retyping always matches the speculation the clones are compiled with.
    for round in 0.. {
        let Some(calls) = retype(&mut s, script, &spec, &owner) else {
            return;
        };
        if round == MAX_ROUNDS {
            break;
        }
        let mut changed = false;
        for (f, name) in &cands {
            let joined = calls.get(name);
            for (i, sp) in spec.get_mut(f).expect("candidate").iter_mut().enumerate() {
                if *sp && joined.is_none_or(|j| j[i] != Ty::Num) {
                    *sp = false;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    spec.retain(|_, ps| ps.iter().any(|&p| p));
    if spec.is_empty() {
        return;
    }
    a.spec_params = spec;
    a.spec = Some(Box::new(s));
}

/// A parameter the clone can hold unboxed: a plain local variable.
fn local_param(b: &Binding) -> bool {
    b.storage == Storage::Local && !b.destructured && !b.dynamic
}

/// Re-infers the local variables of the candidate methods of `s` with the
/// parameters `spec` marks as numbers (all other bindings keep their types);
/// returns the joined argument types of method calls under that typing, or
/// `None` if the fixpoint is not reached (a bug: no speculation then).
fn retype(
    s: &mut Analysis,
    script: &Script,
    spec: &HashMap<FuncId, Vec<bool>>,
    owner: &HashMap<FuncId, Vec<BindingId>>,
) -> Option<HashMap<String, Vec<Ty>>> {
    let mut slots = 0;
    for (f, ps) in spec {
        for (&p, &num) in s.funcs[*f].params.clone().iter().zip(ps) {
            s.bindings[p].ty = if num { Ty::Num } else { Ty::Any };
            slots += 1;
        }
        for &b in &owner[f] {
            s.bindings[b].ty = Ty::Bottom;
            slots += 1;
        }
    }
    for _round in 0..3 * slots + 8 {
        let t = Typer::round(s, script, true);
        let (new_b, calls) = (t.new_b, t.method_calls.expect("collecting"));
        let mut changed = false;
        for (f, ps) in spec {
            for (&p, &num) in s.funcs[*f].params.clone().iter().zip(ps) {
                let ty = if num { Ty::Num.join(new_b[p]) } else { Ty::Any };
                changed |= s.bindings[p].ty != ty;
                s.bindings[p].ty = ty;
            }
            for &b in &owner[f] {
                changed |= s.bindings[b].ty != new_b[b];
                s.bindings[b].ty = new_b[b];
            }
        }
        if !changed {
            for list in owner.values() {
                for &b in list {
                    if s.bindings[b].ty == Ty::Bottom {
                        s.bindings[b].ty = Ty::Any;
                    }
                }
            }
            return Some(calls);
        }
    }
    None
}
