//! Leaf type inference: the rules of an optimistic fixpoint over local
//! bindings and known functions (the fixpoint itself is `super::fixpoint`).
//!
//! Starting from `Bottom`, each round joins the types of every value assigned
//! to a local binding, passed to a known (non-escaping) function's parameter
//! or returned from it. Expression types follow the operators' result types
//! (`-` gives a number when its operands are plain primitives, `<` a boolean,
//! `+` a string when either side is a string, ...). The lattice is finite and
//! every rule is monotone, so the rounds stop. Whatever is still `Bottom` at
//! the end (never assigned, never called) becomes `Any`.
//!
//! The [`Typer`] walks code either all at once (a *round*, as
//! `super::speculate` uses it) or one [`Unit`] at a time for the worklist:
//! a function's own code, whose contributions (the [`Slot`]s it joins types
//! into) and reads (the slots whose types it looked at) are recorded, so
//! that only the units reading a slot that changed are walked again.

use super::*;
use crate::syntax::ast::strip_parens;
use std::cell::RefCell;
use swc_ecma_ast::*;

/// How many leading arguments of method calls are collected (the generic
/// entry's register arguments, which a clone's entry guard can check).
pub const SPEC_ARGS: usize = kiln_runtime::abi::REG_ARGS;

/// The global names whose value is known at compile time.
pub fn global_constant_ty(name: &str) -> Option<Ty> {
    match name {
        "undefined" => Some(Ty::Undef),
        "NaN" | "Infinity" => Some(Ty::Num),
        _ => None,
    }
}

/// How deep into an expression [`expr_ty`] looks: below that, "unknown"
/// (always sound). Without a bound, every level of a deeply nested
/// expression (10,000 nested `?:`) would walk all the levels below it, and
/// compile time would be quadratic in the nesting.
const TYPE_DEPTH: u32 = 32;

/// The static type of expression `e` under the current binding and function types.
pub fn expr_ty(a: &Analysis, e: &Expr) -> Ty {
    ty_within(a, e, TYPE_DEPTH)
}

/// The static type of `c ? x : y` (as [`expr_ty`] of it).
pub fn cond_ty(a: &Analysis, c: &CondExpr) -> Ty {
    ty_within(a, &c.cons, TYPE_DEPTH - 1).join(ty_within(a, &c.alt, TYPE_DEPTH - 1))
}

/// The static type of a binary expression (as [`expr_ty`] of it).
pub fn bin_expr_ty(a: &Analysis, b: &BinExpr) -> Ty {
    bin_ty(
        b.op,
        ty_within(a, &b.left, TYPE_DEPTH - 1),
        ty_within(a, &b.right, TYPE_DEPTH - 1),
    )
}

/// The static type of an assignment expression (as [`expr_ty`] of it).
pub fn assign_ty(a: &Analysis, asg: &AssignExpr) -> Ty {
    assign_ty_within(a, asg, TYPE_DEPTH)
}

fn assign_ty_within(a: &Analysis, asg: &AssignExpr, depth: u32) -> Ty {
    let rhs = ty_within(a, &asg.right, depth - 1);
    match asg.op.to_update() {
        None => rhs,
        Some(op) => {
            let lhs = match &asg.left {
                AssignTarget::Simple(SimpleAssignTarget::Ident(bi)) => ident_ty(a, &bi.id),
                _ => Ty::Any,
            };
            bin_ty(op, lhs, rhs)
        }
    }
}

fn ident_ty(a: &Analysis, id: &Ident) -> Ty {
    match a.reference(id.span.lo) {
        Some(r) => {
            let b = &a.bindings[r.binding];
            // A module slot's TDZ check throws on the hole, so what it
            // lets through has the binding's type.
            let typed = match b.storage {
                Storage::Local => !r.tdz_check,
                Storage::Module(_) => true,
                Storage::Cell | Storage::Global => false,
            };
            if typed {
                record_read(Slot::Binding(r.binding));
                b.ty
            } else {
                Ty::Any
            }
        }
        None if a.with_refs.contains_key(&id.span.lo) => Ty::Any,
        None => global_constant_ty(&id.sym).unwrap_or(Ty::Any),
    }
}

fn ty_within(a: &Analysis, e: &Expr, depth: u32) -> Ty {
    if depth == 0 {
        return Ty::Any;
    }
    let sub = |e: &Expr| ty_within(a, e, depth - 1);
    match e {
        Expr::Lit(Lit::Num(_)) => Ty::Num,
        Expr::Lit(Lit::Str(_)) | Expr::Tpl(_) => Ty::Str,
        Expr::Lit(Lit::Bool(_)) => Ty::Bool,
        Expr::Paren(p) => sub(&p.expr),
        Expr::Ident(id) => ident_ty(a, id),
        Expr::Unary(u) => match u.op {
            UnaryOp::Bang | UnaryOp::Delete => Ty::Bool,
            UnaryOp::TypeOf => Ty::Str,
            UnaryOp::Void => Ty::Undef,
            UnaryOp::Plus => Ty::Num,
            UnaryOp::Minus | UnaryOp::Tilde => numeric(sub(&u.arg), Ty::Num),
        },
        Expr::Update(u) => numeric(sub(&u.arg), Ty::Num),
        Expr::Bin(b) => bin_ty(b.op, sub(&b.left), sub(&b.right)),
        Expr::Assign(asg) => assign_ty_within(a, asg, depth),
        Expr::Cond(c) => sub(&c.cons).join(sub(&c.alt)),
        Expr::Seq(s) => s.exprs.last().map_or(Ty::Undef, |e| sub(e)),
        Expr::Call(c) => call_ty(a, c),
        Expr::Member(m) => {
            if matches!(&m.prop, MemberProp::Ident(p) if p.sym == *"length")
                && sub(&m.obj) == Ty::Str
            {
                Ty::Num
            } else {
                Ty::Any
            }
        }
        _ => Ty::Any,
    }
}

/// The known function a call's callee always denotes, if any.
pub fn known_callee(a: &Analysis, callee: &Expr) -> Option<FuncId> {
    match strip_parens(callee) {
        Expr::Ident(id) => {
            let r = a.reference(id.span.lo)?;
            a.bindings[r.binding].known_fn
        }
        Expr::Fn(fe) => Some(a.func_at(fe.function.span)),
        Expr::Arrow(ar) => Some(a.func_at(ar.span)),
        _ => None,
    }
}

fn call_ty(a: &Analysis, c: &CallExpr) -> Ty {
    let Callee::Expr(callee) = &c.callee else {
        return Ty::Any;
    };
    if let Some(f) = known_callee(a, callee) {
        let fi = &a.funcs[f];
        return if fi.is_specialised() {
            record_read(Slot::Ret(f));
            fi.ret_ty
        } else {
            Ty::Any
        };
    }
    // Builtins with a fixed result type.
    if let Some(name) = crate::analysis::builtins::global_path(a, callee) {
        return crate::analysis::builtins::result_ty(&name);
    }
    Ty::Any
}

/// Result type of a numeric operator: `num` when both operands are plain
/// primitives, otherwise unknown (a BigInt or an object could be involved).
fn numeric(t: Ty, num: Ty) -> Ty {
    match t {
        Ty::Bottom => Ty::Bottom,
        t if t.is_plain_primitive() => num,
        _ => Ty::Any,
    }
}

pub fn bin_ty(op: BinaryOp, l: Ty, r: Ty) -> Ty {
    use BinaryOp::*;
    match op {
        EqEq | NotEq | EqEqEq | NotEqEq | Lt | LtEq | Gt | GtEq | In | InstanceOf => Ty::Bool,
        LogicalAnd | LogicalOr | NullishCoalescing => l.join(r),
        ZeroFillRShift => Ty::Num,
        Add => match (l, r) {
            (Ty::Bottom, _) | (_, Ty::Bottom) => Ty::Bottom,
            (Ty::Str, _) | (_, Ty::Str) => Ty::Str,
            (Ty::Num | Ty::Bool | Ty::Undef, Ty::Num | Ty::Bool | Ty::Undef) => Ty::Num,
            _ => Ty::Any,
        },
        // `-`, `*`, `/`, `%`, `**`, bitwise operators and shifts: ToNumeric
        // of a plain primitive is a Number, and a Number with a BigInt
        // throws, so one such operand makes the result a number (as the
        // lowering computes it: an unboxed f64 either way).
        _ => match (l, r) {
            (Ty::Bottom, _) | (_, Ty::Bottom) => Ty::Bottom,
            (l, r) if l.is_plain_primitive() || r.is_plain_primitive() => Ty::Num,
            _ => Ty::Any,
        },
    }
}

/// Can control reach the end of `stmts` (an implicit `return undefined`)?
pub fn completes(stmts: &[Stmt]) -> bool {
    match stmts.last() {
        None => true,
        Some(s) => stmt_completes(s),
    }
}

fn stmt_completes(s: &Stmt) -> bool {
    match s {
        Stmt::Return(_) | Stmt::Throw(_) => false,
        Stmt::Block(b) => completes(&b.stmts),
        Stmt::If(i) => match &i.alt {
            Some(alt) => stmt_completes(&i.cons) || stmt_completes(alt),
            None => true,
        },
        _ => true,
    }
}

/// What the typer infers: a binding's type, a known function's parameter
/// type or result type.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub(super) enum Slot {
    Binding(BindingId),
    Param(FuncId, usize),
    Ret(FuncId),
}

/// Code the worklist walks as one piece: the program's top level or one
/// function's own code, without the functions nested in it (units of their
/// own).
#[derive(Clone, Copy)]
pub(super) enum Unit<'s> {
    Script(&'s Script),
    Function(FuncId, &'s Function),
    Arrow(&'s ArrowExpr),
    /// A class's field initialisers, static blocks and constructor.
    ClassBody(FuncId, &'s Class),
}

/// What walking one [`Unit`] found.
#[derive(Default)]
pub(super) struct UnitWalk<'s> {
    /// The types joined into each slot (a slot may repeat).
    pub contrib: Vec<(Slot, Ty)>,
    /// The units nested in this one (not walked).
    pub nested: Vec<Unit<'s>>,
    /// Calls in tail position: (caller, callee).
    pub tail_edges: Vec<(FuncId, FuncId)>,
    /// The slots whose types the walk read.
    pub reads: Vec<Slot>,
}

thread_local! {
    /// While a [`Unit`] is walked: the slots whose types the walk read
    /// (through `ident_ty` and `call_ty`, the only readers of inferred
    /// types), so that the unit is walked again when one of them changes.
    static READS: RefCell<Option<Vec<Slot>>> = const { RefCell::new(None) };
}

fn record_read(s: Slot) {
    READS.with(|r| {
        if let Some(v) = r.borrow_mut().as_mut() {
            v.push(s);
        }
    });
}

pub(super) struct Typer<'a, 's> {
    pub(super) a: &'a mut Analysis,
    func: FuncId,
    /// Inside a `try` statement (calls there are not in tail position).
    try_depth: u32,
    pub(super) new_b: Vec<Ty>,
    new_param: Vec<Vec<Ty>>,
    new_ret: Vec<Ty>,
    tail_edges: Vec<(FuncId, FuncId)>,
    /// When collecting (`super::speculate`): the joined argument types of
    /// the calls `o.name(args)` by method name (`Any` for each position
    /// after a spread argument).
    pub(super) method_calls: Option<HashMap<String, Vec<Ty>>>,
    /// Walking one unit: contributions go here instead of the dense
    /// vectors, and nested functions are deferred.
    unit: Option<UnitWalk<'s>>,
}

/// Is binding `b` unknown from the start of inference, whatever is
/// assigned to it (not typed storage, may hold the TDZ hole, bound by a
/// pattern, a catch parameter, a function)? Annex B vars are handled apart.
pub(super) fn seeded_unknown(b: &Binding) -> bool {
    // Top-level `let`/`const` (module slots) are typed too: every
    // assignment to them is in some function the typer walks.
    let typed_storage = match b.storage {
        Storage::Local => true,
        Storage::Module(_) => matches!(b.kind, BindingKind::Let | BindingKind::Const),
        Storage::Cell | Storage::Global => false,
    };
    // (A module slot may hold the hole: reads check for it before
    // using the value.)
    let hole = b.needs_hole && b.storage == Storage::Local;
    !typed_storage
        || hole
        || b.destructured
        || b.dynamic
        || matches!(
            b.kind,
            BindingKind::CatchParam | BindingKind::FuncExprName | BindingKind::Function
        )
}

impl<'a, 's> Typer<'a, 's> {
    /// One round of inference over `script` under the current types of
    /// `a` (collecting method-call argument types if `collect`): the
    /// types every binding, parameter and result would receive.
    pub(super) fn round(a: &'a mut Analysis, script: &'s Script, collect: bool) -> Self {
        let nb = a.bindings.len();
        let mut t = Typer {
            new_b: a
                .bindings
                .iter()
                .map(|b| if b.ty == Ty::Any { Ty::Any } else { Ty::Bottom })
                .collect(),
            new_param: a
                .funcs
                .iter()
                .map(|f| {
                    f.param_tys
                        .iter()
                        .map(|&p| if p == Ty::Any { Ty::Any } else { Ty::Bottom })
                        .collect()
                })
                .collect(),
            new_ret: a
                .funcs
                .iter()
                .map(|f| {
                    if f.ret_ty == Ty::Any {
                        Ty::Any
                    } else {
                        Ty::Bottom
                    }
                })
                .collect(),
            a,
            func: SCRIPT_FUNC,
            try_depth: 0,
            tail_edges: vec![],
            method_calls: collect.then(HashMap::new),
            unit: None,
        };
        // Bindings that start out undefined.
        for i in 0..nb {
            let b = &t.a.bindings[i];
            if b.ty != Ty::Any && b.kind == BindingKind::Var && !b.var_always_initialised {
                t.new_b[i] = t.new_b[i].join(Ty::Undef);
            }
        }
        t.stmts(&script.body);
        t
    }

    /// Walks `unit` alone under the current types of `a`.
    pub(super) fn walk_unit(a: &'a mut Analysis, unit: Unit<'s>) -> UnitWalk<'s> {
        let func = match unit {
            Unit::Script(_) => SCRIPT_FUNC,
            Unit::Function(f, _) | Unit::ClassBody(f, _) => f,
            Unit::Arrow(ar) => a.func_at(ar.span),
        };
        let mut t = Typer {
            a,
            func,
            try_depth: 0,
            new_b: vec![],
            new_param: vec![],
            new_ret: vec![],
            tail_edges: vec![],
            method_calls: None,
            unit: Some(UnitWalk::default()),
        };
        READS.with(|r| *r.borrow_mut() = Some(Vec::new()));
        match unit {
            Unit::Script(s) => t.stmts(&s.body),
            Unit::Function(f, fun) => t.function_body(f, fun),
            Unit::Arrow(ar) => t.arrow_body(ar),
            Unit::ClassBody(f, c) => t.class_body(f, c),
        }
        let mut w = t.unit.take().expect("walking a unit");
        w.tail_edges = std::mem::take(&mut t.tail_edges);
        w.reads = READS.with(|r| r.borrow_mut().take()).unwrap_or_default();
        w
    }
}

impl<'s> Typer<'_, 's> {
    /// Joins `t` into slot `s`.
    fn join_slot(&mut self, s: Slot, t: Ty) {
        if let Some(u) = &mut self.unit {
            u.contrib.push((s, t));
            return;
        }
        match s {
            Slot::Binding(b) => self.new_b[b] = self.new_b[b].join(t),
            Slot::Param(f, i) => self.new_param[f][i] = self.new_param[f][i].join(t),
            Slot::Ret(f) => self.new_ret[f] = self.new_ret[f].join(t),
        }
    }

    /// Defers nested unit `u` when walking one unit; false when walking all.
    fn defer(&mut self, u: Unit<'s>) -> bool {
        match &mut self.unit {
            Some(w) => {
                w.nested.push(u);
                true
            }
            None => false,
        }
    }

    fn assign(&mut self, b: BindingId, t: Ty) {
        self.join_slot(Slot::Binding(b), t);
    }

    fn ret(&mut self, t: Ty) {
        self.join_slot(Slot::Ret(self.func), t);
    }

    fn stmts(&mut self, ss: &'s [Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'s Stmt) {
        match s {
            Stmt::Block(b) => self.stmts(&b.stmts),
            Stmt::Return(r) => match &r.arg {
                Some(e) => {
                    self.expr(e);
                    let t = expr_ty(self.a, e);
                    self.ret(t);
                    if self.try_depth == 0 {
                        self.tail(e);
                    }
                }
                None => self.ret(Ty::Undef),
            },
            Stmt::Labeled(l) => self.stmt(&l.body),
            Stmt::With(w) => {
                self.expr(&w.obj);
                self.stmt(&w.body);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmt(&i.cons);
                if let Some(a) = &i.alt {
                    self.stmt(a);
                }
            }
            Stmt::Switch(sw) => {
                self.expr(&sw.discriminant);
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.cons);
                }
            }
            Stmt::Throw(t) => self.expr(&t.arg),
            Stmt::Try(t) => {
                self.try_depth += 1;
                self.stmts(&t.block.stmts);
                if let Some(h) = &t.handler {
                    if let Some(p) = &h.param {
                        self.pat(p);
                    }
                    self.stmts(&h.body.stmts);
                }
                if let Some(f) = &t.finalizer {
                    self.stmts(&f.stmts);
                }
                self.try_depth -= 1;
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmt(&w.body);
            }
            Stmt::DoWhile(w) => {
                self.stmt(&w.body);
                self.expr(&w.test);
            }
            Stmt::ForIn(f) => self.for_each(&f.left, &f.right, &f.body, Ty::Str),
            Stmt::ForOf(f) => self.for_each(&f.left, &f.right, &f.body, Ty::Any),
            Stmt::For(f) => {
                match &f.init {
                    Some(VarDeclOrExpr::VarDecl(v)) => self.var_decl(v),
                    Some(VarDeclOrExpr::Expr(e)) => self.expr(e),
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t);
                }
                if let Some(u) = &f.update {
                    self.expr(u);
                }
                self.stmt(&f.body);
            }
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            Stmt::Decl(Decl::Class(c)) => {
                // The class binding holds the constructor.
                if let Some(&b) = self.a.decls.get(&c.ident.span.lo) {
                    self.assign(b, Ty::Any);
                }
                self.class(&c.class)
            }
            Stmt::Decl(Decl::Fn(f)) => {
                let fid = self.a.func_at(f.function.span);
                self.function(fid, &f.function);
            }
            Stmt::Expr(e) => self.expr(&e.expr),
            _ => {}
        }
    }

    fn var_decl(&mut self, v: &'s VarDecl) {
        for d in &v.decls {
            let Pat::Ident(bi) = &d.name else {
                if let Some(init) = &d.init {
                    self.expr(init);
                }
                self.pat(&d.name);
                continue;
            };
            let b = self.a.decls[&bi.id.span.lo];
            match &d.init {
                Some(init) => {
                    self.expr(init);
                    let t = expr_ty(self.a, init);
                    self.assign(b, t);
                }
                None if v.kind != VarDeclKind::Var => self.assign(b, Ty::Undef),
                None => {}
            }
        }
    }

    /// `for (head in/of right) body`: the head's identifiers receive values of
    /// type `each` (or unknown, through a pattern).
    fn for_each(&mut self, left: &'s ForHead, right: &'s Expr, body: &'s Stmt, each: Ty) {
        self.expr(right);
        let pat = match left {
            ForHead::VarDecl(v) => v.decls.first().map(|d| &d.name),
            ForHead::Pat(p) => Some(&**p),
            ForHead::UsingDecl(_) => None,
        };
        if let Some(p) = pat {
            let ty = if matches!(p, Pat::Ident(_)) {
                each
            } else {
                Ty::Any
            };
            let mut ids = vec![];
            super::patterns::pat_idents(p, &mut ids);
            for id in ids {
                let b = self
                    .a
                    .reference(id.span.lo)
                    .map(|r| r.binding)
                    .or_else(|| self.a.decls.get(&id.span.lo).copied());
                if let Some(b) = b {
                    self.assign(b, ty);
                }
            }
            self.pat(p);
        }
        self.stmt(body);
    }

    /// The expressions inside a pattern (defaults, computed keys, targets).
    fn pat(&mut self, p: &'s Pat) {
        match p {
            Pat::Assign(a) => {
                self.pat(&a.left);
                self.expr(&a.right);
            }
            Pat::Array(a) => self.array_pat(a),
            Pat::Rest(r) => self.pat(&r.arg),
            Pat::Object(o) => self.object_pat(o),
            Pat::Expr(e) => self.expr(e),
            Pat::Ident(bi) => self.pat_target(&bi.id),
            Pat::Invalid(_) => {}
        }
    }

    fn array_pat(&mut self, a: &'s ArrayPat) {
        a.elems.iter().flatten().for_each(|e| self.pat(e));
    }

    fn object_pat(&mut self, o: &'s ObjectPat) {
        for p in &o.props {
            match p {
                ObjectPatProp::KeyValue(kv) => {
                    self.prop_name(&kv.key);
                    self.pat(&kv.value);
                }
                ObjectPatProp::Assign(a) => {
                    self.pat_target(&a.key.id);
                    if let Some(v) = &a.value {
                        self.expr(v);
                    }
                }
                ObjectPatProp::Rest(r) => self.pat(&r.arg),
            }
        }
    }

    /// An identifier a pattern assigns: whatever it receives is unknown.
    /// (Declared pattern bindings are unknown from the start; this covers
    /// existing bindings assigned by `[a, b] = ...`, `({ a } = ...)` and
    /// for-in/of heads.)
    fn pat_target(&mut self, id: &Ident) {
        if let Some(r) = self.a.reference(id.span.lo) {
            self.assign(r.binding, Ty::Any);
        }
    }

    fn function(&mut self, fid: FuncId, f: &'s Function) {
        if !self.defer(Unit::Function(fid, f)) {
            self.function_body(fid, f);
        }
    }

    fn function_body(&mut self, fid: FuncId, f: &'s Function) {
        let saved = (self.func, self.try_depth);
        self.func = fid;
        self.try_depth = 0;
        for p in &f.params {
            self.pat(&p.pat);
        }
        if let Some(body) = &f.body {
            self.stmts(&body.stmts);
            if completes(&body.stmts) {
                self.ret(Ty::Undef);
            }
        }
        (self.func, self.try_depth) = saved;
    }

    /// A class: heritage, field initialisers and constructor body (in the
    /// constructor's context), methods.
    fn class(&mut self, c: &'s Class) {
        if let Some(h) = &c.super_class {
            self.expr(h);
        }
        let fid = self.a.func_at(c.span);
        if !self.defer(Unit::ClassBody(fid, c)) {
            self.class_body(fid, c);
        }
        for m in &c.body {
            if let ClassMember::Method(m) = m {
                self.prop_name(&m.key);
                let fid = self.a.func_at(m.function.span);
                self.function(fid, &m.function);
            }
            if let ClassMember::PrivateMethod(m) = m {
                let fid = self.a.func_at(m.function.span);
                self.function(fid, &m.function);
            }
        }
    }

    /// A class's field initialisers, static blocks and constructor, in the
    /// constructor's context.
    fn class_body(&mut self, fid: FuncId, c: &'s Class) {
        let saved = (self.func, self.try_depth);
        self.func = fid;
        self.try_depth = 0;
        for m in &c.body {
            match m {
                ClassMember::ClassProp(p) => {
                    self.prop_name(&p.key);
                    if let Some(v) = &p.value {
                        self.expr(v);
                    }
                }
                ClassMember::PrivateProp(p) => {
                    if let Some(v) = &p.value {
                        self.expr(v);
                    }
                }
                ClassMember::StaticBlock(b) => self.stmts(&b.body.stmts),
                ClassMember::Constructor(k) => {
                    for p in &k.params {
                        if let ParamOrTsParamProp::Param(p) = p {
                            self.pat(&p.pat);
                        }
                    }
                    if let Some(b) = &k.body {
                        self.stmts(&b.stmts);
                    }
                }
                _ => {}
            }
        }
        (self.func, self.try_depth) = saved;
    }

    fn prop_name(&mut self, k: &'s PropName) {
        if let PropName::Computed(c) = k {
            self.expr(&c.expr);
        }
    }

    fn arrow(&mut self, ar: &'s ArrowExpr) {
        if !self.defer(Unit::Arrow(ar)) {
            self.arrow_body(ar);
        }
    }

    fn arrow_body(&mut self, ar: &'s ArrowExpr) {
        let fid = self.a.func_at(ar.span);
        let saved = (self.func, self.try_depth);
        self.func = fid;
        self.try_depth = 0;
        for p in &ar.params {
            self.pat(p);
        }
        match &*ar.body {
            ArrowFunctionBody::FunctionBody(b) => {
                self.stmts(&b.stmts);
                if completes(&b.stmts) {
                    self.ret(Ty::Undef);
                }
            }
            ArrowFunctionBody::Expr(e) => {
                self.expr(e);
                let t = expr_ty(self.a, e);
                self.ret(t);
                self.tail(e);
            }
        }
        (self.func, self.try_depth) = saved;
    }

    /// When collecting: joins the types of the first [`SPEC_ARGS`]
    /// arguments of call `o.name(args)`
    /// into `method_calls[name]`.
    fn method_call(&mut self, callee: &Expr, args: &[ExprOrSpread]) {
        if self.method_calls.is_none() {
            return;
        }
        let Expr::Member(m) = strip_parens(callee) else {
            return;
        };
        let MemberProp::Ident(p) = &m.prop else {
            return;
        };
        let mut tys = Vec::with_capacity(args.len());
        let mut spread = false;
        for a in args {
            spread |= a.spread.is_some();
            tys.push(if spread {
                Ty::Any
            } else {
                expr_ty(self.a, &a.expr)
            });
        }
        let calls = self.method_calls.as_mut().expect("collecting");
        let joined = calls
            .entry(p.sym.to_string())
            .or_insert_with(|| vec![Ty::Bottom; SPEC_ARGS]);
        // Missing arguments are undefined; after a spread, anything.
        let pad = if spread { Ty::Any } else { Ty::Undef };
        for (i, j) in joined.iter_mut().enumerate() {
            *j = j.join(tys.get(i).copied().unwrap_or(pad));
        }
    }

    /// Records known callees of calls in tail position of `e`.
    fn tail(&mut self, e: &Expr) {
        match strip_parens(e) {
            Expr::Call(c) => {
                if let Callee::Expr(callee) = &c.callee {
                    if let Some(g) = known_callee(self.a, callee) {
                        self.tail_edges.push((self.func, g));
                    }
                }
            }
            Expr::Cond(c) => {
                self.tail(&c.cons);
                self.tail(&c.alt);
            }
            Expr::Seq(s) => {
                if let Some(l) = s.exprs.last() {
                    self.tail(l);
                }
            }
            Expr::Bin(b)
                if matches!(
                    b.op,
                    BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing
                ) =>
            {
                self.tail(&b.right);
            }
            _ => {}
        }
    }

    fn member(&mut self, m: &'s MemberExpr) {
        self.expr(&m.obj);
        if let MemberProp::Computed(c) = &m.prop {
            self.expr(&c.expr);
        }
    }

    fn expr(&mut self, e: &'s Expr) {
        match e {
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Tpl(t) => t.exprs.iter().for_each(|e| self.expr(e)),
            Expr::TaggedTpl(t) => {
                self.expr(&t.tag);
                t.tpl.exprs.iter().for_each(|e| self.expr(e));
            }
            Expr::Unary(u) => self.expr(&u.arg),
            Expr::Update(u) => {
                self.expr(&u.arg);
                if let Expr::Ident(id) = crate::syntax::ast::strip_parens(&u.arg) {
                    if let Some(r) = self.a.reference(id.span.lo) {
                        let t = numeric(expr_ty(self.a, &u.arg), Ty::Num);
                        self.assign(r.binding, t);
                    }
                }
            }
            Expr::Bin(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::Assign(asg) => {
                match &asg.left {
                    AssignTarget::Simple(SimpleAssignTarget::Member(m)) => self.member(m),
                    AssignTarget::Pat(AssignTargetPat::Array(ap)) => self.array_pat(ap),
                    AssignTarget::Pat(AssignTargetPat::Object(op)) => self.object_pat(op),
                    _ => {}
                }
                self.expr(&asg.right);
                if let AssignTarget::Simple(SimpleAssignTarget::Ident(bi)) = &asg.left {
                    if let Some(r) = self.a.reference(bi.id.span.lo) {
                        let t = expr_ty(self.a, e);
                        let t = if matches!(
                            asg.op,
                            AssignOp::AndAssign | AssignOp::OrAssign | AssignOp::NullishAssign
                        ) {
                            t.join(ident_ty(self.a, &bi.id))
                        } else {
                            t
                        };
                        self.assign(r.binding, t);
                    }
                }
            }
            Expr::Member(m) => self.member(m),
            Expr::Cond(c) => {
                self.expr(&c.test);
                self.expr(&c.cons);
                self.expr(&c.alt);
            }
            Expr::Call(c) => {
                if let Callee::Expr(callee) = &c.callee {
                    match strip_parens(callee) {
                        Expr::Fn(fe) => {
                            let fid = self.a.func_at(fe.function.span);
                            self.function(fid, &fe.function);
                        }
                        Expr::Arrow(ar) => self.arrow(ar),
                        other => self.expr(other),
                    }
                    self.method_call(callee, &c.args);
                    if let Some(f) = known_callee(self.a, callee) {
                        self.a.direct_calls.insert(c.span.lo, f);
                        if self.a.funcs[f].is_specialised() {
                            let n = self.a.funcs[f].params.len();
                            for i in 0..n {
                                let t = c
                                    .args
                                    .get(i)
                                    .map_or(Ty::Undef, |a| expr_ty(self.a, &a.expr));
                                self.join_slot(Slot::Param(f, i), t);
                            }
                        }
                    }
                }
                for a in &c.args {
                    self.expr(&a.expr);
                }
            }
            Expr::Object(o) => {
                for p in &o.props {
                    match p {
                        PropOrSpread::Spread(s) => self.expr(&s.expr),
                        PropOrSpread::Prop(p) => match &**p {
                            Prop::KeyValue(kv) => {
                                self.prop_name(&kv.key);
                                self.expr(&kv.value);
                            }
                            Prop::Method(m) => {
                                self.prop_name(&m.key);
                                let fid = self.a.func_at(m.function.span);
                                self.function(fid, &m.function);
                            }
                            Prop::Getter(g) => {
                                self.prop_name(&g.key);
                                let fid = self.a.func_at(g.function.span);
                                self.function(fid, &g.function);
                            }
                            Prop::Setter(st) => {
                                self.prop_name(&st.key);
                                let fid = self.a.func_at(st.function.span);
                                self.function(fid, &st.function);
                            }
                            _ => {}
                        },
                    }
                }
            }
            Expr::Array(a) => a.elems.iter().flatten().for_each(|e| self.expr(&e.expr)),
            Expr::OptChain(o) => match &*o.base {
                OptChainBase::Member(m) => self.member(m),
                OptChainBase::Call(c) => {
                    self.expr(&c.callee);
                    c.args.iter().for_each(|a| self.expr(&a.expr));
                }
            },
            Expr::Class(c) => self.class(&c.class),
            Expr::SuperProp(s) => {
                if let SuperProp::Computed(c) = &s.prop {
                    self.expr(&c.expr);
                }
            }
            Expr::New(n) => {
                self.expr(&n.callee);
                if let Some(args) = &n.args {
                    args.iter().for_each(|a| self.expr(&a.expr));
                }
            }
            Expr::Seq(s) => s.exprs.iter().for_each(|e| self.expr(e)),
            Expr::Fn(fe) => {
                let fid = self.a.func_at(fe.function.span);
                self.function(fid, &fe.function);
            }
            Expr::Arrow(ar) => self.arrow(ar),
            Expr::Yield(y) => {
                if let Some(a) = &y.arg {
                    self.expr(a);
                }
            }
            Expr::Await(a) => self.expr(&a.arg),
            _ => {}
        }
    }
}
