//! ES modules: `import` and `export` linked at compile time into one script.
//!
//! A program whose entry is an ES module (`.mjs`, `"type": "module"`, or a
//! `.js` file Node detects as one) is linked the way bundlers hoist scopes:
//! every ES module's top-level statements go into one strict script, in the
//! order the spec evaluates them (a depth-first post-order walk of the
//! static imports from the entry; a cycle is entered once), and every
//! reference to an imported binding becomes a reference to the exporting
//! module's own binding. Live bindings, TDZ errors of imports read too early
//! and the hoisting of function declarations across modules (a cycle may
//! call a function of a module not evaluated yet) are then the script's own
//! semantics, and imported functions are called as directly as local ones.
//!
//! Each module is parsed into the one source map, then swc's resolver marks
//! its identifiers, so a top-level binding is told from a shadowing local
//! by its syntax context. A top-level binding keeps its name unless another
//! module declares or reads the same name (then it gets a fresh name
//! `name$N`: the one visible difference is such a function's `name`).
//! `export default <expression>` binds a synthetic `__default$N` (its
//! anonymous function or class is named `default`, as the spec says).
//!
//! CommonJS modules, JSON modules (`with { type: 'json' }`) and Node's
//! built-ins are wrapped as [`super::CjsGraph`] wraps them and evaluated at
//! their place in the order: their default export is `module.exports` and
//! a named import reads the property of that name. Namespace objects
//! (`import * as ns`, `export * as ns`) are module namespace exotic objects
//! (proxies, see `esm/prelude.js`) whose data properties read the live
//! bindings. `import.meta` has `url`, `filename` and `dirname`. An
//! unresolvable specifier or a missing export of a static import is a
//! compile error with Node's message, at the import.
//!
//! `import('literal')` bundles its module too and returns a promise of its
//! namespace; one that cannot be found, parsed or linked rejects with
//! Node's error (a warning at compile time); a computed specifier loads
//! what its file names (`super::dynamic`) and rejects others. Modules only
//! `import()` or `require()` reaches are evaluated lazily: each set of them
//! joined by static imports is one function run at the first `import()` or
//! `require()` of any of its modules. A top-level `await` makes the
//! evaluation of the eager modules the body of one async function.
//! A CommonJS entry whose modules call `import()` or require ES modules is
//! linked here too ([`bundle_cjs`]). Not yet: the names of a CommonJS
//! module's exports for `export *`.

use super::dynamic::DynamicImports;
use super::resolve::{self, Mode, Resolved};
use super::{is_es_module, js_string, CjsGraph};
use crate::diag::{CResult, Diagnostic};
use crate::syntax::parse::{parse_into, parse_module_into};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use swc_common::{sync::Lrc, BytePos, Mark, SourceMap, Span, SyntaxContext, DUMMY_SP, GLOBALS};
use swc_ecma_ast::*;
use swc_ecma_transforms_base::resolver;
use swc_ecma_visit::{Visit, VisitMutWith, VisitWith};

mod early;
mod link;
mod targets;
use early::early_errors;
use link::{CjsImports, Imports, Link, Subst};

/// The functions namespace objects are made with.
const PRELUDE: &str = include_str!("esm/prelude.js");

/// A module of the program as the linker sees it.
enum Node {
    Esm(Box<EsModule>),
    /// A module that cannot be loaded or linked (not found, a syntax
    /// error, a missing export), or that imports one: Node's error, which
    /// an `import()` of it rejects with.
    Failed(Diagnostic),
    /// A CommonJS module, a JSON file or a built-in: its id in the
    /// CommonJS graph, and whether it is JSON (only a default export).
    Cjs {
        id: usize,
        json: bool,
    },
}

/// What an import binding refers to.
#[derive(Clone)]
enum Import {
    /// An export by name (`default` for a default import), at a span.
    Name(String, Span),
    Namespace,
}

/// One entry of a module's export table.
enum Export {
    /// A top-level binding of the module (maybe itself an import).
    Local(String),
    /// `export { x as y } from '...'`: module, imported name, span.
    Reexport(usize, String, Span),
    /// `export * as ns from '...'`.
    ReexportNs(usize),
}

struct EsModule {
    path: PathBuf,
    /// The statements once import and export declarations are taken out.
    stmts: Vec<Stmt>,
    top: SyntaxContext,
    /// Import bindings: local name → (module, what).
    imports: HashMap<String, (usize, Import)>,
    exports: Vec<(String, Export)>,
    stars: Vec<usize>,
    /// The modules it imports, in source order.
    deps: Vec<usize>,
    /// The specifier each imported module was named by.
    specs: HashMap<usize, String>,
    /// Its top-level binding names (not imports).
    top_syms: BTreeSet<String>,
    /// Names it declares in inner scopes or reads as globals.
    other_syms: HashSet<String>,
    /// Whether it reads `import.meta`.
    meta: bool,
    /// The modules it loads with `import(...)`.
    dynamic: DynTargets,
    /// Whether it awaits at the top level.
    top_await: bool,
    span: Span,
}

/// The modules a file's `import(...)` calls may load.
#[derive(Default)]
struct DynTargets {
    /// By constant specifier: the node (or the error the promise rejects
    /// with) and the specifier's first span.
    by_spec: HashMap<String, (CResult<usize>, Span)>,
    /// For computed specifiers: what each candidate's key
    /// ([`dynamic::specifier_key`]) loads.
    computed: Vec<(String, CResult<usize>)>,
    /// The spans of the computed calls (`import`).
    computed_spans: Vec<Span>,
}

impl DynTargets {
    /// The nodes it loads.
    fn nodes(&self) -> impl Iterator<Item = usize> + '_ {
        let a = self.by_spec.values().filter_map(|(r, _)| r.as_ref().ok());
        let b = self.computed.iter().filter_map(|(_, r)| r.as_ref().ok());
        a.chain(b).copied()
    }
}

/// What an export resolves to.
#[derive(Clone, PartialEq)]
enum Target {
    Binding(usize, String),
    Namespace(usize),
    /// A CommonJS module's `module.exports` (None) or one property of it.
    Cjs(usize, Option<String>),
}

/// Links the program whose entry is the ES module `entry` (text
/// `entry_src`): one strict script, and the spans of the CommonJS wrapper
/// functions in it (which stay sloppy).
/// `preamble` is script code run first, whose top-level names are globals
/// to the modules (test262's harness). Also returns the warnings (an
/// `import()` that rejects when it runs).
#[allow(clippy::type_complexity)]
pub fn bundle(
    cm: &Lrc<SourceMap>,
    entry: &Path,
    entry_src: String,
    preamble: &str,
) -> CResult<(Script, HashSet<(BytePos, BytePos)>, Vec<Diagnostic>)> {
    GLOBALS.set(&Default::default(), || {
        let entry = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
        let mut l = Linker::new(cm, CjsGraph::new(entry.clone()));
        l.preamble = preamble.to_string();
        l.load_esm(entry, Some(entry_src))?;
        l.link(None)
    })
}

/// Links a program whose entry is CommonJS (`graph`, loaded, its entry
/// `script` reading `uses` of [`super::CJS_NAMES`]) and that reaches ES
/// modules: by `import()` (from any CommonJS file) or by `require()`. Every
/// ES module is then evaluated lazily, at its first `import()` or
/// `require()`; the script stays sloppy and the modules' code is strict.
pub(crate) fn bundle_cjs(
    cm: &Lrc<SourceMap>,
    graph: CjsGraph,
    script: Script,
    uses: &[&str],
) -> CResult<(Script, Vec<Diagnostic>)> {
    GLOBALS.set(&Default::default(), || {
        let mut l = Linker::new(cm, graph);
        l.nodes.push(Node::Cjs { id: 0, json: false });
        l.cjs_nodes.insert(0, 0);
        let (script, _, warnings) = l.link(Some((script, uses)))?;
        Ok((script, warnings))
    })
}

struct Linker<'a> {
    cm: &'a Lrc<SourceMap>,
    nodes: Vec<Node>,
    by_path: HashMap<PathBuf, usize>,
    cjs: CjsGraph,
    /// CommonJS graph id → node.
    cjs_nodes: HashMap<usize, usize>,
    /// Nodes whose namespace object the program reads.
    ns_needed: BTreeSet<usize>,
    /// Some module reads `process.stdin`.
    uses_stdin: bool,
    /// The host globals some module may read (see `HOST_GLOBALS`).
    uses_globals: u32,
    /// Required ES modules: (their CommonJS id, node, the requiring CommonJS id).
    required: Vec<(usize, usize, usize)>,
    /// ES modules reached from CommonJS (`require`, `import()`): evaluated lazily.
    lazy_roots: Vec<usize>,
    /// The `import()` targets of each CommonJS module (by CommonJS id).
    cjs_dynamic: HashMap<usize, DynTargets>,
    /// Script code run before the modules (see [`bundle`]).
    preamble: String,
}

impl<'a> Linker<'a> {
    fn new(cm: &'a Lrc<SourceMap>, cjs: CjsGraph) -> Self {
        Linker {
            cm,
            nodes: vec![],
            by_path: HashMap::new(),
            cjs,
            cjs_nodes: HashMap::new(),
            ns_needed: BTreeSet::new(),
            uses_stdin: false,
            uses_globals: 0,
            required: vec![],
            lazy_roots: vec![],
            cjs_dynamic: HashMap::new(),
            preamble: String::new(),
        }
    }

    /// Loads the CommonJS modules, and what they `require()` or `import()`
    /// of ES modules (which may import more CommonJS), until nothing is new.
    fn settle(&mut self) -> CResult<()> {
        loop {
            self.cjs.load(self.cm, None)?;
            let required = std::mem::take(&mut self.cjs.esm_required);
            let dynamic = std::mem::take(&mut self.cjs.dynamic);
            if required.is_empty() && dynamic.is_empty() {
                return Ok(());
            }
            for (from, id, path) in required {
                let n = self.load_esm(path, None)?;
                self.required.push((id, n, from));
                self.lazy_roots.push(n);
            }
            for (id, calls, candidates) in dynamic {
                let path = self.cjs.path(id).to_path_buf();
                let mut t = self.cjs_dynamic.remove(&id).unwrap_or_default();
                self.dynamic_targets(&mut t, &calls, &candidates, &path)?;
                for n in t.nodes() {
                    if matches!(self.nodes[n], Node::Esm(_)) {
                        self.lazy_roots.push(n);
                    }
                }
                self.cjs_dynamic.insert(id, t);
            }
        }
    }

    /// Parses the ES module at `path` and, depth first, what it imports;
    /// Node's error if it or a module it imports cannot be loaded (the
    /// module is then [`Node::Failed`]).
    fn load_esm(&mut self, path: PathBuf, src: Option<String>) -> CResult<usize> {
        if let Some(&n) = self.by_path.get(&path) {
            if let Node::Failed(d) = &self.nodes[n] {
                return Err(d.clone());
            }
            return Ok(n);
        }
        let id = self.nodes.len();
        self.by_path.insert(path.clone(), id);
        // A placeholder while it loads (a cycle may reach it).
        self.nodes.push(Node::Cjs { id: 0, json: false });
        match self.load_esm_at(id, path, src) {
            Ok(m) => {
                self.nodes[id] = Node::Esm(Box::new(m));
                Ok(id)
            }
            Err(d) => {
                self.nodes[id] = Node::Failed(d.clone());
                Err(d)
            }
        }
    }

    /// [`Self::load_esm`] of the module at `path`, node `id`.
    fn load_esm_at(&mut self, id: usize, path: PathBuf, src: Option<String>) -> CResult<EsModule> {
        let src = match src {
            Some(s) => s,
            None => std::fs::read_to_string(&path).map_err(|e| {
                Diagnostic::new(DUMMY_SP, format!("cannot read {}: {e}", path.display()))
            })?,
        };
        self.uses_stdin |= super::mentions_stdin(&src);
        self.uses_globals |= super::host_globals_in(&src);
        let mut module = parse_module_into(self.cm, &path.display().to_string(), src)?;
        let unresolved = Mark::new();
        let top_mark = Mark::new();
        module.visit_mut_with(&mut resolver(unresolved, top_mark, false));
        let top = SyntaxContext::empty().apply_mark(top_mark);
        let mut syms = Syms {
            top,
            top_syms: BTreeSet::new(),
            other: HashSet::new(),
            meta: false,
            fn_depth: 0,
            top_await: false,
        };
        module.visit_with(&mut syms);
        let calls = DynamicImports::scan(&module);
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let candidates = calls.candidates(&module, &dir);
        early_errors(&module)?;
        let mut m = EsModule {
            path,
            stmts: vec![],
            top,
            imports: HashMap::new(),
            exports: vec![],
            stars: vec![],
            deps: vec![],
            specs: HashMap::new(),
            top_syms: syms.top_syms,
            other_syms: syms.other,
            meta: syms.meta,
            dynamic: DynTargets::default(),
            top_await: syms.top_await,
            span: module.span,
        };
        // An early error before any resolution: a name imported twice.
        let mut bound: HashSet<String> = HashSet::new();
        for item in &module.body {
            if let ModuleItem::ModuleDecl(ModuleDecl::Import(i)) = item {
                for s in &i.specifiers {
                    let local = match s {
                        ImportSpecifier::Named(n) => &n.local,
                        ImportSpecifier::Default(d) => &d.local,
                        ImportSpecifier::Namespace(n) => &n.local,
                    };
                    if !bound.insert(local.sym.to_string()) {
                        return Err(Diagnostic::new(
                            local.span,
                            format!(
                                "SyntaxError: Identifier '{}' has already been declared",
                                local.sym
                            ),
                        ));
                    }
                }
            }
        }
        for item in module.body {
            match item {
                ModuleItem::Stmt(s) => m.stmts.push(s),
                ModuleItem::ModuleDecl(d) => self.declaration(&mut m, id, d)?,
            }
        }
        // Loaded when they run, not as part of this module's graph.
        let path = m.path.clone();
        self.dynamic_targets(&mut m.dynamic, &calls, &candidates, &path)?;
        for local in m.imports.keys() {
            m.top_syms.remove(local);
        }
        for (name, e) in &m.exports {
            if let Export::Local(local) = e {
                if !m.top_syms.contains(local) && !m.imports.contains_key(local) {
                    return Err(Diagnostic::new(
                        DUMMY_SP,
                        format!(
                            "SyntaxError: Export '{local}' is not defined in module {} (exported as '{name}')",
                            m.path.display()
                        ),
                    ));
                }
            }
        }
        Ok(m)
    }

    /// Takes one import or export declaration of module `m` (node `id`).
    fn declaration(&mut self, m: &mut EsModule, id: usize, d: ModuleDecl) -> CResult<()> {
        match d {
            ModuleDecl::Import(i) => {
                let dep = self.dependency(m, &i.src, i.with.as_deref())?;
                for s in i.specifiers {
                    let (local, what) = match s {
                        ImportSpecifier::Named(n) => {
                            let name = n
                                .imported
                                .as_ref()
                                .map(export_name)
                                .unwrap_or_else(|| n.local.sym.to_string());
                            (n.local, Import::Name(name, n.span))
                        }
                        ImportSpecifier::Default(d) => {
                            (d.local, Import::Name("default".into(), d.span))
                        }
                        ImportSpecifier::Namespace(n) => (n.local, Import::Namespace),
                    };
                    m.imports.insert(local.sym.to_string(), (dep, what));
                }
            }
            ModuleDecl::ExportDecl(e) => {
                for name in declared_names(&e.decl) {
                    m.exports.push((name.clone(), Export::Local(name)));
                }
                m.stmts.push(Stmt::Decl(e.decl));
            }
            ModuleDecl::ExportNamed(n) => {
                let dep = match &n.src {
                    Some(src) => Some(self.dependency(m, src, n.with.as_deref())?),
                    None => None,
                };
                for s in n.specifiers {
                    match (s, dep) {
                        (ExportSpecifier::Named(s), None) => {
                            let orig = export_name(&s.orig);
                            let name = s.exported.as_ref().map(export_name).unwrap_or(orig.clone());
                            m.exports.push((name, Export::Local(orig)));
                        }
                        (ExportSpecifier::Named(s), Some(dep)) => {
                            let orig = export_name(&s.orig);
                            let name = s.exported.as_ref().map(export_name).unwrap_or(orig.clone());
                            m.exports.push((name, Export::Reexport(dep, orig, s.span)));
                        }
                        (ExportSpecifier::Namespace(s), Some(dep)) => {
                            m.exports
                                .push((export_name(&s.name), Export::ReexportNs(dep)));
                        }
                        (ExportSpecifier::Default(s), Some(dep)) => m.exports.push((
                            s.exported.sym.to_string(),
                            Export::Reexport(dep, "default".into(), s.exported.span),
                        )),
                        (_, None) => {}
                    }
                }
            }
            ModuleDecl::ExportAll(a) => {
                let dep = self.dependency(m, &a.src, a.with.as_deref())?;
                m.stars.push(dep);
            }
            ModuleDecl::ExportDefaultDecl(d) => match d.decl {
                DefaultDecl::Fn(FnExpr {
                    ident: Some(ident),
                    function,
                }) => {
                    let name = ident.sym.to_string();
                    m.exports.push(("default".into(), Export::Local(name)));
                    m.stmts.push(Stmt::Decl(Decl::Fn(FnDecl {
                        ident,
                        declare: false,
                        function,
                    })));
                }
                DefaultDecl::Class(ClassExpr {
                    ident: Some(ident),
                    class,
                }) => {
                    let name = ident.sym.to_string();
                    m.exports.push(("default".into(), Export::Local(name)));
                    m.stmts.push(Stmt::Decl(Decl::Class(ClassDecl {
                        ident,
                        declare: false,
                        class,
                    })));
                }
                DefaultDecl::Fn(f) => self.default_binding(m, id, Box::new(Expr::Fn(f)), true)?,
                DefaultDecl::Class(c) => {
                    self.default_binding(m, id, Box::new(Expr::Class(c)), true)?
                }
                DefaultDecl::TsInterfaceDecl(_) => {}
            },
            ModuleDecl::ExportDefaultExpr(e) => {
                let anonymous = matches!(
                    crate::syntax::ast::strip_parens(&e.expr),
                    Expr::Fn(FnExpr { ident: None, .. })
                        | Expr::Class(ClassExpr { ident: None, .. })
                        | Expr::Arrow(_)
                );
                self.default_binding(m, id, e.expr, anonymous)?
            }
            other => {
                return Err(Diagnostic::new(
                    span_of(&other),
                    "TypeScript module syntax is not JavaScript".to_string(),
                ))
            }
        }
        Ok(())
    }

    /// `export default <expr>`: a synthetic `const __default$N`; an
    /// anonymous function or class gets the name `default`.
    fn default_binding(
        &mut self,
        m: &mut EsModule,
        id: usize,
        expr: Box<Expr>,
        anonymous: bool,
    ) -> CResult<()> {
        let name = format!("__default${id}");
        let text = if anonymous {
            format!("const {name} = {{ default: 0 }}.default;")
        } else {
            format!("const {name} = 0;")
        };
        let mut s = parse_into(self.cm, "kiln:esm", text, false)?;
        let Some(Stmt::Decl(Decl::Var(v))) = s.body.first_mut() else {
            unreachable!("a const declaration")
        };
        let init = v.decls[0].init.as_mut().expect("an initialiser");
        let slot: &mut Box<Expr> = match &mut **init {
            Expr::Member(me) => match &mut *me.obj {
                Expr::Object(o) => match &mut o.props[0] {
                    PropOrSpread::Prop(p) => match &mut **p {
                        Prop::KeyValue(kv) => &mut kv.value,
                        _ => unreachable!("a key-value property"),
                    },
                    _ => unreachable!("a property"),
                },
                _ => unreachable!("an object literal"),
            },
            _ => init,
        };
        *slot = expr;
        m.stmts.extend(s.body);
        m.exports
            .push(("default".into(), Export::Local(name.clone())));
        m.top_syms.insert(name);
        Ok(())
    }

    /// The node `src` names from module `m`, loaded if new.
    fn dependency(
        &mut self,
        m: &mut EsModule,
        src: &Str,
        with: Option<&ObjectLit>,
    ) -> CResult<usize> {
        let spec = src.value.as_str().unwrap_or_default().to_string();
        let dir = m.path.parent().map(Path::to_path_buf).unwrap_or_default();
        let from = m.path.display().to_string();
        let json = with.is_some_and(is_json_attribute);
        let n = self.resolve_node(&spec, src.span, json, &dir, &from)?;
        m.deps.push(n);
        m.specs.entry(n).or_insert(spec);
        Ok(n)
    }

    /// The node the specifier `spec` (at `span`, with a JSON import
    /// attribute or not) names from a module in `dir` named `from`, loaded
    /// if new; Node's error if it names nothing.
    fn resolve_node(
        &mut self,
        spec: &str,
        span: Span,
        json: bool,
        dir: &Path,
        from: &str,
    ) -> CResult<usize> {
        let resolved = resolve::resolve_as(spec, dir, Mode::Import);
        Ok(match resolved {
            Resolved::Js(p) => {
                let esm = is_es_module(&p);
                if esm {
                    self.load_esm(p, None)?
                } else {
                    self.cjs_node(Resolved::Js(p), false)
                }
            }
            Resolved::Json(p) => {
                if !json {
                    return Err(Diagnostic::new(
                        span,
                        format!(
                            "TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]: Module \"{}\" needs an import attribute of type \"json\"",
                            file_url(&p)
                        ),
                    ));
                }
                self.cjs_node(Resolved::Json(p), true)
            }
            Resolved::Builtin(name) => match self.cjs.add(Resolved::Builtin(name)) {
                Some(Ok(id)) => self.cjs_id_node(id, false),
                Some(Err(msg)) => return Err(Diagnostic::new(span, msg)),
                None => unreachable!("a built-in resolves"),
            },
            Resolved::NotFound => return Err(Diagnostic::new(span, not_found(spec, dir, from))),
        })
    }

    fn cjs_node(&mut self, r: Resolved, json: bool) -> usize {
        match self.cjs.add(r) {
            Some(Ok(id)) => self.cjs_id_node(id, json),
            _ => unreachable!("a file resolves to a module"),
        }
    }

    fn cjs_id_node(&mut self, id: usize, json: bool) -> usize {
        if let Some(&n) = self.cjs_nodes.get(&id) {
            return n;
        }
        let n = self.nodes.len();
        self.nodes.push(Node::Cjs { id, json });
        self.cjs_nodes.insert(id, n);
        n
    }

    /// What export `name` of node `n` is; `Ok(None)` if it has none,
    /// `Err(())` if `export *` makes it ambiguous.
    fn resolve_export(
        &self,
        n: usize,
        name: &str,
        seen: &mut Vec<(usize, String)>,
    ) -> Result<Option<Target>, ()> {
        let m = match &self.nodes[n] {
            Node::Cjs { json: true, .. } if name != "default" => return Ok(None),
            Node::Cjs { .. } => {
                return Ok(Some(Target::Cjs(
                    n,
                    (name != "default").then(|| name.to_string()),
                )))
            }
            Node::Esm(m) => m,
            Node::Failed(_) => return Ok(None),
        };
        if seen.iter().any(|(s, x)| *s == n && x == name) {
            return Ok(None);
        }
        seen.push((n, name.to_string()));
        for (exported, e) in &m.exports {
            if exported != name {
                continue;
            }
            return match e {
                Export::Local(local) => match m.imports.get(local) {
                    Some((dep, Import::Name(imported, _))) => {
                        self.resolve_export(*dep, imported, seen)
                    }
                    Some((dep, Import::Namespace)) => Ok(Some(Target::Namespace(*dep))),
                    None => Ok(Some(Target::Binding(n, local.clone()))),
                },
                Export::Reexport(dep, imported, _) => self.resolve_export(*dep, imported, seen),
                Export::ReexportNs(dep) => Ok(Some(Target::Namespace(*dep))),
            };
        }
        if name == "default" {
            return Ok(None);
        }
        let mut found: Option<Target> = None;
        for &star in &m.stars {
            match self.resolve_export(star, name, seen)? {
                Some(t) if found.as_ref().is_some_and(|f| *f != t) => return Err(()),
                Some(t) => found = Some(t),
                None => {}
            }
        }
        Ok(found)
    }

    /// The names of node `n`'s namespace object (sorted, ambiguous ones left out).
    fn export_names(&self, n: usize, seen: &mut HashSet<usize>) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let Node::Esm(m) = &self.nodes[n] else {
            return out;
        };
        if !seen.insert(n) {
            return out;
        }
        out.extend(m.exports.iter().map(|(name, _)| name.clone()));
        for &star in &m.stars {
            for name in self.export_names(star, seen) {
                if name != "default" && self.resolve_export(n, &name, &mut vec![]).is_ok() {
                    out.insert(name);
                }
            }
        }
        out
    }

    /// The evaluation order: a depth-first post-order walk from the entry,
    /// then from each module only `import()` reaches (they run after the
    /// entry's body, before any promise job: where `import()`'s own
    /// asynchrony would put them unless the program waits before calling it).
    fn order(&self) -> Vec<usize> {
        let mut out = vec![];
        let mut state = vec![0u8; self.nodes.len()];
        self.walk(0, &mut state, &mut out);
        for &r in &self.lazy_roots {
            if state[r] == 0 && matches!(self.nodes[r], Node::Esm(_)) {
                self.walk(r, &mut state, &mut out);
            }
        }
        let mut i = 0;
        while i < out.len() {
            if let Node::Esm(m) = &self.nodes[out[i]] {
                let mut targets: Vec<usize> = m.dynamic.nodes().collect();
                targets.sort();
                for t in targets {
                    if state[t] == 0 && matches!(self.nodes[t], Node::Esm(_)) {
                        self.walk(t, &mut state, &mut out);
                    }
                }
            }
            i += 1;
        }
        out
    }

    fn walk(&self, root: usize, state: &mut [u8], out: &mut Vec<usize>) {
        // (node, next dependency index)
        let mut stack = vec![(root, 0usize)];
        state[root] = 1;
        while let Some((n, i)) = stack.pop() {
            let deps: &[usize] = match &self.nodes[n] {
                Node::Esm(m) => &m.deps,
                Node::Cjs { .. } | Node::Failed(_) => &[],
            };
            if let Some(&d) = deps.get(i) {
                stack.push((n, i + 1));
                if state[d] == 0 {
                    state[d] = 1;
                    stack.push((d, 0));
                }
            } else {
                out.push(n);
            }
        }
    }

    fn target_subst(&mut self, t: &Target, names: &[HashMap<String, String>]) -> Subst {
        match t {
            Target::Binding(n, local) => Subst::Name(names[*n][local].clone()),
            Target::Namespace(n) => {
                self.ns_needed.insert(*n);
                Subst::Name(ns_var(*n))
            }
            Target::Cjs(n, None) => Subst::Name(cjs_var(*n)),
            Target::Cjs(n, Some(p)) => Subst::Member(cjs_var(*n), p.clone()),
        }
    }

    /// Links the program: one script. `cjs_entry` is the entry's script and
    /// the CommonJS names it reads when the entry is CommonJS (node 0 is
    /// then its placeholder); the result is the script, the spans of the
    /// CommonJS wrappers (sloppy in a strict script) and the warnings.
    ///
    /// Modules the entry's static imports do not reach are evaluated
    /// lazily: each set of them joined by static imports (a *component*) is
    /// the body of one function `__kiln_body$C`, its modules' top-level
    /// bindings that function's locals, run once (`__kiln_lazy[C]`) at the
    /// first `import()` or `require()` of any of its modules, as Node
    /// evaluates a module at its first `import()`. (Modules of one
    /// component all run at the first import of any of them.)
    #[allow(clippy::type_complexity)]
    fn link(
        mut self,
        cjs_entry: Option<(Script, &[&str])>,
    ) -> CResult<(Script, HashSet<(BytePos, BytePos)>, Vec<Diagnostic>)> {
        // The CommonJS part: loaded now that every root is known.
        self.settle()?;
        self.fail_links();
        for &(_, n, _) in &self.required {
            if let Node::Failed(d) = &self.nodes[n] {
                return Err(d.clone());
            }
        }
        let order = self.order();
        self.cjs.uses_stdin |= self.uses_stdin;
        self.cjs.uses_globals |= self.uses_globals;
        let mut host = self.cjs.host_prelude(self.cm)?;
        if self.cjs.contains("node:assert") {
            // `assert(x)` quotes its call's source only in CommonJS files
            // (Node cannot read an ES module's source back from its URL).
            let paths: Vec<String> = self
                .nodes
                .iter()
                .filter_map(|n| match n {
                    Node::Esm(m) => Some(super::js_string(&m.path.display().to_string())),
                    Node::Cjs { .. } | Node::Failed(_) => None,
                })
                .collect();
            host.push_str(&format!(
                "process.binding('kiln').esModules([{}]);\n",
                paths.join(", ")
            ));
        }
        // Eager modules, lazy components.
        let mut eager_list = vec![];
        self.walk(0, &mut vec![0u8; self.nodes.len()], &mut eager_list);
        let eager: HashSet<usize> = eager_list.into_iter().collect();
        if let Some(d) = eager.iter().find_map(|&n| match &self.nodes[n] {
            Node::Failed(d) => Some(d.clone()),
            _ => None,
        }) {
            return Err(d);
        }
        let comp = self.components(&order, &eager);
        let ncomp = comp.values().copied().max().map_or(0, |c| c + 1);
        // `import()` targets are read through their namespace objects.
        let mut dynamic: Vec<Option<Imports>> = (0..self.nodes.len()).map(|_| None).collect();
        let mut esm_targets: Vec<usize> = vec![];
        let mut cjs_ns_ids: BTreeSet<usize> = BTreeSet::new();
        let mut any_dynamic = false;
        let mut warnings = vec![];
        let mut tables = String::new();
        let (mut top_await, mut comp_await) = (false, vec![false; ncomp]);
        for &n in &order {
            if let Node::Esm(m) = &self.nodes[n] {
                if eager.contains(&n) {
                    top_await |= m.top_await;
                } else {
                    comp_await[comp[&n]] |= m.top_await;
                }
                let i = self.imports(&m.dynamic, &m.path, &eager, &comp, &mut warnings);
                if !m.dynamic.computed_spans.is_empty() {
                    tables.push_str(&i.table(js_string));
                }
                dynamic[n] = Some(i);
                esm_targets.extend(m.dynamic.nodes());
            }
        }
        let mut cjs_dynamic: Vec<(usize, Imports)> = vec![];
        let mut cjs_ids: Vec<usize> = self.cjs_dynamic.keys().copied().collect();
        cjs_ids.sort();
        for id in cjs_ids {
            let targets = &self.cjs_dynamic[&id];
            let path = self.cjs.path(id).to_path_buf();
            let mut i = self.imports(targets, &path, &eager, &comp, &mut warnings);
            i.table_var = format!("__kiln_cjs_dyn${id}");
            if !targets.computed_spans.is_empty() {
                tables.push_str(&i.table(js_string));
            }
            cjs_dynamic.push((id, i));
            esm_targets.extend(targets.nodes());
            any_dynamic = true;
        }
        any_dynamic |= self.nodes.iter().any(|n| match n {
            Node::Esm(m) => !m.dynamic.by_spec.is_empty() || !m.dynamic.computed_spans.is_empty(),
            _ => false,
        });
        for &t in &esm_targets {
            match &self.nodes[t] {
                Node::Esm(_) => {
                    self.ns_needed.insert(t);
                }
                Node::Cjs { id, .. } => {
                    cjs_ns_ids.insert(*id);
                }
                Node::Failed(_) => {}
            }
        }
        for &(_, n, _) in &self.required {
            self.ns_needed.insert(n);
        }
        // What `require()` of an ES module returns.
        for &(id, n, from) in &self.required {
            let ns = ns_var(n);
            let text = if eager.contains(&n) {
                format!("module.exports = __kiln_required({ns});")
            } else if comp_await[comp[&n]] {
                let msg = format!(
                    "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {} \n  Requiring {} ",
                    self.cjs.path(from).display(),
                    self.cjs.path(id).display()
                );
                format!(
                    "var e = new Error({}); e.code = 'ERR_REQUIRE_ASYNC_MODULE'; throw e;",
                    js_string(&msg)
                )
            } else {
                format!(
                    "__kiln_lazy[{}](); module.exports = __kiln_required({ns});",
                    comp[&n]
                )
            };
            self.cjs.set_body(id, text);
        }
        // `import()` in CommonJS files.
        let mut entry_script = cjs_entry.as_ref().map(|(s, _)| s.clone());
        for (id, map) in &cjs_dynamic {
            let mut rw = CjsImports { map, error: None };
            if *id == 0 && cjs_entry.is_some() {
                if let Some(s) = &mut entry_script {
                    s.visit_mut_with(&mut rw);
                }
            } else if let Some(Some(body)) = self.cjs.bodies.get_mut(*id) {
                body.visit_mut_with(&mut rw);
            }
            if let Some(e) = rw.error {
                return Err(e);
            }
        }
        let mut cjs_stmts = vec![];
        if !self.cjs_nodes.is_empty() || !host.is_empty() {
            self.cjs.emit(self.cm, &mut cjs_stmts)?;
        }
        let mut reserved = Names::default();
        for s in &cjs_stmts {
            s.visit_with(&mut reserved);
        }
        let builtins: Vec<String> = resolve::BUILTINS.iter().map(|b| js_string(b)).collect();
        let prelude_text = format!(
            "{PRELUDE}var __kiln_builtins = [{}];\n",
            builtins.join(", ")
        );
        let prelude = parse_into(self.cm, "kiln:esm", prelude_text, false)?;
        for s in &prelude.body {
            s.visit_with(&mut reserved);
        }
        let preamble = if self.preamble.is_empty() {
            vec![]
        } else {
            let p = std::mem::take(&mut self.preamble);
            parse_into(self.cm, "kiln:preamble", p, false)?.body
        };
        for s in &preamble {
            s.visit_with(&mut reserved);
        }
        // Final names of every module's top-level bindings.
        let mut users: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut taken: HashSet<String> = reserved.0.clone();
        for (n, node) in self.nodes.iter().enumerate() {
            if let Node::Esm(m) = node {
                for s in &m.other_syms {
                    users.entry(s.as_str()).or_default().push(n);
                    taken.insert(s.clone());
                }
                taken.extend(m.top_syms.iter().cloned());
                taken.extend(m.imports.keys().cloned());
            }
        }
        // An eager module's bindings are the script's; a lazy module's are
        // locals of its component's function, so they clash only with the
        // eager modules' and their own component's.
        let mut names: Vec<HashMap<String, String>> = vec![HashMap::new(); self.nodes.len()];
        let mut claimed: HashSet<String> = HashSet::new();
        let mut comp_claimed: Vec<HashSet<String>> = vec![HashSet::new(); ncomp];
        let mut fresh = 0usize;
        for &n in &order {
            let Node::Esm(m) = &self.nodes[n] else {
                continue;
            };
            let c = comp.get(&n).copied();
            for sym in &m.top_syms {
                let clash = claimed.contains(sym)
                    || match c {
                        None => {
                            reserved.0.contains(sym)
                                || users
                                    .get(sym.as_str())
                                    .is_some_and(|u| u.iter().any(|&o| o != n))
                        }
                        Some(c) => {
                            comp_claimed[c].contains(sym)
                                || users.get(sym.as_str()).is_some_and(|u| {
                                    u.iter().any(|&o| o != n && comp.get(&o) == Some(&c))
                                })
                        }
                    };
                let name = if clash && !sym.starts_with("__default$") {
                    loop {
                        fresh += 1;
                        let f = format!("{sym}${fresh}");
                        if !taken.contains(&f) && !claimed.contains(&f) {
                            break f;
                        }
                    }
                } else {
                    sym.clone()
                };
                match c {
                    None => claimed.insert(name.clone()),
                    Some(c) => comp_claimed[c].insert(name.clone()),
                };
                names[n].insert(sym.clone(), name);
            }
        }
        // Each module's rewriting of its top-level names.
        let mut substs: Vec<HashMap<String, (Subst, bool)>> =
            vec![HashMap::new(); self.nodes.len()];
        for &n in &order {
            let Node::Esm(m) = &self.nodes[n] else {
                continue;
            };
            let mut map: HashMap<String, (Subst, bool)> = names[n]
                .iter()
                .map(|(k, v)| (k.clone(), (Subst::Name(v.clone()), false)))
                .collect();
            let imports: Vec<(String, usize, Import)> = m
                .imports
                .iter()
                .map(|(k, (d, i))| (k.clone(), *d, i.clone()))
                .collect();
            let specs = m.specs.clone();
            for (local, dep, what) in imports {
                let t = match what {
                    Import::Namespace => Target::Namespace(dep),
                    Import::Name(name, span) => self.export_of(dep, &name, span, &specs[&dep])?,
                };
                map.insert(local, (self.target_subst(&t, &names), true));
            }
            substs[n] = map;
        }
        // Namespace objects: declared at the top, made where their module
        // runs (a lazy module's when its component runs).
        let mut outer_text = String::new();
        let mut ns_text = String::new();
        let mut comp_ns_text = vec![String::new(); ncomp];
        let mut cjs_ns: HashSet<usize> = HashSet::new();
        // (A namespace's getters can need more namespaces: `export * as`.)
        let mut done_ns: HashSet<usize> = HashSet::new();
        while let Some(n) = self
            .ns_needed
            .iter()
            .copied()
            .find(|n| !done_ns.contains(n))
        {
            done_ns.insert(n);
            outer_text.push_str(&format!("var {};\n", ns_var(n)));
            match &self.nodes[n] {
                Node::Failed(_) => unreachable!("a failed module's namespace is never read"),
                Node::Cjs { id, .. } => {
                    cjs_ns.insert(n);
                    cjs_ns_ids.insert(*id);
                }
                Node::Esm(_) => {
                    let keys = self.export_names(n, &mut HashSet::new());
                    let mut getters = vec![];
                    for k in &keys {
                        let t = self
                            .resolve_export(n, k, &mut vec![])
                            .ok()
                            .flatten()
                            .expect("a listed export resolves");
                        getters.push(match self.target_subst(&t, &names) {
                            Subst::Name(v) => format!("function () {{ return {v}; }}"),
                            Subst::Member(o, p) => {
                                format!("function () {{ return {o}[{}]; }}", js_string(&p))
                            }
                        });
                    }
                    let keys: Vec<String> = keys.iter().map(|k| js_string(k)).collect();
                    let make = format!(
                        "{} = __kiln_namespace([{}], [{}]);\n",
                        ns_var(n),
                        keys.join(", "),
                        getters.join(", ")
                    );
                    if eager.contains(&n) {
                        ns_text.push_str(&make);
                    } else {
                        comp_ns_text[comp[&n]].push_str(&make);
                    }
                }
            }
        }
        // The names Node detects in the CommonJS modules whose namespaces
        // the program makes.
        for &id in &cjs_ns_ids {
            if let Some(Some(named)) = self.cjs.named.get(id) {
                let list: Vec<String> = named.iter().map(|k| js_string(k)).collect();
                outer_text.push_str(&format!(
                    "__kiln_cjs_names[{id}] = [{}];\n",
                    list.join(", ")
                ));
            }
        }
        outer_text.push_str(&tables);
        let need_prelude = !self.ns_needed.is_empty() || any_dynamic || !self.required.is_empty();
        // The lazy components: registered first, their bodies filled below.
        let mut comps_text = String::new();
        for (c, &is_async) in comp_await.iter().enumerate() {
            comps_text.push_str(&format!(
                "var __kiln_state${c}, __kiln_value${c};\n\
                 __kiln_lazy[{c}] = function () {{\n\
                   if (!__kiln_state${c}) {{\n\
                     __kiln_state${c} = 1;\n\
                     try {{ __kiln_value${c} = __kiln_body${c}(); __kiln_state${c} = 3; }}\n\
                     catch (__kiln_e) {{\n\
                       // A cycle through CommonJS is found before Node evaluates: it may be retried.\n\
                       if (__kiln_e && __kiln_e.code === 'ERR_REQUIRE_CYCLE_MODULE') {{ __kiln_state${c} = 0; throw __kiln_e; }}\n\
                       __kiln_state${c} = 2; __kiln_value${c} = __kiln_e;\n\
                     }}\n\
                   }}\n\
                   if (__kiln_state${c} === 2) throw __kiln_value${c};\n\
                   return __kiln_value${c};\n\
                 }};\n\
                 {}function __kiln_body${c}() {{ 'use strict'; }}\n",
                if is_async { "async " } else { "" }
            ));
        }
        let mut comp_bodies: Vec<Vec<Stmt>> = vec![vec![]; ncomp];
        for (c, text) in comp_ns_text.into_iter().enumerate() {
            if !text.is_empty() {
                comp_bodies[c].extend(parse_into(self.cm, "kiln:esm", text, false)?.body);
            }
        }
        // Which components' modules import each lazily evaluated CommonJS module.
        let mut cjs_users: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        for (&n, &c) in &comp {
            if let Node::Esm(m) = &self.nodes[n] {
                for &d in &m.deps {
                    if matches!(self.nodes[d], Node::Cjs { .. }) && !eager.contains(&d) {
                        cjs_users.entry(d).or_default().insert(c);
                    }
                }
            }
        }
        // The modules' code, in order.
        let mut eager_body: Vec<Stmt> = vec![];
        if !ns_text.is_empty() {
            eager_body.extend(parse_into(self.cm, "kiln:esm", ns_text, false)?.body);
        }
        // Each CommonJS module as the first ES module importing it names it.
        let mut importers: HashMap<usize, (String, PathBuf)> = HashMap::new();
        for &i in &order {
            if let Node::Esm(m) = &self.nodes[i] {
                for (&d, spec) in &m.specs {
                    importers
                        .entry(d)
                        .or_insert_with(|| (spec.clone(), m.path.clone()));
                }
            }
        }
        for &n in &order {
            if cjs_entry.is_some() && n == 0 {
                continue;
            }
            match &mut self.nodes[n] {
                Node::Failed(_) => {}
                Node::Cjs { id, .. } => {
                    let mut text = match importers.get(&n) {
                        Some((spec, from)) => format!(
                            "var {} = __kiln_import_cjs({id}, {}, {});\n",
                            cjs_var(n),
                            js_string(spec),
                            js_string(&from.display().to_string())
                        ),
                        None => format!("var {} = __kiln_load({id});\n", cjs_var(n)),
                    };
                    if cjs_ns.contains(&n) {
                        text.push_str(&format!("{} = __kiln_cjs_ns({id});\n", ns_var(n)));
                    }
                    if eager.contains(&n) {
                        eager_body.extend(parse_into(self.cm, "kiln:esm", text, false)?.body);
                    } else {
                        for &c in cjs_users.get(&n).into_iter().flatten() {
                            let s = parse_into(self.cm, "kiln:esm", text.clone(), false)?;
                            comp_bodies[c].extend(s.body);
                        }
                    }
                }
                Node::Esm(m) => {
                    let target = if eager.contains(&n) {
                        &mut eager_body
                    } else {
                        &mut comp_bodies[comp[&n]]
                    };
                    let meta = format!("__meta${n}");
                    if m.meta {
                        let file = m.path.display().to_string();
                        let dir = m
                            .path
                            .parent()
                            .map(|d| d.display().to_string())
                            .unwrap_or_default();
                        let text = format!(
                            "var {meta} = Object.assign(Object.create(null), {{ dirname: {}, filename: {}, url: {} }});",
                            js_string(&dir),
                            js_string(&file),
                            js_string(&file_url(&m.path))
                        );
                        target.extend(parse_into(self.cm, "kiln:esm", text, false)?.body);
                    }
                    let mut linker = Link {
                        top: m.top,
                        map: &substs[n],
                        meta,
                        dynamic: dynamic[n].take().unwrap_or_default(),
                        this_depth: 0,
                        fn_depth: 0,
                        error: None,
                    };
                    let mut stmts = std::mem::take(&mut m.stmts);
                    stmts.visit_mut_with(&mut linker);
                    if let Some(e) = linker.error {
                        return Err(e);
                    }
                    target.extend(stmts);
                }
            }
        }
        let mut comps = parse_into(self.cm, "kiln:esm", comps_text, false)?.body;
        let mut bodies = comp_bodies.into_iter();
        for s in &mut comps {
            if let Stmt::Decl(Decl::Fn(f)) = s {
                if let Some(b) = &mut f.function.body {
                    b.stmts.extend(bodies.next().unwrap_or_default());
                }
            }
        }
        // The script.
        let mut body: Vec<Stmt> = vec![];
        if cjs_entry.is_none() {
            body.extend(parse_into(self.cm, "kiln:esm", "'use strict';".into(), false)?.body);
        }
        if need_prelude {
            body.extend(prelude.body);
        }
        body.extend(preamble);
        body.extend(cjs_stmts);
        if !outer_text.is_empty() {
            body.extend(parse_into(self.cm, "kiln:esm", outer_text, false)?.body);
        }
        let outer_len = body.len();
        if let Some((_, uses)) = &cjs_entry {
            // A CommonJS entry: the components, then the entry's own
            // bindings and statements.
            body.extend(comps);
            let entry = self.cjs.path(0).to_path_buf();
            let strict = entry_script
                .as_ref()
                .is_some_and(crate::analysis::scope::script_is_strict);
            let text = super::entry_prelude(&entry, &host, uses, strict);
            body.extend(parse_into(self.cm, "kiln:main", text, false)?.body);
            body.extend(entry_script.map(|s| s.body).unwrap_or_default());
            let span = cjs_entry.as_ref().map_or(DUMMY_SP, |(s, _)| s.span);
            warnings.splice(0..0, std::mem::take(&mut self.cjs.warnings));
            return Ok((
                Script {
                    span,
                    body,
                    shebang: None,
                },
                HashSet::new(),
                warnings,
            ));
        }
        if !host.is_empty() {
            body.extend(parse_into(self.cm, "kiln:esm", host, false)?.body);
        }
        // The components come before the eager modules (which may import
        // them) and, with a top-level `await`, inside the same async
        // function (they may import the eager modules' bindings).
        body.extend(comps);
        body.extend(eager_body);
        // With a top-level `await` anywhere, the modules' evaluation is the
        // body of one async function: an `await` suspends the modules after
        // it, as a module that awaits holds back the ones importing it.
        if top_await {
            let evaluation: Vec<Stmt> = body.drain(outer_len..).collect();
            let mut w = parse_into(
                self.cm,
                "kiln:esm",
                "(async function () {})();".into(),
                false,
            )?;
            if let Some(Stmt::Expr(es)) = w.body.first_mut() {
                if let Expr::Call(call) = &mut *es.expr {
                    if let Callee::Expr(callee) = &mut call.callee {
                        if let Expr::Paren(p) = &mut **callee {
                            if let Expr::Fn(f) = &mut *p.expr {
                                if let Some(b) = &mut f.function.body {
                                    b.stmts = evaluation;
                                }
                            }
                        }
                    }
                }
            }
            body.extend(w.body);
        }
        let sloppy = self
            .cjs
            .wrapper_spans
            .iter()
            .map(|s| (s.lo, s.hi))
            .collect();
        let span = match &self.nodes[0] {
            Node::Esm(m) => m.span,
            Node::Cjs { .. } | Node::Failed(_) => DUMMY_SP,
        };
        Ok((
            Script {
                span,
                body,
                shebang: None,
            },
            sloppy,
            warnings,
        ))
    }

    /// The lazy components: each ES module outside `eager`, numbered by
    /// first appearance in `order`, joined with the lazy ES modules it
    /// imports statically.
    fn components(&self, order: &[usize], eager: &HashSet<usize>) -> HashMap<usize, usize> {
        let lazy = |n: usize| matches!(self.nodes[n], Node::Esm(_)) && !eager.contains(&n);
        let mut parent: Vec<usize> = (0..self.nodes.len()).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for &n in order {
            if let Node::Esm(m) = &self.nodes[n] {
                if !lazy(n) {
                    continue;
                }
                for &d in &m.deps {
                    if lazy(d) {
                        let (a, b) = (find(&mut parent, n), find(&mut parent, d));
                        parent[a] = b;
                    }
                }
            }
        }
        let mut ids: HashMap<usize, usize> = HashMap::new();
        let mut out = HashMap::new();
        for &n in order {
            if lazy(n) {
                let root = find(&mut parent, n);
                let next = ids.len();
                let c = *ids.entry(root).or_insert(next);
                out.insert(n, c);
            }
        }
        out
    }

    /// Export `name` of node `dep` (imported as `spec`), or Node's link
    /// error at `span`.
    fn export_of(&self, dep: usize, name: &str, span: Span, spec: &str) -> CResult<Target> {
        match self.resolve_export(dep, name, &mut vec![]) {
            Ok(Some(t)) => Ok(t),
            Ok(None) => Err(Diagnostic::new(
                span,
                format!("SyntaxError: The requested module '{spec}' does not provide an export named '{name}'"),
            )),
            Err(()) => Err(Diagnostic::new(
                span,
                format!("SyntaxError: The requested module '{spec}' contains conflicting star exports for name '{name}'"),
            )),
        }
    }
}

fn ns_var(n: usize) -> String {
    format!("__ns${n}")
}

fn cjs_var(n: usize) -> String {
    format!("__cjs${n}")
}

fn export_name(n: &ModuleExportName) -> String {
    n.atom().to_string()
}

fn span_of(d: &ModuleDecl) -> Span {
    use swc_common::Spanned;
    d.span()
}

/// The names a declaration binds.
fn declared_names(d: &Decl) -> Vec<String> {
    let mut c = BindingNames(vec![]);
    match d {
        Decl::Fn(f) => c.0.push(f.ident.sym.to_string()),
        Decl::Class(k) => c.0.push(k.ident.sym.to_string()),
        Decl::Var(v) => {
            for d in &v.decls {
                d.name.visit_with(&mut c);
            }
        }
        Decl::Using(u) => {
            for d in &u.decls {
                d.name.visit_with(&mut c);
            }
        }
        _ => {}
    }
    c.0
}

/// The identifiers a pattern binds.
struct BindingNames(Vec<String>);

impl Visit for BindingNames {
    fn visit_binding_ident(&mut self, b: &BindingIdent) {
        self.0.push(b.id.sym.to_string());
    }
    fn visit_assign_pat_prop(&mut self, p: &AssignPatProp) {
        self.0.push(p.key.sym.to_string());
        p.value.visit_with(self);
    }
    fn visit_expr(&mut self, _: &Expr) {}
}

/// `with { type: 'json' }`.
pub(crate) fn is_json_attribute(with: &ObjectLit) -> bool {
    with.props.iter().any(|p| {
        let PropOrSpread::Prop(p) = p else {
            return false;
        };
        let Prop::KeyValue(kv) = &**p else {
            return false;
        };
        let key = match &kv.key {
            PropName::Ident(i) => i.sym.to_string(),
            PropName::Str(s) => s.value.as_str().unwrap_or_default().to_string(),
            _ => return false,
        };
        key == "type"
            && matches!(&*kv.value, Expr::Lit(Lit::Str(s)) if s.value.as_str() == Some("json"))
    })
}

/// Node's message for an import that resolves to nothing.
fn not_found(spec: &str, dir: &Path, from: &str) -> String {
    let relative = spec.starts_with("./") || spec.starts_with("../") || spec.starts_with('/');
    if !relative {
        let name = spec
            .split('/')
            .take(if spec.starts_with('@') { 2 } else { 1 });
        return format!(
            "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '{}' imported from {from}",
            name.collect::<Vec<_>>().join("/")
        );
    }
    let target = dir.join(spec);
    let shown = std::path::absolute(&target).unwrap_or(target.clone());
    let mut msg = if target.is_dir() {
        format!(
            "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '{}' is not supported resolving ES modules imported from {from}",
            shown.display()
        )
    } else {
        format!(
            "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '{}' imported from {from}",
            shown.display()
        )
    };
    for ext in ["js", "mjs", "cjs", "json"] {
        let mut with_ext = target.as_os_str().to_os_string();
        with_ext.push(format!(".{ext}"));
        if Path::new(&with_ext).is_file() {
            msg.push_str(&format!(" (did you mean to import \"{spec}.{ext}\"?)"));
            break;
        }
    }
    msg
}

/// `file://` URL of an absolute path (percent-encoding what URLs must).
fn file_url(p: &Path) -> String {
    let mut out = String::from("file://");
    for b in p.display().to_string().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Collects a module's names by kind of syntax context and whether it
/// awaits at the top level.
struct Syms {
    top: SyntaxContext,
    top_syms: BTreeSet<String>,
    other: HashSet<String>,
    meta: bool,
    fn_depth: usize,
    top_await: bool,
}

impl Visit for Syms {
    fn visit_ident(&mut self, i: &Ident) {
        if i.ctxt == self.top {
            self.top_syms.insert(i.sym.to_string());
        } else {
            self.other.insert(i.sym.to_string());
        }
    }
    fn visit_meta_prop_expr(&mut self, m: &MetaPropExpr) {
        if m.kind == MetaPropKind::ImportMeta {
            self.meta = true;
        }
    }
    fn visit_function(&mut self, f: &Function) {
        self.fn_depth += 1;
        f.visit_children_with(self);
        self.fn_depth -= 1;
    }
    fn visit_arrow_expr(&mut self, a: &ArrowExpr) {
        self.fn_depth += 1;
        a.visit_children_with(self);
        self.fn_depth -= 1;
    }
    fn visit_class(&mut self, c: &Class) {
        // Class bodies (field initialisers, static blocks) are functions of
        // their own for `await`; `extends` is evaluated outside.
        c.super_class.visit_with(self);
        self.fn_depth += 1;
        c.body.visit_with(self);
        self.fn_depth -= 1;
    }
    fn visit_getter_prop(&mut self, g: &GetterProp) {
        self.fn_depth += 1;
        g.visit_children_with(self);
        self.fn_depth -= 1;
    }
    fn visit_setter_prop(&mut self, g: &SetterProp) {
        self.fn_depth += 1;
        g.visit_children_with(self);
        self.fn_depth -= 1;
    }
    fn visit_await_expr(&mut self, a: &AwaitExpr) {
        if self.fn_depth == 0 {
            self.top_await = true;
        }
        a.visit_children_with(self);
    }
    fn visit_for_of_stmt(&mut self, f: &ForOfStmt) {
        if f.is_await && self.fn_depth == 0 {
            self.top_await = true;
        }
        f.visit_children_with(self);
    }
    // Import and export declarations' names are not references.
    fn visit_module_decl(&mut self, d: &ModuleDecl) {
        match d {
            ModuleDecl::Import(i) => {
                for s in &i.specifiers {
                    let local = match s {
                        ImportSpecifier::Named(n) => &n.local,
                        ImportSpecifier::Default(d) => &d.local,
                        ImportSpecifier::Namespace(n) => &n.local,
                    };
                    self.visit_ident(local);
                }
            }
            ModuleDecl::ExportNamed(_) | ModuleDecl::ExportAll(_) => {}
            other => other.visit_children_with(self),
        }
    }
}

/// Every identifier name in some code.
#[derive(Default)]
struct Names(HashSet<String>);

impl Visit for Names {
    fn visit_ident(&mut self, i: &Ident) {
        self.0.insert(i.sym.to_string());
    }
}
