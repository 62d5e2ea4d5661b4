//! The compilation pipeline from a source file to an object, listing or executable.

use crate::codegen::{self, Emit, Options};
use crate::diag::{self, Diagnostic};
use std::path::{Path, PathBuf};

/// A failure of `kiln build`, already rendered for the terminal.
#[derive(Debug)]
pub struct BuildError(pub String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Compiles `source` (named `name` in diagnostics) to an object file and text listing.
pub fn compile_source(
    name: &str,
    source: String,
    opts: &Options,
) -> Result<codegen::Output, BuildError> {
    compile_with(name, source, None, opts)
}

/// Compiles `source` as an ES module whatever its name and syntax, after
/// `preamble`, script code whose top-level names the modules see as
/// globals (the test262 runner's harness).
pub fn compile_module_source(
    name: &str,
    source: String,
    preamble: &str,
    opts: &Options,
) -> Result<codegen::Output, BuildError> {
    compile_with(name, source, Some(preamble), opts)
}

fn compile_with(
    name: &str,
    source: String,
    module_preamble: Option<&str>,
    opts: &Options,
) -> Result<codegen::Output, BuildError> {
    use crate::modules::resolve::{module_kind, Kind};
    let esm = module_preamble.is_some()
        || match module_kind(std::path::Path::new(name)) {
            Kind::Esm => true,
            Kind::Cjs => false,
            Kind::Detect => crate::syntax::parse::detects_as_module(&source),
        };
    let cm: swc_common::sync::Lrc<swc_common::SourceMap> = Default::default();
    let render = |d: &Diagnostic| BuildError(diag::render(&cm, name, d));
    let parsed = if esm {
        // Parsed with the rest of the program by the linker.
        Ok(None)
    } else {
        crate::syntax::parse::parse_into(&cm, name, source.clone(), false).map(Some)
    };
    let parsed = parsed.map_err(|d| render(&d))?;
    // An internal bug must be reported, never escape as a crash.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        use crate::analysis::eval::{analyse_program, Made};
        let mut made = Made::default();
        let mut script = match parsed {
            Some(script) => script,
            None => {
                let (mut script, sloppy, warnings) = crate::modules::esm::bundle(
                    &cm,
                    std::path::Path::new(name),
                    source,
                    module_preamble.unwrap_or_default(),
                )?;
                made.sloppy = sloppy;
                let mut analysis = analyse_program(&cm, &mut script, &mut made)?;
                analysis.warnings.splice(0..0, warnings);
                return finish(&cm, name, &script, analysis, opts);
            }
        };
        // `import()` is bundled (and rewritten) with the program's modules.
        let dynamic = crate::modules::has_dynamic_import(&script);
        let mut analysis = if dynamic {
            let mut probe = crate::modules::without_dynamic_import(&script);
            analyse_program(&cm, &mut probe, &mut made.clone())?
        } else {
            analyse_program(&cm, &mut script, &mut made)?
        };
        // A CommonJS entry with dependencies: bundle its modules, analyse again.
        // A classic script (`--script`) has no CommonJS bindings.
        let uses: Vec<&str> = crate::modules::CJS_NAMES
            .iter()
            .copied()
            .chain(["arguments"])
            .filter(|n| {
                !opts.script
                    && (analysis.global_reads.contains_key(*n)
                        || analysis.typeof_globals.contains(*n))
                    && !analysis.global_writes.contains(*n)
            })
            .collect();
        let host = crate::modules::needs_host(&source, |g| analysis.global_reads.contains_key(g));
        let script = if uses.is_empty() && !host && !dynamic {
            script
        } else {
            let (mut bundled, warnings) =
                crate::modules::bundle(&cm, std::path::Path::new(name), script, &uses)?;
            analysis = analyse_program(&cm, &mut bundled, &mut made)?;
            analysis.warnings.splice(0..0, warnings);
            bundled
        };
        if opts.script {
            crate::analysis::scope::globalize_script(&mut analysis, &script)?;
        }
        finish(&cm, name, &script, analysis, opts)
    }));
    match result {
        Ok(r) => r.map_err(|d| render(&d)),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown".into());
            Err(BuildError(format!(
                "{name}: internal compiler error: {msg}\n"
            )))
        }
    }
}

/// Code generation (or the analysis listing) for an analysed program.
fn finish(
    cm: &swc_common::sync::Lrc<swc_common::SourceMap>,
    name: &str,
    script: &swc_ecma_ast::Script,
    analysis: crate::analysis::Analysis,
    opts: &Options,
) -> crate::diag::CResult<codegen::Output> {
    let warnings: String = analysis
        .warnings
        .iter()
        .map(|w| diag::render_warning(cm, name, w))
        .collect();
    if opts.emit == Emit::Analysis {
        let text = crate::analysis::dump::render(&analysis, cm, name);
        return Ok(codegen::Output {
            object: Vec::new(),
            text,
            warnings,
            sources: Vec::new(),
        });
    }
    let mut out = codegen::compile(script, &analysis, cm, name, opts)?;
    out.warnings = warnings;
    out.sources = cm
        .files()
        .iter()
        .skip(1)
        .filter_map(|f| match &*f.name {
            swc_common::FileName::Custom(n) if std::path::Path::new(n).is_absolute() => {
                Some(PathBuf::from(n))
            }
            _ => None,
        })
        .collect();
    Ok(out)
}

/// `kiln build`: compiles `input` and writes `output` (an executable, an
/// object, or a listing on stdout for clif/asm).
pub fn build(
    input: &Path,
    output: Option<&Path>,
    opts: &Options,
) -> Result<Option<PathBuf>, BuildError> {
    let name = input.display().to_string();
    let source = std::fs::read_to_string(input)
        .map_err(|e| BuildError(format!("error: cannot read {name}: {e}\n")))?;
    let out = compile_source(&name, source, opts)?;
    eprint!("{}", out.warnings);
    match opts.emit {
        Emit::Clif | Emit::Asm | Emit::Analysis => {
            print!("{}", out.text);
            Ok(None)
        }
        Emit::Object => {
            let obj_path = output
                .map(Path::to_path_buf)
                .unwrap_or_else(|| input.with_extension("o"));
            std::fs::write(&obj_path, &out.object).map_err(|e| {
                BuildError(format!("error: cannot write {}: {e}\n", obj_path.display()))
            })?;
            Ok(Some(obj_path))
        }
    }
}

/// Compiles `input` to the executable `exe`; returns the other source
/// files it was compiled from.
pub fn build_exe(input: &Path, exe: &Path, opts: &Options) -> Result<Vec<PathBuf>, BuildError> {
    let name = input.display().to_string();
    let source = std::fs::read_to_string(input)
        .map_err(|e| BuildError(format!("error: cannot read {name}: {e}\n")))?;
    let out = compile_source(&name, source, opts)?;
    eprint!("{}", out.warnings);
    let obj = temp_path(exe, "o");
    std::fs::write(&obj, &out.object)
        .map_err(|e| BuildError(format!("error: cannot write {}: {e}\n", obj.display())))?;
    let linked = kiln_linker::link(&obj, exe, &link_options());
    let _ = std::fs::remove_file(&obj);
    linked.map_err(|e| BuildError(format!("error: {e}\n")))?;
    Ok(out.sources)
}

/// A content hash (FNV-1a) for the run cache.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Records beside the cached `exe` the other files it was built from, with
/// their content hashes (see [`run_cache_fresh`]).
pub fn write_run_manifest(exe: &Path, sources: &[PathBuf]) {
    let mut text = String::new();
    for p in sources {
        if let Ok(bytes) = std::fs::read(p) {
            text.push_str(&format!("{:016x} {}\n", fnv(&bytes), p.display()));
        }
    }
    let _ = std::fs::write(exe.with_extension("deps"), text);
}

/// Whether the cached `exe` is still what its sources make: the entry is
/// part of its key; every other file it was built from must be unchanged.
pub fn run_cache_fresh(exe: &Path) -> bool {
    if !exe.exists() {
        return false;
    }
    let Ok(text) = std::fs::read_to_string(exe.with_extension("deps")) else {
        return false;
    };
    text.lines().all(|l| {
        let Some((h, p)) = l.split_once(' ') else {
            return false;
        };
        std::fs::read(p).is_ok_and(|b| format!("{:016x}", fnv(&b)) == h)
    })
}

/// How kiln links programs: against the runtime pre-linked for its ABI entry points.
pub fn link_options() -> kiln_linker::LinkOptions {
    kiln_linker::LinkOptions {
        strip: false,
        runtime_symbols: kiln_runtime::abi::RtFn::ALL
            .iter()
            .map(|f| f.entry().symbol)
            .collect(),
    }
}

fn temp_path(near: &Path, ext: &str) -> PathBuf {
    let stem = near
        .file_name()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "kiln".into());
    std::env::temp_dir().join(format!("{stem}.{}.{}.{ext}", std::process::id(), nanos()))
}

fn nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Where `kiln run` caches the executable of `input` (keyed by content and compiler).
pub fn run_cache_path(input: &Path, source: &[u8], opt_level: u8) -> PathBuf {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(source);
    feed(env!("CARGO_PKG_VERSION").as_bytes());
    feed(&[opt_level]);
    let abs = std::path::absolute(input).unwrap_or_else(|_| input.to_path_buf());
    feed(abs.as_os_str().as_encoded_bytes());
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        if let Ok(m) = exe.modified() {
            feed(format!("{m:?}").as_bytes());
        }
    }
    run_cache_dir().join(format!("{:016x}", h))
}

/// The folder of `kiln run`'s cached executables.
fn run_cache_dir() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("kiln")
        .join("run")
}

/// How many executables `kiln run` keeps cached.
const RUN_CACHE_ENTRIES: usize = 64;

/// Bounds the run cache: removes the least recently used entries beyond
/// [`RUN_CACHE_ENTRIES`] (never `keep`, the one about to run).
pub fn evict_run_cache(keep: &Path) {
    let Ok(dir) = std::fs::read_dir(run_cache_dir()) else {
        return;
    };
    let mut entries: Vec<(std::time::SystemTime, PathBuf)> = dir
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            let p = e.path();
            let exe = m.is_file() && p != keep && p.extension().is_none();
            exe.then_some((m.modified().ok()?, p))
        })
        .collect();
    if entries.len() < RUN_CACHE_ENTRIES {
        return;
    }
    entries.sort();
    let excess = entries.len() + 1 - RUN_CACHE_ENTRIES;
    for (_, path) in entries.into_iter().take(excess) {
        let _ = std::fs::remove_file(path.with_extension("deps"));
        let _ = std::fs::remove_file(path);
    }
}

/// `kiln cache clean`: removes every cached executable of `kiln run`.
pub fn cache_clean() -> Result<(), String> {
    let dir = run_cache_dir();
    match std::fs::remove_dir_all(&dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot remove {}: {e}", dir.display())),
    }
}
