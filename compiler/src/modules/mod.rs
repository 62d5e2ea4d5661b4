//! Programs in many files: CommonJS modules found, resolved and bundled at compile time.
//!
//! When the entry file uses `require`, `module`, `exports`, `__filename` or
//! `__dirname`, [`bundle`] follows every `require("literal")` from it (and
//! from each file it reaches) with Node's resolution ([`resolve`]), parses
//! each file into the same source map (so every span, diagnostic and stack
//! frame names its own file) and assembles one script:
//!
//! 1. a small loader written in JavaScript (the file `kiln:modules`): a
//!    module table, `require` functions that map a specifier to a module
//!    through the requiring file's own resolution table, and Node's caching
//!    (a module runs once; a cycle sees the partial `module.exports`);
//! 2. one `__kiln_define(id, filename, table, function (exports, require,
//!    module, __filename, __dirname) { <the file's statements> })` per
//!    module: the wrapper is parsed from a file of its own (`kiln:wrap:…`)
//!    and the module's statements, parsed from the module file with a
//!    top-level `return` allowed, become its body, as Node's wrapper does;
//!    a JSON file's body is `module.exports = JSON.parse("<text>")`;
//! 3. the entry's `module`, `exports`, `require`, `__filename` and
//!    `__dirname` (only those it uses and does not declare), then its
//!    statements, unwrapped: the entry keeps its top-level bindings in
//!    module slots (typed, fast), and its `this` is `module.exports`.
//!
//! A specifier that resolves to nothing, or is not a string literal, throws
//! Node's `MODULE_NOT_FOUND` error when it runs; a Node built-in module
//! kiln writes in JavaScript ([`NODE_MODULES`]: `fs`, `path`, `assert`,
//! `url`, `crypto`, `zlib`, ...) is compiled in as the file `node:<name>`,
//! and one kiln lacks throws an error saying so.
//! `__filename` is the absolute path at compile time: nothing is read from
//! the source tree at run time. A program whose CommonJS files call
//! `import()` or `require()` an ES module is linked by [`esm::bundle_cjs`].

mod cjs_exports;
pub(crate) mod dynamic;
pub mod esm;
pub mod resolve;

use crate::diag::{CResult, Diagnostic};
use crate::syntax::parse::parse_into;
use dynamic::DynamicImports;
use resolve::Resolved;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use swc_common::{sync::Lrc, BytePos, SourceMap, Span, DUMMY_SP};
use swc_ecma_ast::{Callee, Expr, Script, Stmt};

pub use crate::analysis::builtins::CJS_NAMES;

const LOADER: &str = r#"var __kiln_defs = [], __kiln_names = [], __kiln_tables = [], __kiln_cache = [], __kiln_main;
var __kiln_esm = [], __kiln_esm_parent = [];
function __kiln_cycle(message) {
  var e = new Error(message);
  e.code = 'ERR_REQUIRE_CYCLE_MODULE';
  return e;
}
function __kiln_loading(id) {
  var m = __kiln_cache[id];
  return m !== undefined && !m.loaded;
}
function __kiln_import_cjs(id, spec, from) {
  // An ES module importing a CommonJS module still loading: Node 20.19+ refuses.
  if (__kiln_loading(id)) throw __kiln_cycle('Cannot import CommonJS Module ' + spec + ' in a cycle. (from ' + from + ')');
  return __kiln_load(id);
}
function __kiln_define(id, filename, table, fn) {
  __kiln_defs[id] = fn;
  __kiln_names[id] = filename;
  __kiln_tables[id] = table;
}
function __kiln_dirname(f) {
  var i = f.lastIndexOf('/');
  return i <= 0 ? '/' : f.slice(0, i);
}
function __kiln_module(id, filename, exports) {
  return { id: id, path: __kiln_dirname(filename), exports: exports, filename: filename, loaded: false, children: [], paths: [] };
}
function __kiln_load(id) {
  var m = __kiln_cache[id];
  if (m !== undefined) return m.exports;
  var filename = __kiln_names[id];
  m = __kiln_module(filename, filename, {});
  __kiln_cache[id] = m;
  var ok = false;
  try {
    __kiln_defs[id].call(m.exports, m.exports, __kiln_require(id), m, filename, m.path);
    ok = true;
  } finally {
    if (!ok) __kiln_cache[id] = undefined;
  }
  m.loaded = true;
  return m.exports;
}
function __kiln_require(id) {
  var table = __kiln_tables[id];
  function require(spec) {
    var target = Object.prototype.hasOwnProperty.call(table, spec) ? table[spec] : undefined;
    if (typeof target === 'number') {
      if (__kiln_esm[target]) {
        // `require()` of an ES module: refused while it is being evaluated.
        if (__kiln_loading(target)) throw __kiln_cycle('Cannot require() ES Module ' + __kiln_names[target] + ' in a cycle. (from ' + __kiln_esm_parent[target] + ')');
        if (__kiln_cache[target] === undefined) __kiln_esm_parent[target] = __kiln_names[id] || __kiln_cache[id].filename;
      }
      return __kiln_load(target);
    }
    var e;
    if (typeof target === 'string') {
      e = new Error(target);
      e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    } else {
      e = new Error("Cannot find module '" + spec + "'\nRequire stack:\n- " + __kiln_names[id]);
      e.code = 'MODULE_NOT_FOUND';
    }
    throw e;
  }
  require.main = __kiln_main;
  return require;
}
"#;

/// Node's built-in modules kiln compiles from JavaScript of its own:
/// (the specifiers, the file name in stack traces, the source).
const NODE_MODULES: &[(&[&str], &str, &str)] = &[
    (
        &["path", "path/posix"],
        "node:path",
        include_str!("node/path.js"),
    ),
    (&["fs"], "node:fs", include_str!("node/fs.js")),
    (
        &["fs/promises"],
        "node:fs/promises",
        include_str!("node/fs_promises.js"),
    ),
    (
        &["process"],
        "node:process",
        include_str!("node/process.js"),
    ),
    (&["util"], "node:util", include_str!("node/util.js")),
    (&["events"], "node:events", include_str!("node/events.js")),
    (&["os"], "node:os", include_str!("node/os.js")),
    (
        &["readline"],
        "node:readline",
        include_str!("node/readline.js"),
    ),
    (&["buffer"], "node:buffer", include_str!("node/buffer.js")),
    (
        &["kiln:stdin"],
        "node:internal/stdin",
        include_str!("node/stdin.js"),
    ),
    (
        &["readline/promises"],
        "node:readline/promises",
        include_str!("node/readline_promises.js"),
    ),
    (&["assert"], "node:assert", include_str!("node/assert.js")),
    (
        &["assert/strict"],
        "node:assert/strict",
        include_str!("node/assert_strict.js"),
    ),
    (&["crypto"], "node:crypto", include_str!("node/crypto.js")),
    (
        &["internal/structured_clone"],
        "node:internal/structured_clone",
        include_str!("node/structured_clone.js"),
    ),
    (&["url"], "node:url", include_str!("node/url.js")),
    (&["zlib"], "node:zlib", include_str!("node/zlib.js")),
    (
        &["internal/io"],
        "node:internal/io",
        include_str!("node/io.js"),
    ),
    (
        &["internal/comparisons"],
        "node:internal/comparisons",
        include_str!("node/comparisons.js"),
    ),
];

/// Node's built-in modules a compiled program cannot have: processes,
/// threads, the network, the engine's own internals.
const NEVER: &[&str] = &[
    "child_process",
    "cluster",
    "worker_threads",
    "net",
    "http",
    "https",
    "http2",
    "dgram",
    "dns",
    "tls",
    "inspector",
    "repl",
    "v8",
    "vm",
    "wasi",
    "trace_events",
];

/// The error for a Node built-in module kiln does not provide.
pub(crate) fn missing_builtin(name: &str) -> String {
    let top = name.split('/').next().unwrap_or(name);
    if NEVER.contains(&top) {
        format!("kiln does not have Node's built-in module '{name}' (a compiled program has no processes, threads, network or engine internals of Node's)")
    } else {
        format!("kiln does not provide Node's built-in module '{name}' yet")
    }
}

/// One file of the program.
struct Module {
    path: PathBuf,
    json: bool,
    /// An ES module a CommonJS module requires: its wrapper's body is
    /// written by the ES linker (`synthetic`).
    esm: bool,
    /// The wrapper's body as text, for modules with no source of their own.
    synthetic: Option<String>,
    /// Specifier → module id, or the message of the error `require` throws.
    table: Vec<(String, Result<usize, String>)>,
    /// Read and scanned for `require`s.
    loaded: bool,
}

/// The CommonJS modules of a program: id 0 is the entry (unwrapped, or in
/// a program whose entry is an ES module, a placeholder with no body), the
/// others are wrapped in `__kiln_define(...)`.
pub(crate) struct CjsGraph {
    modules: Vec<Module>,
    ids: HashMap<PathBuf, usize>,
    bodies: Vec<Option<Script>>,
    /// The spans of the wrapper functions: sloppy code even in a bundle
    /// whose entry is a strict ES module.
    pub(crate) wrapper_spans: Vec<Span>,
    /// Requires of Node built-ins kiln does not have (they throw when run).
    pub(crate) warnings: Vec<Diagnostic>,
    /// Some file reads `process.stdin` (which then needs its stream module).
    pub(crate) uses_stdin: bool,
    /// The [`HOST_GLOBALS`] some file may read (bit `i`: entry `i`),
    /// installed on the global object before the program runs.
    pub(crate) uses_globals: u32,
    /// ES modules required and not yet linked: (requiring module, the
    /// required module's id here, its path).
    pub(crate) esm_required: Vec<(usize, usize, PathBuf)>,
    /// The `import()` calls of modules loaded and not yet linked.
    pub(crate) dynamic: Vec<(usize, DynamicImports, Vec<dynamic::Candidate>)>,
    /// The entry's `import()` calls and candidates (set before [`CjsGraph::load`]).
    pub(crate) entry_dynamic: Option<(DynamicImports, Vec<dynamic::Candidate>)>,
    /// The named exports Node detects in each module (`None`: take the
    /// keys of `module.exports`, as for Node's built-ins).
    pub(crate) named: Vec<Option<Vec<String>>>,
}

/// The directory of the file at `path`.
fn dir_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Whether `script` calls `import()`.
pub fn has_dynamic_import(script: &Script) -> bool {
    !DynamicImports::scan(script).calls.is_empty()
}

/// `script` with every `import(...)` call made a call of a global function
/// (for the analysis that decides how a CommonJS entry is bundled: the
/// analysis rejects `import()`, which the bundle rewrites).
pub fn without_dynamic_import(script: &Script) -> Script {
    struct Strip;
    impl swc_ecma_visit::VisitMut for Strip {
        fn visit_mut_callee(&mut self, c: &mut Callee) {
            if let Callee::Import(i) = c {
                *c = Callee::Expr(Box::new(Expr::Ident(swc_ecma_ast::Ident::new_no_ctxt(
                    "__kiln_import".into(),
                    i.span,
                ))));
            }
            swc_ecma_visit::VisitMutWith::visit_mut_children_with(c, self);
        }
    }
    let mut s = script.clone();
    swc_ecma_visit::VisitMutWith::visit_mut_with(&mut s, &mut Strip);
    s
}

impl CjsGraph {
    pub(crate) fn new(entry: PathBuf) -> CjsGraph {
        CjsGraph {
            modules: vec![Module {
                path: entry.clone(),
                json: false,
                esm: false,
                synthetic: None,
                table: vec![],
                loaded: false,
            }],
            ids: HashMap::from([(entry, 0)]),
            bodies: vec![None],
            wrapper_spans: vec![],
            warnings: vec![],
            uses_stdin: false,
            uses_globals: 0,
            esm_required: vec![],
            dynamic: vec![],
            entry_dynamic: None,
            named: vec![None],
        }
    }

    /// Whether the program needs the ES linker: a CommonJS module requires
    /// an ES module or calls `import()`.
    pub(crate) fn needs_linker(&self) -> bool {
        !self.esm_required.is_empty() || !self.dynamic.is_empty()
    }

    /// Sets the wrapper body of module `id` (a required ES module).
    pub(crate) fn set_body(&mut self, id: usize, text: String) {
        self.modules[id].synthetic = Some(text);
    }

    /// The path of module `id`.
    pub(crate) fn path(&self, id: usize) -> &Path {
        &self.modules[id].path
    }

    /// The id of the module `r` resolves to, added to the program if it is
    /// new; an error message for a built-in module kiln lacks; `None` for
    /// nothing found.
    pub(crate) fn add(&mut self, r: Resolved) -> Option<Result<usize, String>> {
        Some(match r {
            Resolved::Js(p) => Ok(self.intern(p, false)),
            Resolved::Json(p) => Ok(self.intern(p, true)),
            Resolved::Builtin(name) => {
                match NODE_MODULES
                    .iter()
                    .find(|(specs, _, _)| specs.contains(&name.as_str()))
                {
                    Some((_, file, _)) => Ok(self.intern(PathBuf::from(file), false)),
                    None => Err(missing_builtin(&name)),
                }
            }
            Resolved::NotFound => return None,
        })
    }

    /// Reads and parses every module not loaded yet, and the modules they
    /// require; `entry_src` is the entry's text when the entry is CommonJS
    /// (id 0 is then scanned for `require`s, not parsed again).
    pub(crate) fn load(&mut self, cm: &Lrc<SourceMap>, entry_src: Option<&str>) -> CResult<()> {
        if entry_src.is_none() {
            self.modules[0].loaded = true;
        }
        let mut i = 0;
        while i < self.modules.len() {
            if self.modules[i].loaded {
                i += 1;
                continue;
            }
            let src = if i == 0 {
                if let Some((d, c)) = self.entry_dynamic.take() {
                    if !d.calls.is_empty() {
                        self.dynamic.push((0, d, c));
                    }
                }
                entry_src.unwrap_or_default().to_string()
            } else if self.modules[i].json {
                self.named[i] = Some(vec![]);
                String::new()
            } else if let Some((_, name, text)) = NODE_MODULES
                .iter()
                .find(|(_, name, _)| Path::new(name) == self.modules[i].path)
            {
                let body = parse_into(cm, name, text.to_string(), true)?;
                self.bodies[i] = Some(body);
                text.to_string()
            } else {
                let path = self.modules[i].path.clone();
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    Diagnostic::new(DUMMY_SP, format!("cannot read {}: {e}", path.display()))
                })?;
                let body = parse_into(cm, &path.display().to_string(), text.clone(), true)?;
                let d = DynamicImports::scan(&body);
                if !d.calls.is_empty() {
                    let c = d.candidates(&body, &dir_of(&path));
                    self.dynamic.push((i, d, c));
                }
                self.named[i] = Some(cjs_exports::detect(&body));
                self.bodies[i] = Some(body);
                text
            };
            self.uses_stdin |= mentions_stdin(&src);
            self.uses_globals |= host_globals_in(&src);
            let dir = self.modules[i]
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            // The file just parsed (or the entry, parsed first).
            let start = match i {
                0 => cm.files().first().map(|f| f.start_pos),
                _ => cm.files().last().map(|f| f.start_pos),
            }
            .unwrap_or(BytePos(0));
            for (spec, at) in require_specifiers(&src) {
                if self.modules[i].table.iter().any(|(s, _)| *s == spec) {
                    continue;
                }
                let resolved = resolve::resolve(&spec, &dir);
                let own = self.modules[i].path.to_string_lossy().starts_with("node:");
                if let Resolved::Builtin(n) = &resolved {
                    if n.starts_with("internal/") && !own {
                        // kiln's internal modules serve its built-ins only, as Node's do.
                        let msg = format!("No such built-in module: node:{n}");
                        self.modules[i].table.push((spec, Err(msg)));
                        continue;
                    }
                }
                if let Resolved::Js(p) = &resolved {
                    if is_es_module(p) {
                        // Node 20.19+ loads it (synchronously); the ES linker
                        // writes the body that evaluates and returns it.
                        let known = self.ids.contains_key(p);
                        let id = self.intern(p.clone(), false);
                        if !known {
                            self.modules[id].esm = true;
                            self.modules[id].loaded = true;
                            self.esm_required.push((i, id, p.clone()));
                        }
                        self.modules[i].table.push((spec, Ok(id)));
                        continue;
                    }
                }
                if let Some(target) = self.add(resolved) {
                    if let Err(msg) = &target {
                        let lo = start + BytePos(at as u32);
                        self.warnings.push(Diagnostic::new(
                            Span::new(lo, lo + BytePos(spec.len() as u32 + 2)),
                            format!("{msg}: `require('{spec}')` throws when it runs"),
                        ));
                    }
                    self.modules[i].table.push((spec, target));
                }
            }
            self.modules[i].loaded = true;
            i += 1;
        }
        Ok(())
    }

    /// The loader, the entry's table and one `__kiln_define` per module.
    pub(crate) fn emit(&mut self, cm: &Lrc<SourceMap>, out: &mut Vec<Stmt>) -> CResult<()> {
        out.extend(parse_into(cm, "kiln:modules", LOADER.to_string(), false)?.body);
        out.push(tables_stmt(cm, 0, &self.modules[0])?);
        for (id, m) in self.modules.iter().enumerate().skip(1) {
            let name = m.path.display().to_string();
            let table = table_literal(m);
            let body = if m.json {
                let text = std::fs::read_to_string(&m.path)
                    .map_err(|e| Diagnostic::new(DUMMY_SP, format!("cannot read {name}: {e}")))?;
                format!("module.exports = JSON.parse({});", js_string(&text))
            } else if let Some(text) = &m.synthetic {
                text.clone()
            } else if m.esm {
                unreachable!("the ES linker writes a required ES module's body")
            } else {
                String::new()
            };
            let mut wrapper = format!(
                "__kiln_define({id}, {}, {table}, function (exports, require, module, __filename, __dirname) {{{body}}});",
                js_string(&name)
            );
            if m.esm {
                wrapper.push_str(&format!("\n__kiln_esm[{id}] = true;"));
            }
            let mut w = parse_into(cm, &format!("kiln:wrap:{name}"), wrapper, false)?;
            let span = splice_body(&mut w, self.bodies[id].take().map(|b| b.body));
            self.wrapper_spans.push(span);
            out.extend(w.body);
        }
        Ok(())
    }

    /// The host's globals written in JavaScript that the program reads:
    /// `Buffer` (from the `buffer` module) and `process.stdin`'s stream
    /// methods. Their modules are loaded; the text returned runs them
    /// before the program.
    pub(crate) fn host_prelude(&mut self, cm: &Lrc<SourceMap>) -> CResult<String> {
        let mut text = String::new();
        for (i, (global, file, export)) in HOST_GLOBALS.iter().enumerate() {
            if self.uses_globals & (1 << i) != 0 {
                let id = self.intern(PathBuf::from(file), false);
                text.push_str(&format!(
                    "globalThis.{global} = __kiln_load({id}).{export};\n"
                ));
            }
        }
        if self.uses_stdin {
            let id = self.intern(PathBuf::from("node:internal/stdin"), false);
            text.push_str(&format!("__kiln_load({id});\n"));
        }
        self.load(cm, None)?;
        Ok(text)
    }

    /// Whether the program has the module `file` (`node:assert`, a path).
    pub(crate) fn contains(&self, file: &str) -> bool {
        self.ids.contains_key(Path::new(file))
    }

    fn intern(&mut self, path: PathBuf, json: bool) -> usize {
        let next = self.modules.len();
        let id = *self.ids.entry(path.clone()).or_insert(next);
        if id == next {
            self.modules.push(Module {
                path,
                json,
                esm: false,
                synthetic: None,
                table: vec![],
                loaded: false,
            });
            self.bodies.push(None);
            self.named.push(None);
        }
        id
    }
}

/// Assembles the entry `script` (from `entry`, already parsed into `cm`)
/// and every module it requires into one script; `uses` are the
/// [`CJS_NAMES`] the entry reads without declaring.
pub fn bundle(
    cm: &Lrc<SourceMap>,
    entry: &Path,
    script: Script,
    uses: &[&str],
) -> CResult<(Script, Vec<Diagnostic>)> {
    let entry_path = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let entry_src = cm
        .files()
        .first()
        .map(|f| f.src.to_string())
        .unwrap_or_default();
    let mut graph = CjsGraph::new(entry_path.clone());
    let d = DynamicImports::scan(&script);
    let c = d.candidates(&script, &dir_of(&entry_path));
    graph.entry_dynamic = Some((d, c));
    graph.load(cm, Some(&entry_src))?;
    if graph.needs_linker() {
        return esm::bundle_cjs(cm, graph, script, uses);
    }
    let host = graph.host_prelude(cm)?;
    let strict = crate::analysis::scope::script_is_strict(&script);
    let mut out = Script {
        span: script.span,
        body: vec![],
        shebang: None,
    };
    graph.emit(cm, &mut out.body)?;
    let p = parse_into(
        cm,
        "kiln:main",
        entry_prelude(&entry_path, &host, uses, strict),
        false,
    )?;
    out.body.extend(p.body);
    out.body.extend(script.body);
    Ok((out, std::mem::take(&mut graph.warnings)))
}

/// The CommonJS entry's own bindings (those of `uses` it reads), after the
/// `host` prelude.
pub(crate) fn entry_prelude(entry_path: &Path, host: &str, uses: &[&str], strict: bool) -> String {
    let file = entry_path.display().to_string();
    let mut prelude = format!(
        "var module = __kiln_module('.', {}, this);\n__kiln_main = module;\n__kiln_cache[0] = module;\n",
        js_string(&file)
    );
    prelude.push_str(host);
    for name in uses {
        match *name {
            "exports" => prelude.push_str("var exports = module.exports;\n"),
            "require" => prelude.push_str("var require = __kiln_require(0);\n"),
            "__filename" => prelude.push_str(&format!("var __filename = {};\n", js_string(&file))),
            "__dirname" => prelude.push_str("var __dirname = module.path;\n"),
            _ => {}
        }
    }
    if !uses.contains(&"module") {
        // Keep the entry's own name space: the record is reachable only
        // through `require.main`.
        prelude = prelude.replace("var module =", "var __kiln_entry_module =");
        prelude = prelude.replace("= module;", "= __kiln_entry_module;");
        prelude = prelude.replace("module.exports", "__kiln_entry_module.exports");
        prelude = prelude.replace("module.path", "__kiln_entry_module.path");
    }
    if uses.contains(&"arguments") {
        // Top-level `arguments`: the wrapper's, made from the entry's own
        // bindings where it reads them (so `arguments[1] === require`).
        let m = if uses.contains(&"module") {
            "module"
        } else {
            "__kiln_entry_module"
        };
        let pick = |n: &str, or: String| {
            if uses.contains(&n) {
                n.to_string()
            } else {
                or
            }
        };
        prelude.push_str(&format!(
            "var {} = (function () {{ {}return arguments; }})({}, {}, {m}, {}, {});\n",
            crate::analysis::builtins::ENTRY_ARGUMENTS,
            if strict { "'use strict'; " } else { "" },
            pick("exports", format!("{m}.exports")),
            pick("require", "__kiln_require(0)".into()),
            pick("__filename", js_string(&file)),
            pick("__dirname", format!("{m}.path")),
        ));
    }
    prelude
}

/// Whether source text reads `process.stdin` (a textual scan, as for
/// `require`: a mention in a comment only adds the stream module).
pub(crate) fn mentions_stdin(src: &str) -> bool {
    src.contains("process.stdin")
}

/// The host's globals kiln writes in JavaScript, installed before the
/// program runs when its source reads them: (the global, the module that
/// defines it, the module's export).
pub const HOST_GLOBALS: &[(&str, &str, &str)] = &[
    ("Buffer", "node:buffer", "Buffer"),
    ("URL", "node:url", "URL"),
    ("URLSearchParams", "node:url", "URLSearchParams"),
    (
        "structuredClone",
        "node:internal/structured_clone",
        "structuredClone",
    ),
];

/// Which [`HOST_GLOBALS`] source text may read (bit `i`: entry `i`).
pub(crate) fn host_globals_in(src: &str) -> u32 {
    HOST_GLOBALS
        .iter()
        .enumerate()
        .filter(|(_, (g, _, _))| mentions_global(src, g))
        .fold(0, |m, (i, _)| m | (1 << i))
}

/// Whether the entry's source needs the host prelude: it reads
/// `process.stdin`, or one of [`HOST_GLOBALS`] that `reads` (the analysis's
/// unresolved global reads) confirms.
pub(crate) fn needs_host(src: &str, reads: impl Fn(&str) -> bool) -> bool {
    mentions_stdin(src)
        || HOST_GLOBALS
            .iter()
            .any(|(g, _, _)| mentions_global(src, g) && reads(g))
}

/// Whether source text may read the global `name` (a textual scan).
fn mentions_global(src: &str, name: &str) -> bool {
    src.match_indices(name).any(|(i, _)| {
        let b = src.as_bytes();
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + name.len()).copied();
        let word =
            |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$');
        !word(before) && !word(after) && before != Some(b'.')
    })
}

static JS_IS_MODULE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes every imported or required `.js` file an ES module, as in
/// test262's host (its fixtures are modules whatever their syntax); for
/// the whole process: the conformance runner sets it once.
pub fn every_js_file_is_a_module() {
    JS_IS_MODULE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether the JavaScript file `p` is an ES module (by extension, package
/// type, or Node's syntax detection).
pub(crate) fn is_es_module(p: &Path) -> bool {
    if JS_IS_MODULE.load(std::sync::atomic::Ordering::Relaxed)
        && p.extension().is_some_and(|e| e == "js")
    {
        return true;
    }
    match resolve::module_kind(p) {
        resolve::Kind::Esm => true,
        resolve::Kind::Cjs => false,
        resolve::Kind::Detect => {
            std::fs::read_to_string(p).is_ok_and(|t| crate::syntax::parse::detects_as_module(&t))
        }
    }
}

/// `__kiln_tables[id] = {...}` for the entry (other modules pass theirs to
/// `__kiln_define`).
fn tables_stmt(cm: &Lrc<SourceMap>, id: usize, m: &Module) -> CResult<Stmt> {
    let text = format!("__kiln_tables[{id}] = {};", table_literal(m));
    let s = parse_into(cm, "kiln:table", text, false)?;
    Ok(s.body.into_iter().next().expect("one statement"))
}

fn table_literal(m: &Module) -> String {
    let entries: Vec<String> = m
        .table
        .iter()
        .map(|(spec, t)| {
            let v = match t {
                Ok(id) => id.to_string(),
                Err(msg) => js_string(msg),
            };
            format!("{}: {v}", js_string(spec))
        })
        .collect();
    format!("{{ {} }}", entries.join(", "))
}

/// Puts `stmts` into the body of the function expression that is the last
/// argument of the wrapper's call; returns that function's span.
fn splice_body(w: &mut Script, stmts: Option<Vec<Stmt>>) -> Span {
    let Some(Stmt::Expr(es)) = w.body.first_mut() else {
        unreachable!("the wrapper is one call statement")
    };
    let Expr::Call(call) = &mut *es.expr else {
        unreachable!("the wrapper is a call")
    };
    let Some(last) = call.args.last_mut() else {
        unreachable!("the wrapper call has arguments")
    };
    let Expr::Fn(f) = &mut *last.expr else {
        unreachable!("the wrapper's last argument is a function")
    };
    if let (Some(body), Some(stmts)) = (&mut f.function.body, stmts) {
        body.stmts = stmts;
    }
    f.function.span
}

/// A JavaScript string literal with `text`'s content.
pub(crate) fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The string-literal specifiers of `require(...)` calls in `src`, in order,
/// with the offset of each literal (a textual scan: one in a comment or
/// string only adds an unused table entry; a computed specifier is looked
/// up when it runs and not found).
fn require_specifiers(src: &str) -> Vec<(String, usize)> {
    let b = src.as_bytes();
    let mut out = vec![];
    let mut from = 0;
    while let Some(k) = src[from..].find("require") {
        let start = from + k;
        from = start + 7;
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b"_$.".contains(&b[start - 1])) {
            continue;
        }
        let mut i = from;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) != Some(&b'(') {
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let Some(&q) = b.get(i) else { break };
        if !matches!(q, b'"' | b'\'' | b'`') {
            continue;
        }
        let rest = &src[i + 1..];
        if let Some(end) = rest.find(q as char) {
            let spec = &rest[..end];
            let plain = !(spec.contains('\\') || spec.contains('\n'));
            if plain && !(q == b'`' && spec.contains("${")) {
                out.push((spec.to_string(), i));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specifiers() {
        let src = "const a = require('./a'), b = require (\"b/c\");\n\
                   x.require('no'); my_require('no'); require(`t`); require(name);";
        let specs: Vec<String> = require_specifiers(src).into_iter().map(|s| s.0).collect();
        assert_eq!(specs, ["./a", "b/c", "t"]);
    }

    #[test]
    fn strings() {
        assert_eq!(js_string("a\"b\\\n\u{1}"), "\"a\\\"b\\\\\\n\\u0001\"");
    }
}
