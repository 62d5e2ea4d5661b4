//! The resolver pass: declares bindings per scope, resolves references, decides storage.

use super::*;
use crate::diag::{CResult, Diagnostic};
use crate::syntax::ast::strip_parens;
use swc_common::Spanned;
use swc_ecma_ast::*;

/// One identifier reference found by the walk.
#[derive(Debug, Clone, Copy)]
pub(super) struct Use {
    pub(super) binding: BindingId,
    pub(super) lo: BytePos,
    pub(super) func: FuncId,
    /// The reference is the callee of a plain call `f(...)`.
    pub(super) callee: bool,
    /// A synthetic reference (recorded in `synth_refs`).
    pub(super) synth: bool,
    /// A use of a `with` object's binding by a [`WithRef`] (recorded in
    /// `with_refs`, not as a reference of its own).
    pub(super) hidden: bool,
}

pub(super) struct Resolver {
    pub(super) a: Analysis,
    pub(super) scope: ScopeId,
    pub(super) func: FuncId,
    pub(super) uses: Vec<Use>,
    /// Statements being walked run unconditionally on function entry.
    pub(super) unconditional: bool,
    /// `var` bindings' first unconditional initialiser end.
    pub(super) var_init: HashMap<BindingId, BytePos>,
    /// Names declared as functions more than once in a scope.
    pub(super) redeclared: Vec<BindingId>,
    /// The identifier of the innermost `typeof x` being resolved.
    pub(super) typeof_operand: Option<BytePos>,
    /// Functions made by the compiler or treated specially (see
    /// [`super::eval::Made`]): sloppy whatever their parent is (also the
    /// CommonJS wrappers of a bundle whose entry is a (strict) ES module),
    /// opaque (seeing only globals), named in stack traces.
    pub(super) made: super::eval::Made,
    /// The function scopes of opaque functions: lookups stop there.
    pub(super) opaque_scopes: HashSet<ScopeId>,
    /// Located warnings for `eval`/`Function` calls that throw EvalError.
    pub(super) eval_warnings: Vec<Diagnostic>,
    /// Walking the current function's parameter patterns and defaults.
    pub(super) in_params: bool,
    /// Where each source file of a bundle starts: positions order code
    /// only within one file (a bundle's files run in another order).
    pub(super) file_starts: Vec<BytePos>,
    /// A `with` statement or an eval-declared `var` has been seen (before
    /// that, no lookup can cross a run-time layer, and references resolve
    /// as fast as without them).
    pub(super) any_with: bool,
    /// References crossing run-time layers (by position), with those
    /// layers innermost first: [`WithRef`]s once resolved.
    pub(super) with_pending: Vec<(BytePos, Vec<Layer>)>,
    /// `var` bindings that only direct eval code declares (see
    /// [`Layer::EvalVar`]).
    pub(super) eval_vars: HashSet<BindingId>,
    /// Bindings declared with the global `eval` as initialiser
    /// (`var e = eval`): calls of them may be indirect evals.
    pub(super) eval_aliases: HashSet<BindingId>,
    /// Calls of such bindings with constant code, decided in `finish`.
    pub(super) alias_calls: Vec<(BindingId, super::eval::Site)>,
    /// Walking a class's field initialisers or static blocks (arrows
    /// inside them included): eval code there may not contain `arguments`.
    pub(super) in_field_init: bool,
}

/// Analyses `script`: scopes, bindings, references, captures, storage, types.
pub fn analyse(script: &Script) -> CResult<Analysis> {
    analyse_with(script, &super::eval::Made::default(), Vec::new())
}

/// [`analyse`] for a bundle of several files or a program with eval code
/// spliced in: the functions to treat specially (see [`Resolver::made`])
/// and where each file starts (sorted).
pub fn analyse_with(
    script: &Script,
    made: &super::eval::Made,
    file_starts: Vec<BytePos>,
) -> CResult<Analysis> {
    let strict = has_use_strict(script.body.iter().map(|s| s.as_stmt()));
    let mut r = Resolver {
        made: made.clone(),
        opaque_scopes: HashSet::new(),
        eval_warnings: Vec::new(),
        in_params: false,
        file_starts,
        a: Analysis::default(),
        scope: 0,
        func: 0,
        uses: Vec::new(),
        unconditional: true,
        var_init: HashMap::new(),
        redeclared: Vec::new(),
        typeof_operand: None,
        any_with: false,
        with_pending: Vec::new(),
        eval_vars: HashSet::new(),
        eval_aliases: HashSet::new(),
        alias_calls: Vec::new(),
        in_field_init: false,
    };
    let mut main = FuncInfo::new(FuncKind::Script, "<main>".into(), script.span, None, strict);
    main.scope = 0;
    main.ret_ty = Ty::Any;
    r.a.funcs.push(main);
    r.push_scope(ScopeKind::Function, None);
    r.declare_this_bindings(SCRIPT_FUNC, 0);
    r.hoist_vars(&script.body)?;
    r.declare_lexical(&script.body)?;
    r.stmts(&script.body)?;
    r.finish()?;
    let mut a = r.a;
    super::fixpoint::infer(&mut a, script)?;
    super::ta_kinds::infer(&mut a, script);
    super::speculate::speculate(&mut a, script);
    a.warnings = undefined_global_warnings(&a);
    a.warnings.extend(r.eval_warnings);
    a.warnings.sort_by_key(|d| d.span.lo);
    Ok(a)
}

/// Gives an analysed program classic-script semantics (`kiln build --script`, what
/// test262 and `<script>` code expect, where Node runs a file as a
/// CommonJS module): the top-level `var` and function declarations are
/// properties of the global object ([`Storage::Global`]), so code reads and
/// writes them through it (another script, `globalThis.x = ...` or a
/// `delete` sees the same binding), never typed and never called directly.
pub fn globalize_script(a: &mut Analysis, script: &Script) -> CResult<()> {
    a.script_mode = true;
    // Methods' speculative clones were typed under the module storage.
    a.spec = None;
    a.spec_params.clear();
    for b in a.bindings.iter_mut() {
        // (`%` names are the compiler's own, never global properties.)
        if b.scope == 0
            && matches!(b.kind, BindingKind::Var | BindingKind::Function)
            && !b.name.starts_with('%')
        {
            b.storage = Storage::Global;
            b.reassigned = true;
            // Reachable as a property: called with anything, from anywhere.
            if let Some(f) = b.known_fn.take() {
                a.funcs[f].escapes = true;
            }
        }
    }
    super::fixpoint::infer(a, script)?;
    super::ta_kinds::infer(a, script);
    Ok(())
}

/// The dotted path V8 infers as the name of a function assigned to member
/// `m` (`a.b.c`, `X.prototype.m` as `X.m`, `a['k']` as `a.k`), when every
/// part is a name.
fn member_path(m: &MemberExpr) -> Option<String> {
    let prop = match &m.prop {
        MemberProp::Ident(i) => i.sym.to_string(),
        MemberProp::Computed(c) => match strip_parens(&c.expr) {
            Expr::Lit(swc_ecma_ast::Lit::Str(s)) => s.value.as_str()?.to_string(),
            _ => return None,
        },
        MemberProp::PrivateName(_) => return None,
    };
    let base = match strip_parens(&m.obj) {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::Member(inner) => member_path(inner)?,
        _ => return None,
    };
    Some(if prop == "prototype" {
        base
    } else {
        format!("{base}.{prop}")
    })
}

/// The global object's own names for itself: `globalThis`, and Node's
/// `global` (when the program does not declare its own).
fn is_global_object_name(name: &str) -> bool {
    matches!(name, "globalThis" | "global")
}

/// A located warning for each global the program reads that no declaration,
/// no assignment and no builtin provides: the read throws ReferenceError
/// when it runs (a typo, or a Node global kiln does not have yet). Not an
/// error: the program may create it dynamically, and silent when it uses
/// `globalThis` as a value (it may define anything).
fn undefined_global_warnings(a: &Analysis) -> Vec<Diagnostic> {
    if a.global_object_escapes {
        return Vec::new();
    }
    let mut out: Vec<Diagnostic> = a
        .global_reads
        .iter()
        .filter(|(name, _)| {
            !a.global_writes.contains(*name)
                && !kiln_runtime::abi::names::GLOBAL_OBJECT_NAMES.contains(&name.as_str())
        })
        .map(|(name, span)| {
            Diagnostic::new(
                *span,
                format!("`{name}` is not defined: no declaration, assignment or builtin provides it (reading it throws ReferenceError)"),
            )
        })
        .collect();
    out.sort_by_key(|d| d.span.lo);
    out
}

/// Does `script` begin with a `"use strict"` directive?
pub fn script_is_strict(script: &Script) -> bool {
    has_use_strict(script.body.iter().map(Some))
}

fn has_use_strict<'a>(mut stmts: impl Iterator<Item = Option<&'a Stmt>>) -> bool {
    while let Some(Some(Stmt::Expr(ExprStmt { expr, .. }))) = stmts.next() {
        match &**expr {
            Expr::Lit(Lit::Str(s)) => {
                if s.value.as_str() == Some("use strict")
                    && s.raw.as_ref().is_some_and(|r| r.len() == 12)
                {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

trait AsStmt {
    fn as_stmt(&self) -> Option<&Stmt>;
}
impl AsStmt for Stmt {
    fn as_stmt(&self) -> Option<&Stmt> {
        Some(self)
    }
}

fn key(span: Span) -> (BytePos, BytePos) {
    (span.lo, span.hi)
}

impl Resolver {
    /// Whether two positions are in one source file (so their order is
    /// the order the code runs in).
    fn same_file(&self, a: BytePos, b: BytePos) -> bool {
        let file = |p: BytePos| self.file_starts.partition_point(|&s| s <= p);
        self.file_starts.is_empty() || file(a) == file(b)
    }

    pub(super) fn push_scope(&mut self, kind: ScopeKind, span: Option<Span>) -> ScopeId {
        let id = self.a.scopes.len();
        let parent = if id == 0 { None } else { Some(self.scope) };
        self.a.scopes.push(Scope {
            kind,
            parent,
            func: self.func,
            bindings: vec![],
            fn_decls: vec![],
            names: HashMap::new(),
        });
        if let Some(sp) = span {
            self.a.scope_by_span.insert((sp.lo, sp.hi, kind as u8), id);
        }
        self.scope = id;
        id
    }

    pub(super) fn pop_scope(&mut self) {
        self.scope = self.a.scopes[self.scope].parent.expect("scope underflow");
    }

    /// Strict code may not bind or assign `eval` and `arguments` (an early error).
    pub(super) fn check_strict_target(&self, id: &Ident) -> CResult<()> {
        if self.a.funcs[self.func].strict && (&*id.sym == "eval" || &*id.sym == "arguments") {
            return Err(Diagnostic::new(
                id.span,
                "syntax error: Unexpected eval or arguments in strict mode",
            ));
        }
        Ok(())
    }

    pub(super) fn declare(
        &mut self,
        id: &Ident,
        kind: BindingKind,
        scope: ScopeId,
    ) -> CResult<BindingId> {
        self.check_strict_target(id)?;
        let name = id.sym.to_string();
        if let Some(&existing) = self.a.scopes[scope].names.get(&name) {
            let ek = self.a.bindings[existing].kind;
            let ok = match (ek, kind) {
                (
                    BindingKind::Var | BindingKind::Param | BindingKind::Function,
                    BindingKind::Var,
                ) => true,
                (
                    BindingKind::Var | BindingKind::Param | BindingKind::Function,
                    BindingKind::Function,
                ) => {
                    !(self.a.scopes[scope].kind != ScopeKind::Function
                        && ek == BindingKind::Function
                        && self.a.funcs[self.func].strict)
                }
                (BindingKind::Param, BindingKind::Param) => !self.a.funcs[self.func].strict,
                _ => false,
            };
            if !ok {
                return Err(Diagnostic::new(
                    id.span,
                    format!("syntax error: Identifier '{name}' has already been declared"),
                ));
            }
            if kind == BindingKind::Function {
                if ek == BindingKind::Function {
                    self.redeclared.push(existing);
                }
                self.a.bindings[existing].kind = BindingKind::Function;
            }
            if !self.made.eval_vars.contains(&id.span.lo) {
                // Declared by the code itself too: an ordinary binding.
                self.eval_vars.remove(&existing);
            }
            self.a.decls.insert(id.span.lo, existing);
            return Ok(existing);
        }
        let b = self.a.bindings.len();
        self.a.bindings.push(Binding {
            name: name.clone(),
            kind,
            func: self.func,
            scope,
            span: id.span,
            init_end: id.span.hi,
            captured: false,
            reassigned: false,
            needs_hole: false,
            var_always_initialised: false,
            storage: Storage::Local,
            ty: Ty::Bottom,
            known_fn: None,
            destructured: false,
            dynamic: false,
        });
        self.a.scopes[scope].bindings.push(b);
        self.a.scopes[scope].names.insert(name, b);
        self.a.decls.insert(id.span.lo, b);
        if self.made.eval_vars.contains(&id.span.lo) {
            self.eval_vars.insert(b);
            self.any_with = true;
        }
        Ok(b)
    }

    pub(super) fn lookup(&self, name: &str) -> Option<BindingId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(&b) = self.a.scopes[id].names.get(name) {
                return Some(b);
            }
            if self.opaque_scopes.contains(&id) {
                return None;
            }
            s = self.a.scopes[id].parent;
        }
        None
    }

    /// The `arguments` visible here without leaving the nearest non-arrow
    /// function: an outer function's `arguments` (declared because the
    /// outer function mentioned it first) is not this function's.
    fn lookup_own_arguments(&self) -> Option<BindingId> {
        let mut f = self.func;
        while self.a.funcs[f].kind == FuncKind::Arrow {
            match self.a.funcs[f].parent {
                Some(p) => f = p,
                None => break,
            }
        }
        if f == SCRIPT_FUNC {
            return self.lookup("arguments");
        }
        let stop = self.a.funcs[f].scope;
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(&b) = self.a.scopes[id].names.get("arguments") {
                return Some(b);
            }
            if id == stop {
                return None;
            }
            s = self.a.scopes[id].parent;
        }
        None
    }

    pub(super) fn reference(&mut self, id: &Ident, callee: bool, write: bool) {
        if &*id.sym == "arguments" && self.lookup_own_arguments().is_none() {
            self.declare_arguments();
        }
        let (mut found, withs) = if self.any_with {
            self.lookup_with(&id.sym)
        } else {
            (self.lookup(&id.sym), Vec::new())
        };
        if found.is_none() && &*id.sym == "arguments" {
            // Top level: the CommonJS entry's wrapper arguments, if its
            // prelude declared them (else a global read, as in a script).
            found = self.lookup(crate::analysis::builtins::ENTRY_ARGUMENTS);
        }
        // Through a with object, a callee is a value (called with the
        // object as `this` when found there).
        let callee = callee && withs.is_empty();
        if !withs.is_empty() {
            self.with_reference(id.span.lo, found, withs);
        }
        if found.is_none() && (write || !callee) {
            // A builtin global used other than by calling it: written, or
            // a value that can reach its properties.
            self.patch_global(&id.sym);
        }
        if found.is_none() {
            if write {
                self.a.global_writes.insert(id.sym.to_string());
            } else if self.in_with(&id.sym) {
                // Likely a with object's property: no warning.
            } else if self.typeof_operand != Some(id.span.lo) {
                self.a
                    .global_reads
                    .entry(id.sym.to_string())
                    .or_insert(id.span);
            } else {
                self.a.typeof_globals.insert(id.sym.to_string());
            }
            if is_global_object_name(&id.sym) {
                self.a.global_object_escapes = true;
            }
        }
        if let Some(b) = found {
            self.uses.push(Use {
                binding: b,
                lo: id.span.lo,
                func: self.func,
                callee,
                synth: false,
                hidden: false,
            });
            if write {
                self.a.bindings[b].reassigned = true;
            }
        }
    }

    /// Records that builtin global `name` (when it is one) may be modified
    /// or escape: all of them for `globalThis` itself.
    pub(super) fn patch_global(&mut self, name: &str) {
        use crate::analysis::builtins::{is_builtin_namespace, BUILTIN_GLOBALS};
        if is_global_object_name(name) {
            for g in BUILTIN_GLOBALS {
                self.a.patched_globals.insert(g.to_string());
            }
        } else if is_builtin_namespace(name) {
            self.a.patched_globals.insert(name.to_string());
        }
    }

    /// `g.name` where `g` is an unresolved global: reading a builtin's
    /// property (`Math.sqrt`) leaves it as it is; `write` (assigning,
    /// deleting, updating the property) may change it. `globalThis.Math`
    /// reaches the builtin `Math` itself. Returns false for other member
    /// expressions (resolved normally).
    pub(super) fn global_member(&mut self, m: &MemberExpr, write: bool) -> bool {
        let (Expr::Ident(obj), MemberProp::Ident(prop)) = (strip_parens(&m.obj), &m.prop) else {
            return false;
        };
        if !crate::analysis::builtins::is_builtin_namespace(&obj.sym)
            || self.lookup(&obj.sym).is_some()
            || self.in_with(&obj.sym)
        {
            return false;
        }
        if is_global_object_name(&obj.sym) {
            // `globalThis.X` reads or writes global X.
            self.patch_global(&prop.sym);
            if write {
                self.a.global_writes.insert(prop.sym.to_string());
            }
        } else if write {
            self.patch_global(&obj.sym);
        }
        if crate::analysis::builtins::CJS_NAMES.contains(&&*obj.sym) {
            // `module.exports = …`, `require.main`: the module's own names
            // are read (the entry becomes a CommonJS module).
            self.a
                .global_reads
                .entry(obj.sym.to_string())
                .or_insert(obj.span);
        }
        true
    }

    // ---- hoisting ----

    pub(super) fn function_scope(&self) -> ScopeId {
        self.a.funcs[self.func].scope
    }

    pub(super) fn new_func(&mut self, kind: FuncKind, name: String, span: &Span) -> FuncId {
        let id = self.a.funcs.len();
        let strict = self.a.funcs[self.func].strict && !self.made.sloppy.contains(&key(*span));
        let mut info = FuncInfo::new(kind, name, *span, Some(self.func), strict);
        info.trace_name = self.made.trace.get(&key(*span)).cloned();
        self.a.funcs.push(info);
        self.a.func_by_span.insert(key(*span), id);
        id
    }

    // ---- functions ----

    pub(super) fn function(
        &mut self,
        fid: FuncId,
        f: &Function,
        self_name: Option<&Ident>,
    ) -> CResult<()> {
        if f.is_generator {
            self.a.funcs[fid].is_generator = true;
            self.a.funcs[fid].escapes = true;
        }
        if f.is_async {
            self.a.funcs[fid].is_async = true;
            self.a.funcs[fid].escapes = true;
        }
        let body = match &f.body {
            Some(b) => b,
            None => {
                return Err(Diagnostic::new(
                    f.span,
                    "syntax error: function without a body",
                ))
            }
        };
        let params: Vec<&Pat> = f.params.iter().map(|p| &p.pat).collect();
        self.function_common(fid, &params, &body.stmts, None, self_name)
    }

    pub(super) fn function_common(
        &mut self,
        fid: FuncId,
        params: &[&Pat],
        stmts: &[Stmt],
        expr_body: Option<&Expr>,
        self_name: Option<&Ident>,
    ) -> CResult<()> {
        let saved = (self.scope, self.func, self.unconditional);
        let saved_field = self.in_field_init;
        if self.a.funcs[fid].kind != FuncKind::Arrow {
            self.in_field_init = false;
        }
        if expr_body.is_none() && has_use_strict(stmts.iter().map(|s| s.as_stmt())) {
            self.a.funcs[fid].strict = true;
        }
        if let Some(name) = self_name {
            let s = self.push_scope(ScopeKind::FuncName, None);
            self.a.scopes[s].func = fid;
            self.func = fid;
            let b = self.declare(name, BindingKind::FuncExprName, s)?;
            self.a.bindings[b].known_fn = Some(fid);
            self.a.funcs[fid].self_binding = Some(b);
        }
        self.func = fid;
        let fs = self.push_scope(ScopeKind::Function, None);
        self.a.funcs[fid].scope = fs;
        if self.made.opaque.contains(&key(self.a.funcs[fid].span)) {
            self.opaque_scopes.insert(fs);
        }
        if !matches!(
            self.a.funcs[fid].kind,
            FuncKind::Arrow | FuncKind::ClassCtor
        ) {
            self.declare_this_bindings(fid, fs);
        }
        let mut defaults = vec![];
        let mut patterns = vec![];
        for p in params {
            match p {
                Pat::Ident(bi) => {
                    let b = self.declare(&bi.id, BindingKind::Param, fs)?;
                    self.a.funcs[fid].params.push(b);
                    if !self.a.funcs[fid].has_defaults {
                        self.a.funcs[fid].length += 1;
                    }
                }
                Pat::Rest(r) => match &*r.arg {
                    Pat::Ident(bi) => {
                        let b = self.declare(&bi.id, BindingKind::Param, fs)?;
                        self.a.funcs[fid].rest_param = Some(b);
                    }
                    // `...[a, b]`: an unnamed rest array the pattern then
                    // destructures.
                    pattern => {
                        let b = self.declare_synth("%rest", fs);
                        self.a.funcs[fid].rest_param = Some(b);
                        self.declare_pat(pattern, BindingKind::Param, fs)?;
                        patterns.push(pattern);
                    }
                },
                Pat::Assign(a) => match &*a.left {
                    Pat::Ident(bi) => {
                        let b = self.declare(&bi.id, BindingKind::Param, fs)?;
                        self.a.funcs[fid].params.push(b);
                        self.a.funcs[fid].has_defaults = true;
                        defaults.push(&a.right);
                    }
                    pattern => {
                        // A destructured parameter with a default: an unnamed
                        // parameter the pattern then destructures.
                        let n = self.a.funcs[fid].params.len();
                        let b = self.declare_synth(&format!("%arg{n}"), fs);
                        self.a.funcs[fid].params.push(b);
                        self.a.funcs[fid].has_defaults = true;
                        defaults.push(&a.right);
                        self.declare_pat(pattern, BindingKind::Param, fs)?;
                        patterns.push(pattern);
                    }
                },
                pattern @ (Pat::Object(_) | Pat::Array(_)) => {
                    let n = self.a.funcs[fid].params.len();
                    let b = self.declare_synth(&format!("%arg{n}"), fs);
                    self.a.funcs[fid].params.push(b);
                    if !self.a.funcs[fid].has_defaults {
                        self.a.funcs[fid].length += 1;
                    }
                    self.a.funcs[fid].has_defaults = true;
                    self.declare_pat(pattern, BindingKind::Param, fs)?;
                    patterns.push(pattern);
                }
                other => return Err(Diagnostic::unsupported(other.span(), "destructuring")),
            }
        }
        let saved_params = std::mem::replace(&mut self.in_params, true);
        for p in patterns {
            self.pat_exprs(p, false)?;
        }
        for d in defaults {
            self.expr(d)?;
        }
        self.in_params = false;
        self.unconditional = true;
        if let Some(e) = expr_body {
            self.expr(e)?;
        } else {
            self.hoist_vars(stmts)?;
            self.declare_lexical(stmts)?;
            self.stmts(stmts)?;
        }
        self.scope = saved.0;
        self.func = saved.1;
        self.unconditional = saved.2;
        self.in_params = saved_params;
        self.in_field_init = saved_field;
        Ok(())
    }

    // ---- statements ----

    pub(super) fn stmts(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn block(&mut self, b: &BlockStmt) -> CResult<()> {
        let saved = self.unconditional;
        self.unconditional = false;
        self.push_scope(ScopeKind::Block, Some(b.span));
        self.declare_lexical(&b.stmts)?;
        self.no_var_over_lexical(b.stmts.iter())?;
        self.stmts(&b.stmts)?;
        self.pop_scope();
        self.unconditional = saved;
        Ok(())
    }

    pub(super) fn nested_stmt(&mut self, s: &Stmt) -> CResult<()> {
        let saved = self.unconditional;
        self.unconditional = false;
        let mut inner = s;
        while let Stmt::Labeled(l) = inner {
            inner = &l.body;
        }
        if let (Stmt::Labeled(_), Stmt::Decl(Decl::Fn(_))) = (s, inner) {
            return Err(Diagnostic::new(
                s.span(),
                "syntax error: a labelled function declaration cannot be the body of a statement",
            ));
        }
        if let Stmt::Decl(Decl::Fn(f)) = s {
            return Err(Diagnostic::unsupported(
                f.function.span,
                "a function declaration as the body of a statement",
            ));
        }
        if let Stmt::Decl(d) = s {
            if !matches!(d, Decl::Var(v) if v.kind == VarDeclKind::Var) {
                return Err(Diagnostic::new(
                    s.span(),
                    "syntax error: Lexical declaration cannot appear in a single-statement context",
                ));
            }
        }
        self.stmt(s)?;
        self.unconditional = saved;
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::Block(b) => self.block(b),
            Stmt::Empty(_) | Stmt::Debugger(_) => Ok(()),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Return(r) => {
                if self.func == SCRIPT_FUNC {
                    return Err(Diagnostic::new(
                        r.span,
                        "syntax error: Illegal return statement",
                    ));
                }
                if let Some(e) = &r.arg {
                    self.expr(e)?;
                }
                Ok(())
            }
            Stmt::Labeled(l) => self.stmt(&l.body),
            Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.nested_stmt(&i.cons)?;
                if let Some(alt) = &i.alt {
                    self.nested_stmt(alt)?;
                }
                Ok(())
            }
            Stmt::Switch(sw) => {
                self.expr(&sw.discriminant)?;
                let saved = self.unconditional;
                self.unconditional = false;
                self.push_scope(ScopeKind::Switch, Some(sw.span));
                for c in &sw.cases {
                    self.declare_lexical(&c.cons)?;
                }
                self.no_var_over_lexical(sw.cases.iter().flat_map(|c| &c.cons))?;
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.cons)?;
                }
                self.pop_scope();
                self.unconditional = saved;
                Ok(())
            }
            Stmt::Throw(t) => self.expr(&t.arg),
            Stmt::Try(t) => {
                self.block(&t.block)?;
                if let Some(h) = &t.handler {
                    self.push_scope(ScopeKind::Catch, Some(h.span));
                    let saved = self.unconditional;
                    self.unconditional = false;
                    if let Some(p) = &h.param {
                        match p {
                            Pat::Ident(bi) => {
                                let s = self.scope;
                                self.declare(&bi.id, BindingKind::CatchParam, s)?;
                            }
                            other => {
                                let s = self.scope;
                                self.declare_pat(other, BindingKind::CatchParam, s)?;
                                self.pat_exprs(other, false)?;
                            }
                        }
                    }
                    // `catch (x) { let x }` redeclares the parameter.
                    let mut ids = Vec::new();
                    for s in &h.body.stmts {
                        match s {
                            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => v
                                .decls
                                .iter()
                                .for_each(|d| super::patterns::pat_idents(&d.name, &mut ids)),
                            _ => {}
                        }
                    }
                    for id in ids {
                        self.no_redeclaration(self.scope, id)?;
                    }
                    self.block(&h.body)?;
                    self.unconditional = saved;
                    self.pop_scope();
                }
                if let Some(f) = &t.finalizer {
                    self.block(f)?;
                }
                Ok(())
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.nested_stmt(&w.body)
            }
            Stmt::DoWhile(w) => {
                self.nested_stmt(&w.body)?;
                self.expr(&w.test)
            }
            Stmt::For(f) => {
                let lexical = matches!(&f.init, Some(VarDeclOrExpr::VarDecl(v)) if v.kind != VarDeclKind::Var);
                if lexical {
                    self.push_scope(ScopeKind::For, Some(f.span));
                }
                match &f.init {
                    Some(VarDeclOrExpr::VarDecl(v)) => {
                        if lexical {
                            let kind = if v.kind == VarDeclKind::Const {
                                BindingKind::Const
                            } else {
                                BindingKind::Let
                            };
                            for d in &v.decls {
                                let s = self.scope;
                                let bs = match &d.name {
                                    Pat::Ident(bi) => vec![self.declare(&bi.id, kind, s)?],
                                    pattern => self.declare_pat(pattern, kind, s)?,
                                };
                                for b in bs {
                                    self.a.bindings[b].init_end = d.span.hi;
                                }
                            }
                        }
                        self.var_decl(v)?;
                    }
                    Some(VarDeclOrExpr::Expr(e)) => self.expr(e)?,
                    None => {}
                }
                let saved = self.unconditional;
                self.unconditional = false;
                if let Some(t) = &f.test {
                    self.expr(t)?;
                }
                if let Some(u) = &f.update {
                    self.expr(u)?;
                }
                if lexical {
                    self.no_var_over_lexical(std::iter::once(&*f.body))?;
                }
                self.nested_stmt(&f.body)?;
                self.unconditional = saved;
                if lexical {
                    self.pop_scope();
                }
                Ok(())
            }
            Stmt::ForIn(f) => self.for_each(&f.left, &f.right, &f.body, f.span, "for-in"),
            Stmt::ForOf(f) => self.for_each(&f.left, &f.right, &f.body, f.span, "for-of"),
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            Stmt::Decl(Decl::Fn(f)) => {
                let fid = self.a.func_at(f.function.span);
                self.function(fid, &f.function, None)?;
                self.strict_function_name(fid, &f.ident)
            }
            Stmt::Decl(Decl::Class(c)) => {
                let b = self.a.decls[&c.ident.span.lo];
                self.class(&c.class, Some(&c.ident))?;
                if let Some(node) = super::objects::ctor_as_function(&c.class) {
                    let fid = self.a.func_at(c.class.span);
                    self.a.ctors.insert(b, (fid, Some(Box::new(node))));
                }
                Ok(())
            }
            Stmt::Decl(d) => Err(Diagnostic::unsupported(d.span(), "this declaration")),
            Stmt::Expr(e) => self.expr(&e.expr),
        }
    }

    /// `for (head in/of right) body`: the head declares (let/const, in a
    /// per-loop scope; var, hoisted) or assigns an identifier or pattern.
    fn for_each(
        &mut self,
        left: &ForHead,
        right: &Expr,
        body: &Stmt,
        span: Span,
        what: &str,
    ) -> CResult<()> {
        let lexical = matches!(left, ForHead::VarDecl(v) if v.kind != VarDeclKind::Var);
        if lexical {
            self.push_scope(ScopeKind::For, Some(span));
        }
        match left {
            ForHead::VarDecl(v) => {
                let [d] = &v.decls[..] else {
                    return Err(Diagnostic::new(
                        v.span,
                        format!("syntax error: Invalid left-hand side in {what} loop: Must have a single binding."),
                    ));
                };
                if d.init.is_some() {
                    return Err(Diagnostic::new(
                        d.span,
                        format!("syntax error: {what} loop variable declaration may not have an initializer."),
                    ));
                }
                if lexical {
                    let kind = if v.kind == VarDeclKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    let s = self.scope;
                    match &d.name {
                        Pat::Ident(bi) => {
                            self.declare(&bi.id, kind, s)?;
                        }
                        pattern => {
                            self.declare_pat(pattern, kind, s)?;
                        }
                    }
                    self.pat_exprs(&d.name, false)?;
                } else {
                    self.pat_exprs(&d.name, true)?;
                }
            }
            ForHead::Pat(p) => self.pat_exprs(p, true)?,
            ForHead::UsingDecl(u) => return Err(Diagnostic::unsupported(u.span, "`using`")),
        }
        self.expr(right)?;
        if lexical {
            self.no_var_over_lexical(std::iter::once(body))?;
        }
        let saved = self.unconditional;
        self.unconditional = false;
        self.nested_stmt(body)?;
        self.unconditional = saved;
        if lexical {
            self.pop_scope();
        }
        Ok(())
    }

    pub(super) fn var_decl(&mut self, v: &VarDecl) -> CResult<()> {
        for d in &v.decls {
            let Pat::Ident(bi) = &d.name else {
                match &d.init {
                    Some(init) => self.expr(init)?,
                    None => {
                        return Err(Diagnostic::new(
                            d.span,
                            "syntax error: Missing initializer in destructuring declaration",
                        ))
                    }
                }
                self.pat_exprs(&d.name, false)?;
                if v.kind == VarDeclKind::Var && self.any_with {
                    let mut ids = vec![];
                    super::patterns::pat_idents(&d.name, &mut ids);
                    for id in ids {
                        if self.in_with(&id.sym) {
                            self.reference(id, false, true);
                        }
                    }
                }
                continue;
            };
            let b = self.a.decls[&bi.id.span.lo];
            if let Some(init) = &d.init {
                if self.is_global_eval(init) {
                    self.eval_aliases.insert(b);
                }
                self.fn_init(b, init)?;
                if v.kind == VarDeclKind::Var && self.in_with(&bi.id.sym) {
                    // `var x = 1` in a with body assigns the object's `x`
                    // if it has one.
                    self.reference(&bi.id, false, true);
                }
                if v.kind == VarDeclKind::Var {
                    // A later `var x = ...` is an assignment.
                    if self.var_init.contains_key(&b) || !self.unconditional {
                        self.a.bindings[b].reassigned = true;
                    }
                    if self.unconditional {
                        self.var_init.entry(b).or_insert(d.span.hi);
                    }
                }
            } else if v.kind == VarDeclKind::Const {
                return Err(Diagnostic::new(
                    d.span,
                    "syntax error: Missing initializer in const declaration",
                ));
            }
        }
        Ok(())
    }

    /// Walks the initialiser of binding `b`: an anonymous function gets the
    /// binding's name, and `const f = () => ...` makes `f` a known function.
    pub(super) fn fn_init(&mut self, b: BindingId, init: &Expr) -> CResult<()> {
        let lexical = self.a.bindings[b].kind.is_lexical();
        let name = self.a.bindings[b].name.clone();
        let fid = match strip_parens(init) {
            Expr::Fn(fe) => self.fn_expr(fe, Some(&name))?,
            Expr::Arrow(ar) => self.arrow(ar, &name)?,
            Expr::Class(c) if c.ident.is_none() => return self.class_named(&c.class, None, &name),
            _ => return self.expr(init),
        };
        if lexical {
            self.a.bindings[b].known_fn = Some(fid);
        } else {
            self.a.funcs[fid].escapes = true;
        }
        Ok(())
    }

    // ---- expressions ----

    pub(super) fn fn_expr(&mut self, fe: &FnExpr, inferred_name: Option<&str>) -> CResult<FuncId> {
        let name = fe
            .ident
            .as_ref()
            .map(|i| i.sym.to_string())
            .or(inferred_name.map(str::to_string))
            .unwrap_or_default();
        let fid = self.new_func(FuncKind::Expr, name, &fe.function.span);
        self.function(fid, &fe.function, fe.ident.as_ref())?;
        if let Some(id) = &fe.ident {
            self.strict_function_name(fid, id)?;
        }
        Ok(fid)
    }

    /// Early error: a function whose body is strict named `eval` or
    /// `arguments` (also when the code around it is not strict).
    fn strict_function_name(&self, fid: FuncId, id: &Ident) -> CResult<()> {
        if self.a.funcs[fid].strict && (&*id.sym == "eval" || &*id.sym == "arguments") {
            return Err(Diagnostic::new(
                id.span,
                "syntax error: Unexpected eval or arguments in strict mode",
            ));
        }
        Ok(())
    }

    pub(super) fn arrow(&mut self, ar: &ArrowExpr, inferred_name: &str) -> CResult<FuncId> {
        let fid = self.new_func(FuncKind::Arrow, inferred_name.to_string(), &ar.span);
        if ar.is_async {
            self.a.funcs[fid].is_async = true;
            self.a.funcs[fid].escapes = true;
        }
        let params: Vec<&Pat> = ar.params.iter().collect();
        match &*ar.body {
            ArrowFunctionBody::FunctionBody(b) => {
                self.function_common(fid, &params, &b.stmts, None, None)?
            }
            ArrowFunctionBody::Expr(e) => self.function_common(fid, &params, &[], Some(e), None)?,
        }
        Ok(fid)
    }

    pub(super) fn exprs(&mut self, es: &[ExprOrSpread]) -> CResult<()> {
        for e in es {
            self.expr(&e.expr)?;
        }
        Ok(())
    }

    pub(super) fn expr(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Ident(id) => {
                self.reference(id, false, false);
                Ok(())
            }
            Expr::Lit(Lit::Regex(r)) => check_regex_literal(r),
            Expr::Lit(Lit::JSXText(j)) => Err(Diagnostic::unsupported(j.span, "JSX")),
            Expr::Lit(_) => Ok(()),
            Expr::Tpl(t) => {
                for e in &t.exprs {
                    self.expr(e)?;
                }
                Ok(())
            }
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Unary(u) => {
                if u.op == UnaryOp::Delete && self.a.funcs[self.func].strict {
                    if let Expr::Ident(id) = strip_parens(&u.arg) {
                        return Err(Diagnostic::new(
                            id.span,
                            "syntax error: Delete of an unqualified identifier in strict mode.",
                        ));
                    }
                }
                if let (UnaryOp::Delete, Expr::Member(m)) = (u.op, strip_parens(&u.arg)) {
                    self.global_member(m, true);
                }
                if let (UnaryOp::TypeOf, Expr::Ident(id)) = (u.op, strip_parens(&u.arg)) {
                    // `typeof x` of an undeclared global is the usual feature
                    // test: no warning.
                    self.typeof_operand = Some(id.span.lo);
                }
                self.expr(&u.arg)
            }
            Expr::Update(u) => match strip_parens(&u.arg) {
                Expr::Ident(id) => {
                    self.check_strict_target(id)?;
                    self.reference(id, false, true);
                    Ok(())
                }
                Expr::Member(m) => {
                    self.global_member(m, true);
                    self.expr(&Expr::Member(m.clone()))
                }
                other => Err(Diagnostic::new(
                    other.span(),
                    "syntax error: Invalid left-hand side expression in postfix operation",
                )),
            },
            Expr::Bin(b) => {
                if let (BinaryOp::In, Expr::PrivateName(p)) = (b.op, &*b.left) {
                    self.private_ref(p)?;
                    return self.expr(&b.right);
                }
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::Assign(a) => {
                match &a.left {
                    AssignTarget::Simple(SimpleAssignTarget::Ident(bi)) => {
                        self.check_strict_target(&bi.id)?;
                        self.reference(&bi.id, false, true);
                        if a.op == AssignOp::Assign {
                            let name = bi.id.sym.to_string();
                            let fid = match strip_parens(&a.right) {
                                Expr::Fn(fe) if fe.ident.is_none() => {
                                    Some(self.fn_expr(fe, Some(&name))?)
                                }
                                Expr::Arrow(ar) => Some(self.arrow(ar, &name)?),
                                _ => None,
                            };
                            if let Some(fid) = fid {
                                self.a.funcs[fid].escapes = true;
                                return Ok(());
                            }
                        }
                    }
                    AssignTarget::Simple(SimpleAssignTarget::Member(m)) => {
                        // `o.f = function () {}` does not name the function,
                        // but its stack frames say `o.f`, as V8's inferred
                        // names do.
                        self.global_member(m, true);
                        self.expr(&Expr::Member(m.clone()))?;
                        self.expr(&a.right)?;
                        let span = match strip_parens(&a.right) {
                            Expr::Fn(fe) if fe.ident.is_none() => Some(fe.function.span),
                            Expr::Arrow(ar) => Some(ar.span),
                            Expr::Fn(fe) => {
                                // A named function stored as a method: V8
                                // names its frames after the receiver's class
                                // (`C` for `C.prototype.m = …`, else most
                                // likely a plain object's `Object`).
                                if let (MemberProp::Ident(p), Some(own)) = (&m.prop, &fe.ident) {
                                    let class = match strip_parens(&m.obj) {
                                        Expr::Member(pm) => match (&*pm.obj, &pm.prop) {
                                            (Expr::Ident(c), MemberProp::Ident(pp))
                                                if pp.sym == *"prototype" =>
                                            {
                                                c.sym.as_str()
                                            }
                                            _ => "Object",
                                        },
                                        _ => "Object",
                                    };
                                    let fid = self.a.func_at(fe.function.span);
                                    self.a.funcs[fid].trace_name.get_or_insert(
                                        super::objects::method_frame_name(
                                            class,
                                            Some(&own.sym),
                                            &p.sym,
                                        ),
                                    );
                                }
                                None
                            }
                            _ => None,
                        };
                        if let (Some(span), Some(path)) = (span, member_path(m)) {
                            let fid = self.a.func_at(span);
                            self.a.funcs[fid].trace_name.get_or_insert(path);
                        }
                        return Ok(());
                    }
                    AssignTarget::Simple(SimpleAssignTarget::SuperProp(sp)) => {
                        self.super_prop(sp)?;
                    }
                    AssignTarget::Simple(SimpleAssignTarget::Paren(p)) => {
                        return Err(Diagnostic::unsupported(
                            p.span,
                            "a parenthesised assignment target",
                        ))
                    }
                    AssignTarget::Pat(p) => {
                        if a.op != AssignOp::Assign {
                            return Err(Diagnostic::new(
                                p.span(),
                                "syntax error: Invalid left-hand side in assignment",
                            ));
                        }
                        // The right side is evaluated first.
                        self.expr(&a.right)?;
                        return match p {
                            AssignTargetPat::Array(ap) => {
                                self.pat_exprs(&Pat::Array(ap.clone()), true)
                            }
                            AssignTargetPat::Object(op) => {
                                self.pat_exprs(&Pat::Object(op.clone()), true)
                            }
                            AssignTargetPat::Invalid(i) => Err(Diagnostic::new(
                                i.span,
                                "syntax error: Invalid destructuring assignment target",
                            )),
                        };
                    }
                    other => {
                        return Err(Diagnostic::unsupported(
                            other.span(),
                            "this assignment target",
                        ))
                    }
                }
                self.expr(&a.right)
            }
            Expr::Member(m) => {
                if !self.global_member(m, false) {
                    self.expr(&m.obj)?;
                }
                match &m.prop {
                    MemberProp::Ident(_) => Ok(()),
                    MemberProp::Computed(c) => self.expr(&c.expr),
                    MemberProp::PrivateName(p) => self.private_ref(p),
                }
            }
            Expr::Cond(c) => {
                self.expr(&c.test)?;
                self.expr(&c.cons)?;
                self.expr(&c.alt)
            }
            Expr::Call(c) => {
                match &c.callee {
                    Callee::Expr(callee) if self.is_indirect_eval(callee) => {
                        self.eval_site(c.span, &c.args, false);
                        self.expr(callee)?;
                    }
                    Callee::Expr(callee) => match strip_parens(callee) {
                        Expr::Ident(id) => {
                            if self.lookup(&id.sym).is_none() {
                                if id.sym == *"eval" {
                                    self.eval_site(c.span, &c.args, true);
                                } else if id.sym == *"Function" {
                                    self.function_site(c.span, &c.args);
                                }
                            }
                            self.alias_eval_site(id, c.span, &c.args);
                            // A call with spread arguments goes through the
                            // function object (not a direct call).
                            let spread = c.args.iter().any(|a| a.spread.is_some());
                            self.reference(id, !spread, false)
                        }
                        Expr::Fn(fe) => {
                            self.fn_expr(fe, None)?;
                        }
                        Expr::Arrow(ar) => {
                            self.arrow(ar, "")?;
                        }
                        other => self.expr(other)?,
                    },
                    Callee::Super(s) => self.super_call(s.span)?,
                    Callee::Import(i) => {
                        return Err(Diagnostic::unsupported(i.span, "dynamic `import()`"))
                    }
                }
                self.exprs(&c.args)
            }
            Expr::New(n) => {
                match strip_parens(&n.callee) {
                    // `new Error(...)` uses a builtin global as a
                    // constructor, leaving it as it is.
                    Expr::Ident(id) if self.lookup(&id.sym).is_none() => {
                        if id.sym == *"Function" {
                            self.function_site(n.span, n.args.as_deref().unwrap_or(&[]));
                        }
                        self.reference(id, true, false)
                    }
                    callee => self.expr(callee)?,
                }
                if let Some(args) = &n.args {
                    self.exprs(args)?;
                }
                Ok(())
            }
            Expr::Seq(s) => {
                for e in &s.exprs {
                    self.expr(e)?;
                }
                Ok(())
            }
            Expr::Fn(fe) => {
                let fid = self.fn_expr(fe, None)?;
                self.a.funcs[fid].escapes = true;
                Ok(())
            }
            Expr::Arrow(ar) => {
                let fid = self.arrow(ar, "")?;
                self.a.funcs[fid].escapes = true;
                Ok(())
            }
            Expr::This(t) => self.synth_ref("%this", t.span.lo),
            Expr::Array(a) => self.array_lit(a),
            Expr::Object(o) => self.object_lit(o),
            Expr::Class(c) => self.class(&c.class, c.ident.as_ref()),
            Expr::Yield(y) => match &y.arg {
                Some(e) => self.expr(e),
                None => Ok(()),
            },
            Expr::Await(a) => self.expr(&a.arg),
            Expr::MetaProp(m) if m.kind == MetaPropKind::NewTarget => {
                self.synth_ref("%newtarget", m.span.lo)
            }
            Expr::MetaProp(m) => Err(Diagnostic::unsupported(m.span, "`import.meta`")),
            Expr::TaggedTpl(t) => {
                self.expr(&t.tag)?;
                for e in &t.tpl.exprs {
                    self.expr(e)?;
                }
                Ok(())
            }
            Expr::OptChain(o) => match &*o.base {
                OptChainBase::Member(m) => self.expr(&Expr::Member(m.clone())),
                OptChainBase::Call(c) => {
                    if o.optional && self.is_global_eval(&c.callee) {
                        // `eval?.(code)` is an indirect eval.
                        self.eval_site(o.span, &c.args, false);
                    }
                    self.expr(&c.callee)?;
                    self.exprs(&c.args)
                }
            },
            Expr::SuperProp(s) => self.super_prop(s),
            other => Err(Diagnostic::unsupported(other.span(), "this expression")),
        }
    }

    // ---- after the walk ----

    fn finish(&mut self) -> CResult<()> {
        for &b in &self.redeclared {
            self.a.bindings[b].reassigned = true;
        }
        self.alias_eval_sites();
        // Known functions: never-reassigned bindings of one function.
        for b in &mut self.a.bindings {
            if b.reassigned && b.kind != BindingKind::FuncExprName {
                if let Some(f) = b.known_fn.take() {
                    self.a.funcs[f].escapes = true;
                }
            }
        }
        for (b, v) in &self.var_init {
            self.a.bindings[*b].init_end = *v;
        }
        // TDZ checks and `var` initialisation.
        let mut var_ok: Vec<bool> = vec![true; self.a.bindings.len()];
        for u in &self.uses {
            let b = &self.a.bindings[u.binding];
            let same_fn_after =
                u.func == b.func && u.lo >= b.init_end && self.same_file(u.lo, b.init_end);
            let tdz = b.kind.is_lexical()
                && !(same_fn_after && self.a.scopes[b.scope].kind != ScopeKind::Switch);
            if b.kind == BindingKind::Var
                && !(same_fn_after && self.var_init.contains_key(&u.binding))
            {
                var_ok[u.binding] = false;
            }
            let r = Ref {
                binding: u.binding,
                tdz_check: tdz,
            };
            if u.hidden {
                // A with object's binding: its use is the WithRef's.
            } else if u.synth {
                self.a.synth_refs.insert(u.lo, r);
            } else {
                self.a.refs.insert(u.lo, r);
            }
            if tdz {
                self.a.bindings[u.binding].needs_hole = true;
            }
            if !u.callee {
                // Used as a value (also `f` inside itself): a function object.
                if let Some(f) = self.a.bindings[u.binding].known_fn {
                    self.a.funcs[f].escapes = true;
                }
            }
        }
        for (lo, layers) in std::mem::take(&mut self.with_pending) {
            if !self.a.with_refs.contains_key(&lo) {
                let fallback = self.a.refs.remove(&lo);
                self.a.with_refs.insert(lo, WithRef { layers, fallback });
            }
        }
        for (i, b) in self.a.bindings.iter_mut().enumerate() {
            b.var_always_initialised =
                b.kind == BindingKind::Var && var_ok[i] && self.var_init.contains_key(&i);
        }
        // Captures (flat closures): a fixpoint because a direct call to a known
        // function only needs the callee's closure value when it has captures.
        loop {
            let mut changed = false;
            for i in 0..self.uses.len() {
                let u = self.uses[i];
                let b = &self.a.bindings[u.binding];
                if u.func == b.func {
                    continue;
                }
                let value_use = !u.callee
                    || self.a.bindings[u.binding].needs_hole
                    || b.known_fn.is_none_or(|f| self.a.funcs[f].needs_closure());
                if !value_use {
                    continue;
                }
                if !self.a.bindings[u.binding].captured {
                    self.a.bindings[u.binding].captured = true;
                    changed = true;
                }
                if self.a.bindings[u.binding].scope == 0 {
                    continue; // top-level bindings live in static module slots
                }
                let owner = self.a.bindings[u.binding].func;
                let mut f = u.func;
                while f != owner {
                    if !self.a.funcs[f].captures.contains(&u.binding) {
                        self.a.funcs[f].captures.push(u.binding);
                        changed = true;
                    }
                    f = self.a.funcs[f]
                        .parent
                        .expect("binding owner is an ancestor");
                }
            }
            if !changed {
                break;
            }
        }
        // Sloppy functions with simple parameters that use `arguments` get a
        // *mapped* arguments object: its indices alias the parameters, which
        // therefore live in cells the object refers to.
        for f in &self.a.funcs {
            if f.arguments_binding.is_some() && !f.strict && f.simple_params() {
                for &p in &f.params {
                    self.a.bindings[p].captured = true;
                }
            }
        }
        // Storage.
        let mut slots = 0;
        for b in &mut self.a.bindings {
            b.storage = if b.captured && b.scope == 0 {
                slots += 1;
                Storage::Module(slots - 1)
            } else if b.captured {
                Storage::Cell
            } else {
                Storage::Local
            };
        }
        self.a.module_slots = slots;
        Ok(())
    }
}

/// The names `var` declarations in `s` bind (not inside nested functions).
pub(super) fn var_idents<'s>(s: &'s Stmt, out: &mut Vec<&'s Ident>) {
    use super::patterns::pat_idents;
    let head = |v: &'s VarDecl, out: &mut Vec<&'s Ident>| {
        if v.kind == VarDeclKind::Var {
            for d in &v.decls {
                pat_idents(&d.name, out);
            }
        }
    };
    match s {
        Stmt::Decl(Decl::Var(v)) => head(v, out),
        Stmt::Block(b) => b.stmts.iter().for_each(|s| var_idents(s, out)),
        Stmt::If(i) => {
            var_idents(&i.cons, out);
            if let Some(alt) = &i.alt {
                var_idents(alt, out);
            }
        }
        Stmt::While(w) => var_idents(&w.body, out),
        Stmt::DoWhile(w) => var_idents(&w.body, out),
        Stmt::For(f) => {
            if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                head(v, out);
            }
            var_idents(&f.body, out);
        }
        Stmt::ForIn(ForInStmt { left, body, .. }) | Stmt::ForOf(ForOfStmt { left, body, .. }) => {
            if let ForHead::VarDecl(v) = left {
                head(v, out);
            }
            var_idents(body, out);
        }
        Stmt::Labeled(l) => var_idents(&l.body, out),
        Stmt::With(w) => var_idents(&w.body, out),
        Stmt::Switch(sw) => sw
            .cases
            .iter()
            .flat_map(|c| &c.cons)
            .for_each(|s| var_idents(s, out)),
        Stmt::Try(t) => {
            t.block.stmts.iter().for_each(|s| var_idents(s, out));
            if let Some(h) = &t.handler {
                h.body.stmts.iter().for_each(|s| var_idents(s, out));
            }
            if let Some(f) = &t.finalizer {
                f.stmts.iter().for_each(|s| var_idents(s, out));
            }
        }
        _ => {}
    }
}

/// A regex literal's early errors (V8's messages), checked with the
/// runtime's engine: bad flags, then the pattern.
fn check_regex_literal(r: &Regex) -> CResult<()> {
    use kiln_runtime::builtins::regexp::engine;
    let flags: Vec<u16> = r.flags.as_str().encode_utf16().collect();
    let f = engine::parse_flags(&flags).map_err(|()| {
        let m = engine::INVALID_LITERAL_FLAGS_MESSAGE;
        Diagnostic::new(r.span, format!("syntax error: {m}"))
    })?;
    let pattern: Vec<u16> = r.exp.as_str().encode_utf16().collect();
    engine::compile(&pattern, f)
        .map_err(|e| Diagnostic::new(r.span, format!("syntax error: {}", e.message)))?;
    Ok(())
}
