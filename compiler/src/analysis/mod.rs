//! Program analysis before code generation: scopes, bindings, captures, storage and leaf types.
//!
//! The resolver ([`scope`]) walks the script once and decides, for every
//! binding, where it lives (a Cranelift variable, a heap cell shared with
//! closures, or a static module slot) and, for every identifier reference,
//! which binding it denotes and whether it needs a TDZ check. It also finds
//! *known functions*: functions bound to a never-reassigned name whose every
//! use is a direct call, so they never escape as values. The typer ([`types`])
//! then infers leaf types (number, boolean, string, undefined) for local
//! bindings and for the parameters and results of known functions, which the
//! code generator keeps unboxed.

pub mod builtins;
pub mod dump;
pub mod eval;
mod fixpoint;
mod hoist;
mod objects;
pub mod patterns;
pub mod scope;
pub mod speculate;
pub mod ta_kinds;
pub mod types;
mod with_scope;

use std::collections::{BTreeMap, HashMap, HashSet};
use swc_common::{BytePos, Span};

pub type FuncId = usize;
pub type BindingId = usize;
pub type ScopeId = usize;

/// The script's top level is function 0.
pub const SCRIPT_FUNC: FuncId = 0;

/// A static leaf type. `Bottom` is the optimistic start of inference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Bottom,
    Num,
    Bool,
    Str,
    Undef,
    Any,
}

impl Ty {
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => t,
            (a, b) if a == b => a,
            _ => Ty::Any,
        }
    }
    /// Known to be a primitive other than BigInt/Symbol (numeric ops give a Number).
    pub fn is_plain_primitive(self) -> bool {
        matches!(self, Ty::Num | Ty::Bool | Ty::Str | Ty::Undef)
    }
    /// The machine representation of a value of this type in a variable or parameter.
    pub fn rep(self) -> Rep {
        match self {
            Ty::Num => Rep::F64,
            Ty::Bool => Rep::Bool,
            _ => Rep::Boxed,
        }
    }
    /// The machine representation of a function result of this type.
    pub fn ret_rep(self) -> Rep {
        match self {
            Ty::Num => Rep::F64,
            _ => Rep::Boxed,
        }
    }
}

/// How a value is held in machine code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rep {
    /// A NaN-boxed `i64`.
    Boxed,
    /// An unboxed `f64` number.
    F64,
    /// An `i8` that is 0 or 1.
    Bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Var,
    Let,
    Const,
    /// A function declaration (hoisted, initialised at scope entry).
    Function,
    Param,
    CatchParam,
    /// The own name of a named function expression (read-only).
    FuncExprName,
    /// A binding the compiler introduces: `this`, `new.target`, the home
    /// object, the active function, `arguments` (never typed).
    Synthetic,
}

impl BindingKind {
    pub fn is_lexical(self) -> bool {
        matches!(self, BindingKind::Let | BindingKind::Const)
    }
}

/// Where a binding's value lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// A Cranelift variable of the owning function (never captured).
    Local,
    /// A heap cell, because a closure captures it; its address is in a variable.
    Cell,
    /// A static slot of the program (a top-level binding used by functions).
    Module(u32),
    /// A property of the global object: a classic script's top-level `var`
    /// or function declaration (`kiln build --script`).
    Global,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub name: String,
    pub kind: BindingKind,
    pub func: FuncId,
    pub scope: ScopeId,
    pub span: Span,
    /// Position from which same-function code textually after it sees the binding initialised.
    pub init_end: BytePos,
    pub captured: bool,
    /// Assigned anywhere other than its declaration.
    pub reassigned: bool,
    /// Some reference may observe the TDZ (so the value needs a hole).
    pub needs_hole: bool,
    /// For `var`: every read is preceded by an unconditional initialisation.
    pub var_always_initialised: bool,
    pub storage: Storage,
    pub ty: Ty,
    /// The function this binding always holds, if it is never reassigned.
    pub known_fn: Option<FuncId>,
    /// Bound by a destructuring pattern (never typed).
    pub destructured: bool,
    /// Reachable by name from a `with` body, where a reference may denote
    /// it or a property of the with object (never typed: the typer does
    /// not see the writes that go through such references).
    pub dynamic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Function,
    Block,
    Switch,
    Catch,
    For,
    /// The scope holding a named function expression's own name.
    FuncName,
    /// A `with` statement's object environment: one synthetic binding, the
    /// object; references that cross it are [`WithRef`]s.
    With,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    pub func: FuncId,
    pub bindings: Vec<BindingId>,
    /// Function declarations instantiated when the scope is entered.
    pub fn_decls: Vec<(BindingId, FuncId)>,
    pub names: HashMap<String, BindingId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    Script,
    Decl,
    Expr,
    Arrow,
    /// An object-literal or class method, getter or setter (not a constructor).
    Method,
    /// A class constructor (explicit or implicit).
    ClassCtor,
}

#[derive(Debug, Clone)]
pub struct FuncInfo {
    pub kind: FuncKind,
    pub name: String,
    pub span: Span,
    pub parent: Option<FuncId>,
    pub strict: bool,
    pub params: Vec<BindingId>,
    /// Bindings of enclosing functions this function's closure carries (cells).
    pub captures: Vec<BindingId>,
    /// The function's body scope (params and `var`s live here).
    pub scope: ScopeId,
    pub self_binding: Option<BindingId>,
    /// Used other than as the callee of a direct call (needs a function object
    /// and the generic calling convention).
    pub escapes: bool,
    /// A generator (`function*`, `*m() {}`): always called through its
    /// generic entry, which creates the generator object.
    pub is_generator: bool,
    /// An async function, arrow or method: always called through its
    /// generic entry, which starts the body on a coroutine and returns its
    /// promise.
    pub is_async: bool,
    pub param_tys: Vec<Ty>,
    pub ret_ty: Ty,
    /// Synthetic bindings of non-arrow functions.
    pub this_binding: Option<BindingId>,
    pub new_target_binding: Option<BindingId>,
    pub home_binding: Option<BindingId>,
    pub fn_binding: Option<BindingId>,
    pub arguments_binding: Option<BindingId>,
    /// Class constructors: the scope holding the synthetic bindings, entered
    /// before the parameters (instance field initialisers run in it).
    pub instance_scope: Option<ScopeId>,
    /// A derived class constructor.
    pub derived: bool,
    /// How stack traces name the function when that differs from `name`
    /// (`Point.move`, `new Point`, `Object.m`), as V8 names the usual calls.
    pub trace_name: Option<String>,
    /// A method's key's start (its source text, for `toString`, starts
    /// there or at the modifiers before it).
    pub key_lo: Option<swc_common::BytePos>,
    /// `get` or `set` for an accessor.
    pub accessor: Option<&'static str>,
    /// The rest parameter (`...args`), if any.
    pub rest_param: Option<BindingId>,
    /// Some parameter has a default value (`a = 1`).
    pub has_defaults: bool,
    /// The function's `length`: parameters before the first default or rest.
    pub length: u32,
}

impl FuncInfo {
    /// A function with no parameters, captures or synthetic bindings yet
    /// (its scope is set when the resolver enters its body).
    pub fn new(
        kind: FuncKind,
        name: String,
        span: Span,
        parent: Option<FuncId>,
        strict: bool,
    ) -> Self {
        FuncInfo {
            kind,
            name,
            span,
            parent,
            strict,
            params: vec![],
            captures: vec![],
            scope: usize::MAX,
            self_binding: None,
            escapes: false,
            is_generator: false,
            is_async: false,
            param_tys: vec![],
            ret_ty: Ty::Bottom,
            this_binding: None,
            new_target_binding: None,
            home_binding: None,
            fn_binding: None,
            arguments_binding: None,
            instance_scope: None,
            derived: false,
            trace_name: None,
            key_lo: None,
            accessor: None,
            rest_param: None,
            has_defaults: false,
            length: 0,
        }
    }

    /// Only plain identifiers as parameters (no default, no rest).
    pub fn simple_params(&self) -> bool {
        self.rest_param.is_none() && !self.has_defaults
    }

    /// Uses the specialised (typed, exact-arity) direct entry only.
    pub fn is_specialised(&self) -> bool {
        !self.escapes
            && matches!(self.kind, FuncKind::Decl | FuncKind::Expr | FuncKind::Arrow)
            && self.arguments_binding.is_none()
            && self.simple_params()
    }

    /// Direct calls must pass the real function object (for its captured
    /// cells, or because it also exists as a value).
    pub fn needs_closure(&self) -> bool {
        self.escapes || !self.captures.is_empty()
    }
}

/// What an identifier reference denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ref {
    pub binding: BindingId,
    /// The reference must check for the TDZ hole.
    pub tdz_check: bool,
}

/// An identifier reference resolved at run time: it crosses the object
/// environment of a `with` statement, or denotes a `var` that a sloppy
/// direct eval declares (which exists only once the eval has run). The
/// first layer (innermost first) that has the name is the reference's
/// base; if none has it, the reference denotes [`WithRef::fallback`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WithRef {
    pub layers: Vec<Layer>,
    /// The binding otherwise denoted (`None`: a global name).
    pub fallback: Option<Ref>,
}

/// One run-time layer of a [`WithRef`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// The binding holding a `with` statement's object: the layer has the
    /// name if the object has it (HasProperty, not hidden by its
    /// `Symbol.unscopables`).
    Object(BindingId),
    /// A `var` of the function that direct eval code declares: the layer
    /// has it once `flag` (a boolean binding set by the eval code, cleared
    /// by `delete`) is true.
    EvalVar { var: BindingId, flag: BindingId },
}

/// A plain method and, when small, a copy of its AST.
pub type MethodDef = (FuncId, Option<Box<swc_ecma_ast::Function>>);

/// Everything the code generator needs to know about the program.
#[derive(Debug, Default, Clone)]
pub struct Analysis {
    pub funcs: Vec<FuncInfo>,
    pub bindings: Vec<Binding>,
    pub scopes: Vec<Scope>,
    /// Identifier references by `span.lo`; absent means a global name
    /// (or a reference in [`Self::with_refs`]).
    pub refs: HashMap<BytePos, Ref>,
    /// Identifier references inside `with` bodies that may denote a with
    /// object's property, by `span.lo` (never also in `refs`).
    pub with_refs: HashMap<BytePos, WithRef>,
    /// Functions containing `with` references (never inlined elsewhere).
    pub with_funcs: HashSet<FuncId>,
    /// Binding declarations by the declaring identifier's `span.lo`.
    pub decls: HashMap<BytePos, BindingId>,
    /// Functions by the span of their AST node (`Function` or `ArrowExpr`).
    pub func_by_span: HashMap<(BytePos, BytePos), FuncId>,
    /// Scopes by the span of the node that opens them.
    pub scope_by_span: HashMap<(BytePos, BytePos, u8), ScopeId>,
    pub module_slots: u32,
    /// The entry is a classic script (`--script`): top-level `this` is the
    /// global object and its top-level `var`/function bindings are
    /// [`Storage::Global`].
    pub script_mode: bool,
    /// Sloppy-mode block-level function declarations (Annex B.3.3): the block
    /// binding and the function-scoped `var` binding that receives its value
    /// when the declaration is evaluated.
    pub annex_b: HashMap<BindingId, BindingId>,
    /// Synthetic references (`this`, `super`, `new.target`) by position.
    pub synth_refs: HashMap<BytePos, Ref>,
    /// Plain methods (class and object-literal, not accessors) by property
    /// name, with a copy of the AST of the small ones: candidates for
    /// inlining at `o.name(...)` call sites (see `codegen::inline`).
    pub methods: HashMap<String, Vec<MethodDef>>,
    /// Class declarations whose constructor may be inlined at `new C(...)`
    /// sites (base classes without instance fields or private methods), by
    /// the class's binding: the constructor and its parameters and body as a
    /// function node.
    pub ctors: HashMap<BindingId, MethodDef>,
    /// Builtin globals (`Math`, `console`, `parseInt`, ...) the program may
    /// modify or hand out as values (assigned, deleted, passed around, read
    /// through `globalThis`): their paths are not compiled as the builtins
    /// themselves (see `codegen::intrinsics::global_path`).
    pub patched_globals: std::collections::HashSet<String>,
    /// Calls of known functions (direct calls), by the call's `span.lo`:
    /// recorded by the typer for `--emit analysis`.
    pub direct_calls: BTreeMap<BytePos, FuncId>,
    /// Globals the program reads (not under `typeof`) without declaring
    /// them, by name: the first read's span.
    pub global_reads: BTreeMap<String, swc_common::Span>,
    /// Undeclared globals the program only reads under `typeof`.
    pub typeof_globals: std::collections::BTreeSet<String>,
    /// Globals the program assigns (`x = 1`, `globalThis.x = 1`) without
    /// declaring them.
    pub global_writes: std::collections::HashSet<String>,
    /// The program uses `globalThis` as a value (it may define any global).
    pub global_object_escapes: bool,
    /// Compile warnings (reads of globals nothing provides).
    pub warnings: Vec<crate::diag::Diagnostic>,
    /// `eval`/`Function` calls of constant code, to be compiled (see `eval`).
    pub eval_sites: Vec<eval::Site>,
    /// Methods compiled with a type-specialised clone (`speculate.rs`):
    /// per parameter, whether the clone takes it as a number (its generic
    /// entry checks those arguments and tail-calls the clone).
    pub spec_params: HashMap<FuncId, Vec<bool>>,
    /// The analysis the clones are compiled under: this one with the
    /// cloned methods' parameters and local variables retyped.
    pub spec: Option<Box<Analysis>>,
    /// Bindings that always hold a Number typed array of one element type
    /// (`layout::TA_*` code), by binding (`ta_kinds.rs`).
    pub ta_kinds: HashMap<BindingId, u8>,
}

impl Analysis {
    pub fn func_at(&self, span: Span) -> FuncId {
        self.func_by_span[&(span.lo, span.hi)]
    }
    pub fn scope_at(&self, span: Span, kind: ScopeKind) -> Option<ScopeId> {
        self.scope_by_span
            .get(&(span.lo, span.hi, kind as u8))
            .copied()
    }
    pub fn reference(&self, ident_lo: BytePos) -> Option<Ref> {
        self.refs.get(&ident_lo).copied()
    }
    /// The identifier at `ident_lo` denotes a global for sure: it is not
    /// resolved to a binding and no `with` object can capture it.
    pub fn is_global(&self, ident_lo: BytePos) -> bool {
        !self.refs.contains_key(&ident_lo) && !self.with_refs.contains_key(&ident_lo)
    }
    pub fn with_ref(&self, ident_lo: BytePos) -> Option<&WithRef> {
        self.with_refs.get(&ident_lo)
    }
}
