//! The typer's fixpoint: a worklist over units of code.
//!
//! `super::types` gives the rules: walking a [`Unit`] (the top level or one
//! function's own code) joins types into [`Slot`]s (bindings, parameters,
//! results) under the current types, and reads other slots' types. The
//! solution is the least fixpoint: every slot's type is its seed joined with
//! what every unit contributes to it. Rounds that walked the whole program
//! until nothing changed took one round per link of a chain of calls, so
//! compile time grew with the square of the program (10,000 functions each
//! calling the previous one: minutes). Here a unit is walked again only
//! when a slot it read changed; its previous contributions are kept, so
//! each round costs what the units walked in it cost.
//!
//! The update rules are the rounds' rules: a binding that is unknown stays
//! unknown; a known function's parameter binding also receives its
//! arguments' types; functions linked by calls in tail position share one
//! result type (a tail call returns the callee's result to the caller's
//! caller, so both must use one representation).

use super::types::{seeded_unknown, Slot, Typer, Unit};
use super::*;
use crate::diag::CResult;
use swc_ecma_ast::Script;

/// Runs inference to a fixpoint and writes the results into `a`.
pub fn infer(a: &mut Analysis, script: &Script) -> CResult<()> {
    seed(a);
    if !Solver::new(a).run(a, script) {
        // The rules are monotone joins over a lattice of height 3, so the
        // rounds are bounded; should the bound be reached (a bug), fall back
        // to "unknown" everywhere, which is always sound.
        for b in &mut a.bindings {
            b.ty = Ty::Any;
        }
        for f in &mut a.funcs {
            f.param_tys.iter_mut().for_each(|p| *p = Ty::Any);
            f.ret_ty = Ty::Any;
        }
    }
    // Unresolved leftovers are unknown.
    for b in &mut a.bindings {
        if b.ty == Ty::Bottom {
            b.ty = Ty::Any;
        }
    }
    for f in &mut a.funcs {
        for p in &mut f.param_tys {
            if *p == Ty::Bottom {
                *p = Ty::Any;
            }
        }
        if f.ret_ty == Ty::Bottom {
            f.ret_ty = Ty::Any;
        }
    }
    Ok(())
}

/// The starting types: whatever is not a local, or may be a hole, is
/// unknown; the rest starts at `Bottom`.
fn seed(a: &mut Analysis) {
    for b in &mut a.bindings {
        b.ty = if seeded_unknown(b) {
            Ty::Any
        } else {
            Ty::Bottom
        };
    }
    // Annex B vars receive function values the typer does not see.
    let annex_vars: Vec<BindingId> = a.annex_b.values().copied().collect();
    for vb in annex_vars {
        a.bindings[vb].ty = Ty::Any;
    }
    for f in 0..a.funcs.len() {
        let spec = a.funcs[f].is_specialised();
        let n = a.funcs[f].params.len();
        a.funcs[f].param_tys = vec![if spec { Ty::Bottom } else { Ty::Any }; n];
        a.funcs[f].ret_ty = if spec { Ty::Bottom } else { Ty::Any };
        if !spec {
            for &p in &a.funcs[f].params.clone() {
                a.bindings[p].ty = Ty::Any;
            }
        }
        if let Some(r) = a.funcs[f].rest_param {
            a.bindings[r].ty = Ty::Any;
        }
    }
}

/// One unit of code and what its last walk found.
struct UnitRec<'s> {
    unit: Unit<'s>,
    walked: bool,
    /// What it joins into each slot (by slot number, one entry per slot).
    contrib: Vec<(u32, Ty)>,
    /// The slots it read (sorted).
    reads: Vec<u32>,
}

struct Solver<'s> {
    /// Slot numbers: bindings first, then each function's parameters
    /// (from `param_base[f]`), then results (from `ret_base`).
    param_base: Vec<u32>,
    ret_base: u32,
    units: Vec<UnitRec<'s>>,
    /// For each slot: the units that contribute to it / read it.
    contributors: Vec<Vec<u32>>,
    readers: Vec<Vec<u32>>,
    /// The known function and index a binding is a parameter of.
    param_of: HashMap<BindingId, (FuncId, usize)>,
    /// Functions linked by tail calls (union-find parents; `group` lists
    /// the members of each root).
    tail_parent: Vec<FuncId>,
    group: HashMap<FuncId, Vec<FuncId>>,
    queued: Vec<bool>,
    queue: Vec<u32>,
}

impl<'s> Solver<'s> {
    fn new(a: &Analysis) -> Self {
        let nb = a.bindings.len() as u32;
        let mut param_base = Vec::with_capacity(a.funcs.len());
        let mut next = nb;
        let mut param_of = HashMap::new();
        for (f, fi) in a.funcs.iter().enumerate() {
            param_base.push(next);
            next += fi.params.len() as u32;
            if fi.is_specialised() {
                for (i, &p) in fi.params.iter().enumerate() {
                    param_of.insert(p, (f, i));
                }
            }
        }
        let slots = next as usize + a.funcs.len();
        Solver {
            param_base,
            ret_base: next,
            units: vec![],
            contributors: vec![vec![]; slots],
            readers: vec![vec![]; slots],
            param_of,
            tail_parent: (0..a.funcs.len()).collect(),
            group: HashMap::new(),
            queued: vec![],
            queue: vec![],
        }
    }

    fn slot(&self, s: Slot) -> u32 {
        match s {
            Slot::Binding(b) => b as u32,
            Slot::Param(f, i) => self.param_base[f] + i as u32,
            Slot::Ret(f) => self.ret_base + f as u32,
        }
    }

    fn slot_kind(&self, n: u32) -> Slot {
        if n >= self.ret_base {
            return Slot::Ret((n - self.ret_base) as usize);
        }
        if n < self.param_base.first().copied().unwrap_or(self.ret_base) {
            return Slot::Binding(n as usize);
        }
        // The last function whose parameters start at or before `n`.
        let f = self.param_base.partition_point(|&b| b <= n) - 1;
        Slot::Param(f, (n - self.param_base[f]) as usize)
    }

    fn add_unit(&mut self, unit: Unit<'s>) -> u32 {
        let id = self.units.len() as u32;
        self.units.push(UnitRec {
            unit,
            walked: false,
            contrib: vec![],
            reads: vec![],
        });
        self.queued.push(false);
        id
    }

    fn enqueue(&mut self, u: u32) {
        if !self.queued[u as usize] {
            self.queued[u as usize] = true;
            self.queue.push(u);
        }
    }

    /// Iterates to the fixpoint; false if the bound on rounds was reached.
    fn run(&mut self, a: &mut Analysis, script: &'s Script) -> bool {
        let slots = self.readers.len();
        let max_rounds = 3 * slots + 8;
        let top = self.add_unit(Unit::Script(script));
        self.enqueue(top);
        let mut first = true;
        for _round in 0..max_rounds {
            if self.queue.is_empty() {
                return true;
            }
            let mut batch = std::mem::take(&mut self.queue);
            let mut touched = vec![];
            let mut i = 0;
            while i < batch.len() {
                let u = batch[i];
                i += 1;
                self.queued[u as usize] = false;
                for n in self.walk(a, u, &mut touched) {
                    batch.push(n);
                }
            }
            if first {
                // Every slot once, also those no unit contributes to
                // (their seeds).
                touched = (0..slots as u32).collect();
                first = false;
            } else {
                touched.sort_unstable();
                touched.dedup();
            }
            self.update(a, &touched);
        }
        false
    }

    /// Walks unit `u`, records its contributions and reads (adding the
    /// slots it contributes to, before and after, to `touched`); the new
    /// units found nested in it on its first walk.
    fn walk(&mut self, a: &mut Analysis, u: u32, touched: &mut Vec<u32>) -> Vec<u32> {
        let w = Typer::walk_unit(a, self.units[u as usize].unit);
        let mut nested = vec![];
        if !self.units[u as usize].walked {
            self.units[u as usize].walked = true;
            for n in w.nested {
                nested.push(self.add_unit(n));
            }
            for (f, g) in w.tail_edges {
                self.link(f, g);
            }
        }
        let mut contrib: Vec<(u32, Ty)> =
            w.contrib.iter().map(|&(s, t)| (self.slot(s), t)).collect();
        contrib.sort_unstable_by_key(|&(s, _)| s);
        contrib.dedup_by(|later, first| {
            if later.0 == first.0 {
                first.1 = first.1.join(later.1);
                true
            } else {
                false
            }
        });
        let mut reads: Vec<u32> = w.reads.iter().map(|&s| self.slot(s)).collect();
        reads.sort_unstable();
        reads.dedup();
        let rec = &mut self.units[u as usize];
        let old_contrib = std::mem::take(&mut rec.contrib);
        let old_reads = std::mem::replace(&mut rec.reads, reads.clone());
        touched.extend(old_contrib.iter().map(|&(s, _)| s));
        touched.extend(contrib.iter().map(|&(s, _)| s));
        if !old_contrib
            .iter()
            .map(|c| c.0)
            .eq(contrib.iter().map(|c| c.0))
        {
            for &(s, _) in &old_contrib {
                self.contributors[s as usize].retain(|&x| x != u);
            }
            for &(s, _) in &contrib {
                self.contributors[s as usize].push(u);
            }
        }
        if old_reads != reads {
            for &s in &old_reads {
                self.readers[s as usize].retain(|&x| x != u);
            }
            for &s in &reads {
                self.readers[s as usize].push(u);
            }
        }
        self.units[u as usize].contrib = contrib;
        nested
    }

    /// Puts `f` and `g` (a call in tail position) in one result group.
    fn link(&mut self, f: FuncId, g: FuncId) {
        let (rf, rg) = (self.root(f), self.root(g));
        if rf == rg {
            return;
        }
        let mut mf = self.group.remove(&rf).unwrap_or_else(|| vec![rf]);
        let mg = self.group.remove(&rg).unwrap_or_else(|| vec![rg]);
        mf.extend(mg);
        self.tail_parent[rg] = rf;
        self.group.insert(rf, mf);
    }

    fn root(&mut self, mut f: FuncId) -> FuncId {
        while self.tail_parent[f] != f {
            let p = self.tail_parent[f];
            self.tail_parent[f] = self.tail_parent[p];
            f = p;
        }
        f
    }

    /// The seed of slot `n` joined with every contribution to it.
    fn acc(&self, a: &Analysis, n: u32) -> Ty {
        let seed = match self.slot_kind(n) {
            Slot::Binding(b) => {
                let bi = &a.bindings[b];
                if bi.ty == Ty::Any {
                    Ty::Any
                } else if bi.kind == BindingKind::Var && !bi.var_always_initialised {
                    Ty::Undef
                } else {
                    Ty::Bottom
                }
            }
            Slot::Param(f, i) if a.funcs[f].param_tys[i] == Ty::Any => Ty::Any,
            Slot::Ret(f) if a.funcs[f].ret_ty == Ty::Any => Ty::Any,
            Slot::Param(..) | Slot::Ret(_) => Ty::Bottom,
        };
        self.contributors[n as usize].iter().fold(seed, |t, &u| {
            let c = &self.units[u as usize].contrib;
            match c.binary_search_by_key(&n, |&(s, _)| s) {
                Ok(k) => t.join(c[k].1),
                Err(_) => t,
            }
        })
    }

    /// Recomputes the types of the `touched` slots (and of what depends on
    /// them: a parameter's binding, a tail group's results) and queues the
    /// readers of every type that changed.
    fn update(&mut self, a: &mut Analysis, touched: &[u32]) {
        let mut changed: Vec<Slot> = vec![];
        let mut params: Vec<(FuncId, usize)> = vec![];
        let mut rets: Vec<FuncId> = vec![];
        for &n in touched {
            match self.slot_kind(n) {
                Slot::Binding(b) => match self.param_of.get(&b) {
                    Some(&p) => params.push(p),
                    None => {
                        let cur = a.bindings[b].ty;
                        let t = self.acc(a, n);
                        if cur != Ty::Any && cur != t {
                            a.bindings[b].ty = t;
                            changed.push(Slot::Binding(b));
                        }
                    }
                },
                Slot::Param(f, i) => {
                    if a.funcs[f].is_specialised() {
                        params.push((f, i));
                    }
                }
                Slot::Ret(f) => rets.push(f),
            }
        }
        params.sort_unstable();
        params.dedup();
        for (f, i) in params {
            let p = self.acc(a, self.slot(Slot::Param(f, i)));
            a.funcs[f].param_tys[i] = p;
            let pb = a.funcs[f].params[i];
            let bt = p.join(self.acc(a, pb as u32));
            if a.bindings[pb].ty != bt {
                a.bindings[pb].ty = bt;
                changed.push(Slot::Binding(pb));
            }
        }
        let mut roots: Vec<FuncId> = rets.into_iter().map(|f| self.root(f)).collect();
        roots.sort_unstable();
        roots.dedup();
        for r in roots {
            let members = self.group.get(&r).cloned().unwrap_or_else(|| vec![r]);
            let t = members.iter().fold(Ty::Bottom, |t, &g| {
                t.join(self.acc(a, self.slot(Slot::Ret(g))))
            });
            for g in members {
                if a.funcs[g].is_specialised() && a.funcs[g].ret_ty != t {
                    a.funcs[g].ret_ty = t;
                    changed.push(Slot::Ret(g));
                }
            }
        }
        for s in changed {
            let n = self.slot(s) as usize;
            for k in 0..self.readers[n].len() {
                let u = self.readers[n][k];
                self.enqueue(u);
            }
        }
    }
}
